/**
 * Workspace storage: `npx tsx test/bench/storage.bench.ts`. One JSON line per figure (MEASURING.md).
 *
 * (a) Opening a workspace of 1,000 designs and listing it (Workspace.open + list() + close, the app's
 *     cold path: every run opens the file afresh). Budget ≤ 100 ms. Baseline: a 10-design workspace.
 * (b) Saving a 2,000-node / 3,000-edge pathway after a drag moved one node. Budget ≤ 10 ms at p99, at the
 *     pace autosave saves (the workspace idle between saves, so its idle checkpoint runs between them),
 *     and also back to back. Baseline: a 100-node / 150-edge pathway. Two ways:
 *     - as autosave saves after its first save: the changes (Workspace.saveChanges), parsed from the
 *       request's JSON, made against the revision the workspace holds;
 *     - the whole body (Workspace.save: validation, JSON in blocks, one transaction) as the API hands it
 *       over: autosave's first save in an editor, and its fallback.
 *
 * The files live in a temp folder on the same disk as the OS's temp dir, and are deleted at the end.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import badgeTemplate from '../../resources/example/badge.template.json';
import certificateTemplate from '../../resources/example/certificate.template.json';
import examplePathway from '../../resources/example/data-analytics.pathway.json';
import { changesBetween, type BodyChanges } from '../../shared/bodyChanges';
import type { DocumentBody } from '../../shared/documents';
import { PathwayBodySchema, validateBody } from '../../shared/validateBody';
import { IDLE_CHECKPOINT_MS, Workspace } from '../../electron/store/workspace';
import { generatePathwayBody, type PathwayBody } from '../helpers/pathwayFixtures';
import { report, summarise, timeRuns } from './measure';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-storage-bench-'));
const mb = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;
// `report` rounds top-level figures only; nested baselines get the same treatment here.
const ms = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A library like a busy designer's: 60% pathways the size of the example (23 nodes), 40% certificate and
 * badge templates, each design with `revisions` saved versions.
 */
function libraryWorkspace(designs: number, revisions: number): string {
  const file = path.join(dir, `library-${designs}.laurel`);
  const ws = Workspace.create(file);
  ws.db.transaction(() => {
    for (let i = 0; i < designs; i++) {
      if (i % 5 < 3) {
        const name = `${examplePathway.name} ${i}`;
        const body = { schemaVersion: 1, ...examplePathway, name };
        const { id } = ws.create('pathway', name, body);
        for (let r = 2; r <= revisions; r++) ws.save(id, { ...body, description: `${examplePathway.description} (draft ${r})` });
      } else {
        const template = i % 2 ? certificateTemplate : badgeTemplate;
        const { id } = ws.create('template', `Template ${i}`, template);
        for (let r = 2; r <= revisions; r++) ws.save(id, { ...template, elements: template.elements.slice(0, template.elements.length - (r % 2)) });
      }
    }
  })();
  ws.close();
  return file;
}

async function openAndList(): Promise<void> {
  const REVISIONS = 5;
  const RUNS = 40;
  const timeOpen = async (designs: number) => {
    const file = libraryWorkspace(designs, REVISIONS);
    let listed = 0;
    const samples = await timeRuns(() => {
      const ws = Workspace.open(file);
      const { designs: rows, credentials } = ws.list();
      listed = rows.length + credentials.length;
      ws.close();
    }, RUNS, 5);
    // Where the time goes: the integrity check at open reads the whole file; list() reads every pathway body.
    const check = new Database(file, { readonly: true });
    const quickCheck = summarise(await timeRuns(() => check.pragma('quick_check'), 20, 3));
    check.close();
    const ws = Workspace.open(file);
    const list = summarise(await timeRuns(() => ws.list(), 20, 3));
    ws.close();
    return { ...summarise(samples), n: samples.length, fileMB: mb(fs.statSync(file).size), listed, quickCheck, list };
  };
  const baseline = await timeOpen(10);
  const large = await timeOpen(1000);
  report({
    name: 'open a workspace of 1,000 designs and list it (baseline: 10 designs)',
    unit: 'ms',
    median: large.median,
    p95: large.p95,
    n: large.n,
    budget: '≤ 100 ms',
    designs: 1000,
    revisionsPerDesign: REVISIONS,
    fileMB: large.fileMB,
    rowsListed: large.listed,
    baseline: { designs: 10, median: ms(baseline.median), p95: ms(baseline.p95), n: baseline.n, fileMB: baseline.fileMB },
    ratio: large.median / baseline.median,
  });
  report({ name: 'of which: PRAGMA quick_check of the 1,000-design file (run by every open)', unit: 'ms', median: large.quickCheck.median, p95: large.quickCheck.p95, n: 20 });
  report({ name: 'of which: list() of the 1,000-design workspace', unit: 'ms', median: large.list.median, p95: large.list.p95, n: 20 });
}

/**
 * Version `i` of a pathway as autosave sends it after a drag moved one node: the request's JSON parsed, as
 * dispatch.ts hands it to saveDesign. (Objects built in JS would not do: the generator's spreads give its
 * 2,000 nodes 1,967 hidden classes, so every property read misses V8's inline caches and validation takes
 * ten times as long as on a parsed body, whose nodes have six.)
 */
function editOf(json: string, i: number): DocumentBody {
  const body = JSON.parse(json) as PathwayBody;
  body.nodes[(i * 37) % body.nodes.length]!.position = { x: 10 * i, y: 20 * i };
  return body;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Times `runs` saves (after `warmup`), each alone: the body is parsed before the clock starts. After each
 * save the workspace is left alone for `pauseMs`, as between two autosaves (600 ms apart at least); a pause
 * longer than IDLE_CHECKPOINT_MS lets the idle checkpoint run there, outside the saves. Also returns the
 * process's CPU time per save, which a busy shared machine inflates far less than the wall time.
 */
async function timeSaves(ws: Workspace, id: string, json: string, runs: number, warmup: number, pauseMs: number) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const edit = editOf(json, i);
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    ws.save(id, edit);
    const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
    const used = process.cpuUsage(c0);
    if (i >= warmup) {
      wall.push(elapsed);
      cpu.push((used.user + used.system) / 1000);
    }
    await sleep(pauseMs);
  }
  return { wall, cpu };
}

/**
 * Times `runs` saves of changes (after `warmup`), paced like timeSaves: each a drag's, found as autosave
 * finds them (changesBetween a store's bodies, which keep the objects they do not change) and parsed
 * from JSON before the clock starts, as the API hands them over.
 */
async function timeChangeSaves(ws: Workspace, id: string, json: string, runs: number, warmup: number, pauseMs: number) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let body = JSON.parse(json) as PathwayBody;
  let revision = ws.save(id, body).revision;
  for (let i = 0; i < warmup + runs; i++) {
    const at = (i * 37) % body.nodes.length;
    const next = { ...body, nodes: body.nodes.map((node, k) => (k === at ? { ...node, position: { x: 10 * i, y: 20 * i } } : node)) };
    const changes = JSON.parse(JSON.stringify(changesBetween('pathway', body, next))) as BodyChanges;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    revision = ws.saveChanges(id, revision, changes).revision;
    const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
    const used = process.cpuUsage(c0);
    body = next;
    if (i >= warmup) {
      wall.push(elapsed);
      cpu.push((used.user + used.system) / 1000);
    }
    await sleep(pauseMs);
  }
  return { wall, cpu };
}

async function savePathway(): Promise<void> {
  const PACED = 200;
  const BACK_TO_BACK = 300;
  const PAUSE_MS = IDLE_CHECKPOINT_MS + 50;
  const measure = async (nodes: number, edges: number) => {
    const file = path.join(dir, `save-${nodes}.laurel`);
    const ws = Workspace.create(file);
    const body = generatePathwayBody({ nodes, edges, seed: 42, name: `Pathway of ${nodes} nodes` });
    const { id } = ws.create('pathway', body.name, body);
    const json = JSON.stringify({ ...body, id });
    const changesPaced = await timeChangeSaves(ws, id, json, PACED, 10, PAUSE_MS);
    const changesBackToBack = await timeChangeSaves(ws, id, json, BACK_TO_BACK, 20, 0);
    const paced = await timeSaves(ws, id, json, PACED, 10, PAUSE_MS);
    const backToBack = await timeSaves(ws, id, json, BACK_TO_BACK, 20, 0);
    const walMB = mb(fs.statSync(`${ws.file}-wal`).size);
    // What the design's history holds, per revision: heads, plus every block any revision uses, once.
    const storedBytes = ws.db
      .prepare<[string], number>('SELECT (SELECT coalesce(sum(length(text)), 0) FROM body_blocks) + (SELECT sum(length(body)) FROM revisions WHERE document_id = ?)')
      .pluck()
      .get(id)!;
    const revisionCount = ws.listRevisions(id).length;

    // Where the time goes: each step of a save alone, on the same parsed bodies.
    const edits = Array.from({ length: 20 }, (_, i) => editOf(json, i));
    let j = 0;
    const validate = summarise(await timeRuns(() => validateBody('pathway', edits[j++ % edits.length]), 100, 10));
    const zod = summarise(await timeRuns(() => PathwayBodySchema.safeParse(edits[j++ % edits.length]), 100, 10));
    const stringify = summarise(await timeRuns(() => JSON.stringify(edits[j++ % edits.length]), 100, 10));
    // For comparison, the statements a save ran before bodies were stored in blocks (migration 4): the whole
    // body written again, with the JSON already made, on the workspace's own connection.
    const db = ws.db;
    let revision = (db.prepare('SELECT revision FROM documents WHERE id = ?').pluck().get(id) as number) + 1;
    const update = db.prepare('UPDATE documents SET revision = ?, updated_at = ? WHERE id = ?');
    const insert = db.prepare("INSERT INTO revisions (document_id, revision, name, body, summary, saved_at) VALUES (?, ?, 'n', ?, 's', ?)");
    const transaction = summarise(
      await timeRuns(
        db.transaction(() => {
          const at = new Date().toISOString();
          update.run(revision, at, id);
          insert.run(id, revision++, json, at);
        }),
        100,
        10,
      ),
    );
    // What the idle checkpoint after one save costs (off the save path).
    const checkpoint: number[] = [];
    for (let i = 0; i < 30; i++) {
      ws.save(id, editOf(json, i));
      const t0 = process.hrtime.bigint();
      db.pragma('wal_checkpoint(PASSIVE)');
      checkpoint.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    // What opening the design reads: its row and its current revision's body.
    const readRow = summarise(await timeRuns(() => ws.get(id), 50, 5));
    ws.close();
    return {
      changes: { ...summarise(changesPaced.wall), n: changesPaced.wall.length, cpu: summarise(changesPaced.cpu) },
      changesBackToBack: { ...summarise(changesBackToBack.wall), n: changesBackToBack.wall.length, cpu: summarise(changesBackToBack.cpu) },
      ...summarise(paced.wall),
      n: paced.wall.length,
      cpu: summarise(paced.cpu),
      backToBack: { ...summarise(backToBack.wall), n: backToBack.wall.length, cpu: summarise(backToBack.cpu) },
      bodyKB: Math.round(json.length / 1024),
      storedKBPerRevision: Math.round(storedBytes / revisionCount / 1024),
      fileMB: mb(fs.statSync(file).size),
      walMB,
      validate,
      zod,
      stringify,
      transaction,
      checkpoint: summarise(checkpoint),
      readRow,
    };
  };
  const baseline = await measure(100, 150);
  const large = await measure(2000, 3000);
  const figures = (x: { median: number; p95: number; p99: number; n: number }) => ({ median: ms(x.median), p95: ms(x.p95), p99: ms(x.p99), n: x.n });
  const cpuFigures = (x: { median: number; p95: number; p99: number }) => ({ median: ms(x.median), p95: ms(x.p95), p99: ms(x.p99) });
  report({
    name: 'save a drag in a 2,000-node / 3,000-edge pathway as autosave does, its changes (saveChanges), autosave pace: idle between saves (baseline: 100 nodes / 150 edges)',
    unit: 'ms',
    ...figures(large.changes),
    budget: '≤ 10 ms at p99',
    pauseMs: PAUSE_MS,
    cpuMs: cpuFigures(large.changes.cpu),
    baseline: { nodes: 100, edges: 150, ...figures(baseline.changes), cpuMs: cpuFigures(baseline.changes.cpu) },
    ratio: large.changes.median / baseline.changes.median,
  });
  report({
    name: 'save a drag in a 2,000-node / 3,000-edge pathway as autosave does, its changes (saveChanges), back to back (baseline: 100 nodes)',
    unit: 'ms',
    ...figures(large.changesBackToBack),
    budget: '≤ 10 ms at p99',
    cpuMs: cpuFigures(large.changesBackToBack.cpu),
    baseline: { ...figures(baseline.changesBackToBack), cpuMs: cpuFigures(baseline.changesBackToBack.cpu) },
    ratio: large.changesBackToBack.median / baseline.changesBackToBack.median,
  });
  report({
    name: 'save a 2,000-node / 3,000-edge pathway whole (autosave’s first save, and its fallback), autosave pace: idle between saves (baseline: 100 nodes / 150 edges)',
    unit: 'ms',
    median: large.median,
    p95: large.p95,
    p99: large.p99,
    n: large.n,
    budget: '≤ 10 ms at p99',
    pauseMs: PAUSE_MS,
    cpuMs: cpuFigures(large.cpu),
    bodyKB: large.bodyKB,
    storedKBPerRevision: large.storedKBPerRevision,
    fileMBAfter: large.fileMB,
    baseline: { nodes: 100, edges: 150, ...figures(baseline), cpuMs: cpuFigures(baseline.cpu), bodyKB: baseline.bodyKB },
    ratio: large.median / baseline.median,
  });
  report({
    name: 'save a 2,000-node / 3,000-edge pathway whole, back to back: no pause, so the WAL checkpoints inside a save every ~20 saves (baseline: 100 nodes)',
    unit: 'ms',
    ...figures(large.backToBack),
    budget: '≤ 10 ms at p99',
    cpuMs: cpuFigures(large.backToBack.cpu),
    walMBAfter: large.walMB,
    baseline: { ...figures(baseline.backToBack), cpuMs: cpuFigures(baseline.backToBack.cpu) },
    ratio: large.backToBack.median / baseline.backToBack.median,
  });
  report({ name: 'of which: validateBody of the 2,000-node pathway', unit: 'ms', ...figures({ ...large.validate, n: 100 }) });
  report({ name: 'for comparison: PathwayBodySchema.safeParse (zod) of the 2,000-node pathway', unit: 'ms', ...figures({ ...large.zod, n: 100 }) });
  report({ name: 'for comparison: JSON.stringify of the whole 2,000-node pathway (a save compares items with its parsed copy of the last revision and stringifies only the blocks that changed)', unit: 'ms', ...figures({ ...large.stringify, n: 100 }) });
  report({ name: 'for comparison: the SQL transaction writing the whole 2,000-node body (UPDATE document + INSERT revision), as saves did before blocks', unit: 'ms', ...figures({ ...large.transaction, n: 100 }) });
  report({ name: 'off the save path: the idle checkpoint after one save of the 2,000-node pathway', unit: 'ms', ...figures({ ...large.checkpoint, n: 30 }) });
  report({ name: 'get() of the 2,000-node pathway (its row and current body, parsed)', unit: 'ms', ...figures({ ...large.readRow, n: 50 }) });
}

try {
  await openAndList();
  await savePathway();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
