import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workspace } from './electron/store/workspace';
import { generatePathwayBody } from './test/helpers/pathwayFixtures';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lt-'));
const pct = (t: number[], p: number) => { const s = [...t].sort((a, b) => a - b); return s[Math.ceil(p / 100 * s.length) - 1]!.toFixed(2); };
const ws = Workspace.create(path.join(dir, `s.laurel`));
ws.db.pragma(`wal_autocheckpoint = 0`);
const body = generatePathwayBody({ nodes: 2000, edges: 3000, seed: 42 });
const { id } = ws.create('pathway', body.name, body);
const base = JSON.stringify({ ...body, id });
const db = ws.db;
const update = db.prepare('UPDATE documents SET name = ?, revision = ?, updated_at = ? WHERE id = ?');
const insert = db.prepare("INSERT INTO revisions (document_id, revision, name, body, summary, saved_at) VALUES (?, ?, 'n', ?, 's', ?)");
const creds = db.prepare('SELECT position, node_id, kind, name FROM credentials WHERE document_id = ? ORDER BY position');
let rev = 1;
const T: Record<string, number[]> = { begin: [], update: [], insert: [], creds: [], commit: [], total: [] };
for (let i = 0; i < 220; i++) {
  const json = base.replace('"x":1200', `"x":${i}`);
  const at = new Date().toISOString();
  rev++;
  const s: number[] = [performance.now()];
  db.prepare('BEGIN').run(); s.push(performance.now());
  update.run('n', rev, at, id); s.push(performance.now());
  insert.run(id, rev, json, at); s.push(performance.now());
  creds.all(id); s.push(performance.now());
  db.prepare('COMMIT').run(); s.push(performance.now());
  if (i >= 20) { ['begin', 'update', 'insert', 'creds', 'commit'].forEach((k, j) => T[k]!.push(s[j + 1]! - s[j]!)); T.total!.push(s[5]! - s[0]!); }
}
for (const [k, v] of Object.entries(T)) console.log(k, pct(v, 50), pct(v, 95), pct(v, 99));
ws.close();
fs.rmSync(dir, { recursive: true });
