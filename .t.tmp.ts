import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workspace } from './electron/store/workspace';
import { generatePathwayBody } from './test/helpers/pathwayFixtures';
import { pathwayBodyIssues } from './shared/pathway/pathwayBodyIssues';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lt-'));
const pct = (t: number[], p: number) => { const s = [...t].sort((a, b) => a - b); return s[Math.ceil(p / 100 * s.length) - 1]!.toFixed(2); };
for (const ac of [1000, 4000, 16000]) {
  const ws = Workspace.create(path.join(dir, `s${ac}.laurel`));
  ws.db.pragma(`wal_autocheckpoint = ${ac}`);
  const body = generatePathwayBody({ nodes: 2000, edges: 3000, seed: 42 });
  const { id } = ws.create('pathway', body.name, body);
  const base = JSON.stringify({ ...body, id });
  const t: number[] = [], tv: number[] = [], ts: number[] = [];
  for (let i = 0; i < 320; i++) {
    const edit = JSON.parse(base);
    edit.nodes[(i * 37) % 2000].position = { x: 10 * i, y: 20 * i };
    let t0 = performance.now();
    pathwayBodyIssues(edit);
    const tvv = performance.now() - t0;
    t0 = performance.now();
    JSON.stringify(edit);
    const tss = performance.now() - t0;
    t0 = performance.now();
    ws.save(id, edit);
    if (i >= 20) { t.push(performance.now() - t0); tv.push(tvv); ts.push(tss); }
  }
  const big = t.filter((x) => x > 15).length;
  console.log(`autocheckpoint ${ac}: save median ${pct(t, 50)} p95 ${pct(t, 95)} p99 ${pct(t, 99)} max ${pct(t, 100)} >15ms: ${big}; validate ${pct(tv, 50)}/${pct(tv, 99)} stringify ${pct(ts, 50)}/${pct(ts, 99)}; wal MB ${(fs.statSync(ws.file + '-wal').size / 1e6).toFixed(1)}`);
  let t0 = performance.now();
  ws.db.pragma('wal_checkpoint(PASSIVE)');
  console.log('  final checkpoint', (performance.now() - t0).toFixed(1));
  ws.close();
}
fs.rmSync(dir, { recursive: true });
