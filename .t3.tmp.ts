import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatePathwayBody } from './test/helpers/pathwayFixtures';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lt-'));
const pct = (t: number[], p: number) => { const s = [...t].sort((a, b) => a - b); return s[Math.ceil(p / 100 * s.length) - 1]!.toFixed(2); };
const body = generatePathwayBody({ nodes: 2000, edges: 3000, seed: 42 });
const base = JSON.stringify(body);
for (const ps of [4096, 16384, 65536, 4096, 16384, 65536]) {
  const db = new Database(path.join(dir, `p${ps}-${Math.random()}.db`));
  db.pragma(`page_size = ${ps}`);
  db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL'); db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE r (id TEXT, rev INTEGER, body TEXT NOT NULL, PRIMARY KEY (id, rev)) STRICT, WITHOUT ROWID');
  const ins = db.prepare('INSERT INTO r VALUES (?, ?, ?)');
  const tx = db.transaction((i: number, json: string) => ins.run('doc', i, json));
  const t: number[] = [];
  for (let i = 0; i < 220; i++) {
    const json = base.replace('"x":1200', `"x":${i}`);
    const t0 = performance.now();
    tx(i, json);
    if (i >= 20) t.push(performance.now() - t0);
  }
  console.log(ps, pct(t, 50), pct(t, 95), pct(t, 99), 'wal MB', (fs.statSync(db.name + '-wal').size / 1e6).toFixed(0));
  db.close();
}
fs.rmSync(dir, { recursive: true });
