/**
 * Workspace storage: `npx tsx test/bench/storage.bench.ts`. One JSON line per figure (MEASURING.md).
 *
 * (a) Opening a workspace of 1,000 designs and listing it (Workspace.open + list() + close, the app's
 *     cold path: every run opens the file afresh). Budget ≤ 100 ms. Baseline: a 10-design workspace.
 * (b) Saving a 2,000-node / 3,000-edge pathway (validation, JSON, one transaction). Budget ≤ 10 ms at
 *     p99. Baseline: a 100-node / 150-edge pathway.
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
import type { DocumentBody } from '../../shared/documents';
import { validateBody } from '../../shared/validateBody';
import { Workspace } from '../../electron/store/workspace';
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

/** `count` versions of a pathway, each with one node moved, as autosave after a drag would store them. */
function editsOf(body: PathwayBody, count: number): DocumentBody[] {
  return Array.from({ length: count }, (_, i) => {
    const nodes = [...body.nodes];
    const at = (i * 37) % nodes.length;
    nodes[at] = { ...nodes[at]!, position: { x: 10 * i, y: 20 * i } };
    return { ...body, nodes };
  });
}

async function savePathway(): Promise<void> {
  const SAVES = 300;
  const timeSaves = async (nodes: number, edges: number) => {
    const ws = Workspace.create(path.join(dir, `save-${nodes}.laurel`));
    const body = generatePathwayBody({ nodes, edges, seed: 42, name: `Pathway of ${nodes} nodes` });
    const { id } = ws.create('pathway', body.name, body);
    const edits = editsOf({ ...body, id }, SAVES + 20);
    let i = 0;
    const samples = await timeRuns(() => ws.save(id, edits[i++]!), SAVES, 20);
    const bodyKB = Math.round(JSON.stringify(body).length / 1024);
    const walMB = mb(fs.statSync(`${ws.file}-wal`).size);
    ws.close();
    const fileMB = mb(fs.statSync(path.join(dir, `save-${nodes}.laurel`)).size);
    // Where the time goes, for the large case: validation and serialisation alone, same bodies.
    let j = 0;
    const validate = summarise(await timeRuns(() => validateBody('pathway', edits[j++ % edits.length]), 100, 10));
    let k = 0;
    const stringify = summarise(await timeRuns(() => JSON.stringify(edits[k++ % edits.length]), 100, 10));
    // And the storage alone: the UPDATE + INSERT a save runs, with the JSON already made, on a connection
    // configured as the app's (Workspace.open), so WAL checkpoints land where they land in a save.
    const raw = Workspace.open(path.join(dir, `save-${nodes}.laurel`));
    const db = raw.db;
    const json = JSON.stringify({ ...body, id });
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
    // What opening the design reads: its row and its current revision's body.
    const readRow = summarise(
      await timeRuns(() => db.prepare('SELECT d.*, r.body FROM documents d JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision WHERE d.id = ?').get(id), 100, 10),
    );
    raw.close();
    return { ...summarise(samples), n: samples.length, bodyKB, fileMB, walMB, validate, stringify, transaction, readRow };
  };
  const baseline = await timeSaves(100, 150);
  const large = await timeSaves(2000, 3000);
  report({
    name: 'save a 2,000-node / 3,000-edge pathway (baseline: 100 nodes / 150 edges)',
    unit: 'ms',
    median: large.median,
    p95: large.p95,
    p99: large.p99,
    n: large.n,
    budget: '≤ 10 ms at p99',
    bodyKB: large.bodyKB,
    fileMBAfter: large.fileMB,
    baseline: { nodes: 100, edges: 150, median: ms(baseline.median), p95: ms(baseline.p95), p99: ms(baseline.p99), n: baseline.n, bodyKB: baseline.bodyKB },
    ratio: large.median / baseline.median,
  });
  report({ name: 'of which: validateBody of the 2,000-node pathway', unit: 'ms', median: large.validate.median, p95: large.validate.p95, p99: large.validate.p99, n: 100 });
  report({ name: 'of which: JSON.stringify of the 2,000-node pathway', unit: 'ms', median: large.stringify.median, p95: large.stringify.p95, p99: large.stringify.p99, n: 100 });
  report({ name: 'of which: the SQL transaction (UPDATE document + INSERT revision with the 2,000-node body)', unit: 'ms', median: large.transaction.median, p95: large.transaction.p95, p99: large.transaction.p99, n: 100 });
  report({ name: 'reading the current row and body (as get does) of the 2,000-node pathway', unit: 'ms', median: large.readRow.median, p95: large.readRow.p95, p99: large.readRow.p99, n: 100 });
}

try {
  await openAndList();
  await savePathway();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
