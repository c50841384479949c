#!/usr/bin/env node
// The `laurel` command-line tool (DESIGN §3): the studio's services without the window.
// tsx compiles the TypeScript sources on the fly, so the CLI needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
