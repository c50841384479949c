#!/usr/bin/env node
// The `laurel` command-line tool (DESIGN §3): the studio's services without the window.
// tsx compiles the TypeScript sources on the fly, so the CLI needs no build step.
import { register } from 'tsx/esm/api';

// `laurel info w.laurel | head` closes the pipe early; that is the reader's choice, not an error to report.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') process.stderr.write(`laurel: cannot write output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
  });
}

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
