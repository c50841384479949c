// `npm run bench`: runs every benchmark script in test/bench/ in turn. Each prints one JSON line per figure
// (MEASURING.md); nothing here fails on time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const only = process.argv[2];
const files = fs.readdirSync('test/bench').filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
let failed = 0;
for (const file of files) {
  console.error(`# ${file}`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `test/bench/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
