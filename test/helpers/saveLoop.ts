/**
 * The crash test's victim: `node --import tsx/esm test/helpers/saveLoop.ts <file> <documentId>`.
 *
 * Prints "loaded" once its modules are loaded, then waits for a line on stdin before it touches the file,
 * so the parent can start it while it is still checking the previous run. Then it opens the workspace,
 * prints "ready <revision>", and saves the pathway in a loop; after each save returns it prints
 * "saved <revision>". The body saved as revision r is `crashPathwayBody(id, r)`, so the parent can check
 * every reported save exactly. It runs until it is killed (or its stdout goes away).
 */
import fs from 'node:fs';
import { Workspace } from '../../electron/store/workspace';
import { crashPathwayBody } from './pathwayFixtures';

const [file, id] = process.argv.slice(2);
if (!file || !id) {
  process.stderr.write('usage: saveLoop.ts <workspace file> <pathway id>\n');
  process.exit(2);
}

// A direct write(2) on fd 1: when "saved" is printed it has left this process, whatever happens next.
const say = (line: string) => fs.writeSync(1, `${line}\n`);

say('loaded');
process.stdin.once('data', () => {
  const workspace = Workspace.open(file);
  let revision = workspace.get(id).revision;
  say(`ready ${revision}`);
  // A safety stop in case nobody kills it; the parent kills it long before.
  for (let i = 0; i < 1_000_000; i++) {
    const next = revision + 1;
    const saved = workspace.save(id, crashPathwayBody(id, next), `Save ${next}`);
    if (saved.revision !== next) throw new Error(`expected revision ${next}, got ${saved.revision}`);
    revision = next;
    say(`saved ${revision}`);
  }
  workspace.close();
  process.exit(0);
});
