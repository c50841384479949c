import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Electron cannot be downloaded here, so the shell never runs in these tests; this checks what `npm start`
// and `npm run build` make of it: the build succeeds, the sandboxed preload needs nothing but 'electron',
// and every package the main process imports loads under Node's ESM rules with the names it imports
// (a CommonJS package whose names Node cannot see fails only when the app starts).

const ROOT = path.resolve(import.meta.dirname, '../../..');
const OUT = path.join(ROOT, 'out/electron');

/** Imports each package of main.js in a plain Node process and prints what is missing, one line each. */
const CHECK = `
import fs from 'node:fs';
const text = fs.readFileSync(process.argv[1], 'utf8');
const statement = /import\\s+(?:(\\w+)\\s*,?\\s*)?(?:\\{([^}]*)\\})?(?:\\*\\s+as\\s+\\w+)?\\s*from\\s*"([^"]+)"/g;
const problems = [];
let count = 0;
for (const [, byDefault, named, spec] of text.matchAll(statement)) {
  if (spec === 'electron' || spec.startsWith('node:')) continue;
  count++;
  try {
    const mod = await import(spec);
    for (const name of (named ?? '').split(',').map((s) => s.trim().split(/\\s+as\\s+/)[0]).filter(Boolean)) {
      if (!(name in mod)) problems.push(spec + ': no export named ' + name);
    }
    if (byDefault && !('default' in mod)) problems.push(spec + ': no default export');
  } catch (error) {
    problems.push(spec + ': ' + String(error.message).split('\\n')[0]);
  }
}
console.log(JSON.stringify({ count, problems }));
`;

describe('the Electron shell as built', () => {
  it('builds; the preload needs only electron; every package main.js imports loads with the names it uses', { timeout: 180_000 }, () => {
    execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: ROOT, stdio: 'pipe' });
    const preload = fs.readFileSync(path.join(OUT, 'preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);

    const main = path.join(OUT, 'main.js');
    const result = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', CHECK, main], { cwd: ROOT, encoding: 'utf8' })) as { count: number; problems: string[] };
    // better-sqlite3, the SDK, the renderer's canvas, the credential libraries and their contexts, …
    expect(result.count).toBeGreaterThan(15);
    expect(result.problems).toEqual([]);
  });
});
