import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import examplePathway from '../../../resources/example/data-analytics.pathway.json';
import { LaurelError } from '../../../shared/api/result';
import { changesBetween, type BodyChanges } from '../../../shared/bodyChanges';
import type { DocumentBody } from '../../../shared/documents';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../../electron/store/migrations';
import { createExampleWorkspace, EXAMPLE_IDS } from '../../../electron/store/seed';
import { IDLE_CHECKPOINT_MS, Workspace } from '../../../electron/store/workspace';
import { generatePathwayBody } from '../../helpers/pathwayFixtures';
import { makeTempDir, removeTempDirs, sha256OfFile } from '../../helpers/tempFiles';

const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});
afterAll(removeTempDirs);

function exampleWorkspace(name = 'example.laurel'): Workspace {
  const ws = createExampleWorkspace(Workspace, path.join(makeTempDir(), name));
  open.push(ws);
  return ws;
}
function reopen(file: string): Workspace {
  const ws = Workspace.open(file);
  open.push(ws);
  return ws;
}

/** Everything a workspace holds, in a comparable form: rows, bodies, every revision, assets. */
function contentOf(ws: Workspace) {
  const designs = [...ws.list().designs, ...ws.listDeleted()].sort((a, b) => a.id.localeCompare(b.id));
  return {
    designs: designs.map((d) => ({
      ...d,
      body: ws.getRevision(d.id, d.revision).body,
      revisions: ws.listRevisions(d.id).map((r) => ({ ...r, body: ws.getRevision(d.id, r.revision).body })),
    })),
    deleted: ws.listDeleted().map((d) => d.id),
    credentials: ws.list().credentials,
    assets: ws.db.prepare('SELECT sha256, media_type, byte_length, hex(data) AS data FROM assets ORDER BY sha256').all(),
  };
}

function caught(fn: () => unknown): LaurelError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LaurelError);
    return error as LaurelError;
  }
  throw new Error('expected a LaurelError');
}

const revisionCount = (ws: Workspace) => (ws.db.prepare('SELECT count(*) AS n FROM revisions').get() as { n: number }).n;
// Rows this connection has inserted, updated or deleted since it opened.
const totalChanges = (ws: Workspace) => ws.db.prepare('SELECT total_changes()').pluck().get() as number;
// The current body as stored: its document's current revision's.
const rawBody = (ws: Workspace, id: string) =>
  (ws.db.prepare('SELECT r.body FROM documents d JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision WHERE d.id = ?').get(id) as { body: string }).body;

const examplePathwayBody = () => ({ schemaVersion: 1, ...examplePathway }) as DocumentBody & typeof examplePathway;

describe('a new workspace seeded with the example', () => {
  it('holds the example pathway, its issuer, its brand kit and its two templates', () => {
    const ws = exampleWorkspace();
    expect(ws.info()).toMatchObject({ fileName: 'example.laurel', schemaVersion: SCHEMA_VERSION, counts: { brandKit: 1, issuer: 1, pathway: 1, template: 2 } });
    expect(ws.list().designs.map((d) => [d.kind, d.name, d.revision])).toEqual([
      ['brandKit', 'Northwind', 1],
      ['issuer', 'Northwind Institute of Data', 1],
      ['pathway', 'Data Analytics Professional Certificate', 1],
      ['template', 'Data Analytics Badge', 1],
      ['template', 'Data Analytics Certificate', 1],
    ]);
    const pathway = ws.get(EXAMPLE_IDS.pathway);
    expect(pathway.body).toEqual(examplePathwayBody());
    expect(ws.get(EXAMPLE_IDS.certificateTemplate).body).toMatchObject({ templateKind: 'certificate' });
    expect(ws.get(EXAMPLE_IDS.badgeTemplate).body).toMatchObject({ templateKind: 'badge' });
  });

  it('lists the example’s 4 badges, its certificate and its program as credentials', () => {
    const ws = exampleWorkspace();
    const credentials = ws.list().credentials;
    expect(credentials.every((c) => c.pathwayId === EXAMPLE_IDS.pathway)).toBe(true);
    expect(credentials.map((c) => [c.kind, c.nodeId, c.name]).sort()).toEqual(
      [
        ['badge', 'badge-sql', 'SQL Basics'],
        ['badge', 'badge-spreadsheets', 'Spreadsheet Analysis'],
        ['badge', 'badge-dashboards', 'Dashboards'],
        ['badge', 'badge-python', 'Python for Data Analysis'],
        ['certificate', 'certificate-data-analytics', 'Data Analytics Professional Certificate'],
        ['program', 'program-data-analytics', 'Data Analytics Micro-degree'],
      ].sort(),
    );
    // The search narrows both lists.
    const found = ws.list('python');
    expect(found.credentials.map((c) => c.nodeId)).toEqual(['badge-python']);
    expect(found.designs).toEqual([]);
  });

  it('sets WAL, foreign keys, the schema version and Laurel’s application id', () => {
    const ws = exampleWorkspace();
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(ws.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(() => ws.db.prepare(`INSERT INTO revisions VALUES ('no-such-document', 1, 'x', '{}', 'x', 'now', NULL)`).run()).toThrow(/FOREIGN KEY/);
    ws.close();
    // The file itself records them, for any reader.
    const raw = new Database(ws.file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    raw.close();
  });
});

describe('revisions', () => {
  it('each save is a new revision; history lists newest first and keeps every body', () => {
    const ws = exampleWorkspace();
    const id = EXAMPLE_IDS.pathway;
    const v1 = ws.get(id).body;
    const v2 = { ...examplePathwayBody(), description: 'Second draft.' };
    const v3 = { ...examplePathwayBody(), name: 'Data Analytics (2026)', nodes: examplePathway.nodes.slice(0, 10), edges: [] };

    expect(ws.save(id, v2, 'Reworded the description')).toMatchObject({ id, revision: 2 });
    expect(ws.save(id, v3)).toMatchObject({ id, revision: 3, name: 'Data Analytics (2026)' });

    expect(ws.listRevisions(id).map((r) => [r.revision, r.summary, r.name])).toEqual([
      [3, 'Edited', 'Data Analytics (2026)'],
      [2, 'Reworded the description', 'Data Analytics Professional Certificate'],
      [1, 'Example pathway', 'Data Analytics Professional Certificate'],
    ]);
    expect(ws.getRevision(id, 1).body).toEqual(v1);
    expect(ws.getRevision(id, 2).body).toEqual(v2);
    expect(ws.getRevision(id, 3).body).toEqual(v3);
    expect(ws.get(id)).toMatchObject({ revision: 3, name: 'Data Analytics (2026)', body: v3 });
    expect(caught(() => ws.getRevision(id, 9)).code).toBe('not-found');
  });

  it('restoring a revision adds a new revision with the old body and keeps the ones after it', () => {
    const ws = exampleWorkspace();
    const id = EXAMPLE_IDS.pathway;
    const v1 = ws.get(id).body;
    ws.save(id, { ...examplePathwayBody(), name: 'Draft two', description: 'Second draft.' });
    ws.save(id, { ...examplePathwayBody(), name: 'Draft three', nodes: [], edges: [] });

    expect(ws.restoreRevision(id, 1)).toMatchObject({ revision: 4, name: 'Data Analytics Professional Certificate' });
    expect(ws.get(id).body).toEqual(v1);
    expect(ws.listRevisions(id).map((r) => [r.revision, r.summary])).toEqual([
      [4, 'Restored revision 1'],
      [3, 'Edited'],
      [2, 'Edited'],
      [1, 'Example pathway'],
    ]);
    expect(ws.getRevision(id, 3).body).toMatchObject({ name: 'Draft three', nodes: [] });
  });
});

describe('rename, duplicate, delete', () => {
  it('rename is a revision and changes the pathway body’s name too', () => {
    const ws = exampleWorkspace();
    const id = EXAMPLE_IDS.pathway;
    expect(ws.rename(id, 'Analytics Certificate')).toMatchObject({ revision: 2, name: 'Analytics Certificate' });
    expect(ws.get(id).body).toEqual({ ...examplePathwayBody(), name: 'Analytics Certificate' });
    expect(ws.listRevisions(id)[0]!.summary).toBe('Renamed from “Data Analytics Professional Certificate” to “Analytics Certificate”');

    // A template's body does not carry its name.
    const template = ws.rename(EXAMPLE_IDS.badgeTemplate, 'Badge, round');
    expect(template.name).toBe('Badge, round');
    expect(ws.get(EXAMPLE_IDS.badgeTemplate).body).toEqual(ws.getRevision(EXAMPLE_IDS.badgeTemplate, 1).body);
  });

  it('duplicate makes an independent design with a new id and its own history', () => {
    const ws = exampleWorkspace();
    const copy = ws.duplicate(EXAMPLE_IDS.pathway);
    expect(copy.id).not.toBe(EXAMPLE_IDS.pathway);
    expect(copy).toMatchObject({ kind: 'pathway', name: 'Data Analytics Professional Certificate (copy)', revision: 1 });
    expect(ws.get(copy.id).body).toEqual({ ...examplePathwayBody(), id: copy.id, name: 'Data Analytics Professional Certificate (copy)' });
    expect(ws.listRevisions(copy.id).map((r) => r.summary)).toEqual(['Duplicated from “Data Analytics Professional Certificate”']);

    ws.save(copy.id, { ...examplePathwayBody(), name: 'Changed copy' });
    expect(ws.get(EXAMPLE_IDS.pathway).body).toEqual(examplePathwayBody());
    expect(ws.info().counts).toMatchObject({ pathway: 2 });
    expect(ws.list().credentials).toHaveLength(12);
  });

  it('delete moves a design to the trash; restoring brings it back with its history', () => {
    const ws = exampleWorkspace();
    const id = EXAMPLE_IDS.pathway;
    ws.rename(id, 'Renamed before deletion');
    const history = ws.listRevisions(id);

    expect(ws.delete(id)).toEqual({ deleted: id });
    expect(ws.list().designs.map((d) => d.id)).not.toContain(id);
    expect(ws.list().credentials).toEqual([]);
    expect(ws.listDeleted().map((d) => [d.id, d.name])).toEqual([[id, 'Renamed before deletion']]);
    expect(caught(() => ws.get(id)).code).toBe('not-found');
    expect(caught(() => ws.save(id, examplePathwayBody())).code).toBe('not-found');
    expect(ws.listRevisions(id)).toEqual(history);
    expect(ws.info().counts.pathway).toBeUndefined();

    expect(ws.restoreDeleted(id)).toMatchObject({ id, name: 'Renamed before deletion', revision: 2 });
    expect(ws.listDeleted()).toEqual([]);
    expect(ws.list().designs.map((d) => d.id)).toContain(id);
    expect(ws.listRevisions(id)).toEqual(history);
    expect(ws.getRevision(id, 1).body).toEqual(examplePathwayBody());
    expect(ws.list().credentials).toHaveLength(6);
  });
});

describe('the library’s credentials follow the pathways', () => {
  /** The credentials in the current bodies, found by SQLite's JSON functions: what the credentials table must give. */
  const credentialsInBodies = (ws: Workspace) =>
    ws.db
      .prepare(
        `SELECT d.id AS pathwayId, d.name AS pathwayName, n.value ->> 'id' AS nodeId, n.value ->> 'kind' AS kind,
                coalesce(nullif(n.value ->> '$.credential.name', ''), n.value ->> 'title') AS name
           FROM documents d JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision, json_each(r.body, '$.nodes') n
          WHERE d.kind = 'pathway' AND d.deleted_at IS NULL AND n.value ->> 'kind' IN ('badge', 'certificate', 'program')`,
      )
      .all();
  const sorted = <T>(list: T[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const expectInStep = (ws: Workspace) => expect(sorted(ws.list().credentials)).toEqual(sorted(credentialsInBodies(ws)));

  it('through saves, renames, restores, duplicates and deletes', () => {
    const ws = exampleWorkspace();
    const id = EXAMPLE_IDS.pathway;
    expectInStep(ws);
    const first = ws.list().credentials;

    // Drop the program, turn a badge into a skill, rename one credential, clear another's name, add a badge.
    const body = examplePathwayBody();
    const nodes = body.nodes
      .filter((n) => n.kind !== 'program')
      .map((n) => (n.id === 'badge-python' ? { ...n, kind: 'skill' } : n))
      .map((n) => (n.id === 'badge-sql' ? { ...n, credential: { ...n.credential, name: 'SQL Foundations' } } : n))
      .map((n) => (n.id === 'badge-dashboards' ? { ...n, credential: { ...n.credential, name: '' } } : n));
    ws.save(id, { ...body, nodes: [...nodes, { id: 'badge-new', kind: 'badge', title: 'New badge' }] });
    expectInStep(ws);
    expect(ws.list().credentials.map((c) => c.name).sort()).toEqual(
      ['Dashboards', 'Data Analytics Professional Certificate', 'New badge', 'SQL Foundations', 'Spreadsheet Analysis'].sort(),
    );

    ws.rename(id, 'Analytics (renamed)');
    expectInStep(ws);
    expect(new Set(ws.list().credentials.map((c) => c.pathwayName))).toEqual(new Set(['Analytics (renamed)']));

    ws.restoreRevision(id, 1);
    expectInStep(ws);
    expect(ws.list().credentials).toEqual(first);

    ws.duplicate(id);
    expectInStep(ws);
    ws.delete(id);
    expectInStep(ws);
    expect(ws.list().credentials).toHaveLength(6);
  });

  it('a save that changes no credential writes only the revision and the document row', () => {
    const ws = exampleWorkspace();
    const body = examplePathwayBody();
    const before = totalChanges(ws);
    ws.save(EXAMPLE_IDS.pathway, { ...body, nodes: body.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 1, y: 2 } } : n)) });
    expect(totalChanges(ws) - before).toBe(2);
    expectInStep(ws);
  });
});

describe('invalid bodies are refused and nothing is written', () => {
  const badPathways: [string, Record<string, unknown>][] = [
    ['an unknown node kind', { ...examplePathwayBody(), nodes: [{ id: 'n1', kind: 'gadget', title: 'Gadget' }] }],
    ['missing edges', (({ edges: _edges, ...rest }) => rest)(examplePathwayBody())],
    ['a node without a title', { ...examplePathwayBody(), nodes: [{ id: 'n1', kind: 'unit' }] }],
    ['a malformed rule', { ...examplePathwayBody(), nodes: [{ id: 'b', kind: 'badge', title: 'B', rule: { type: 'atLeast' } }] }],
    ['a non-finite position', { ...examplePathwayBody(), nodes: [{ id: 'u', kind: 'unit', title: 'U', position: { x: 1, y: Infinity } }] }],
    ['the wrong format', { ...examplePathwayBody(), format: 'laurel.pathway/9' }],
    ['a newer schemaVersion', { ...examplePathwayBody(), schemaVersion: 2 }],
  ];

  it.each(badPathways)('save of a pathway with %s', (_what, body) => {
    const ws = exampleWorkspace();
    const id = EXAMPLE_IDS.pathway;
    const [revisions, before, changes] = [revisionCount(ws), rawBody(ws, id), totalChanges(ws)];
    const walBefore = fs.statSync(`${ws.file}-wal`).size;
    const error = caught(() => ws.save(id, body as DocumentBody));
    expect(error.code).toBe('invalid-document');
    expect(error.message).toMatch(/pathway/);
    expect(revisionCount(ws)).toBe(revisions);
    expect(rawBody(ws, id)).toBe(before);
    expect(ws.listRevisions(id)).toHaveLength(1);
    expect(totalChanges(ws)).toBe(changes);
    expect(fs.statSync(`${ws.file}-wal`).size).toBe(walBefore);
  });

  it('the issues say where the problem is', () => {
    const ws = exampleWorkspace();
    const body = examplePathwayBody();
    const nodes = body.nodes.map((n, i) => (i === 3 ? { ...n, kind: 'gadget' } : n));
    const error = caught(() => ws.save(EXAMPLE_IDS.pathway, { ...body, nodes }));
    expect(error.issues?.map((i) => i.path)).toContain('nodes[3].kind');
  });

  it('save of an invalid template, and create of an invalid design', () => {
    const ws = exampleWorkspace();
    const revisions = revisionCount(ws);
    const template = ws.get(EXAMPLE_IDS.certificateTemplate).body;
    expect(caught(() => ws.save(EXAMPLE_IDS.certificateTemplate, { ...template, templateKind: 'poster' })).code).toBe('invalid-document');
    expect(caught(() => ws.save(EXAMPLE_IDS.certificateTemplate, { ...template, elements: [{ id: 'e', type: 'text' }] })).code).toBe('invalid-document');
    expect(caught(() => ws.create('issuer', 'Nameless', { schemaVersion: 1, name: '' })).code).toBe('invalid-document');
    expect(caught(() => ws.create('pathway', 'Broken', { schemaVersion: 1, nodes: 'none' })).code).toBe('invalid-document');
    expect(revisionCount(ws)).toBe(revisions);
    expect(ws.list().designs).toHaveLength(5);
    expect(ws.get(EXAMPLE_IDS.certificateTemplate)).toMatchObject({ revision: 1, body: template });
  });
});

describe('the file', () => {
  it('reopens with its content', () => {
    const ws = exampleWorkspace();
    ws.save(EXAMPLE_IDS.pathway, { ...examplePathwayBody(), description: 'Saved before closing.' });
    ws.duplicate(EXAMPLE_IDS.badgeTemplate);
    ws.delete(EXAMPLE_IDS.issuer);
    ws.putAsset(new TextEncoder().encode('<svg/>'), 'image/svg+xml');
    const before = contentOf(ws);
    ws.close();
    expect(fs.existsSync(`${ws.file}-wal`)).toBe(false);

    const again = reopen(ws.file);
    expect(contentOf(again)).toEqual(before);
    expect(again.get(EXAMPLE_IDS.pathway).body).toMatchObject({ description: 'Saved before closing.' });
  });

  it('backupTo writes a copy (VACUUM INTO) that opens as a workspace with identical content', () => {
    const ws = exampleWorkspace();
    const big = generatePathwayBody({ nodes: 300, edges: 450, seed: 7, name: 'Big pathway' });
    const created = ws.create('pathway', 'Big pathway', big);
    for (let i = 0; i < 5; i++) ws.save(created.id, { ...big, description: `Draft ${i}` });
    ws.delete(EXAMPLE_IDS.badgeTemplate);
    ws.putAsset(crypto.randomBytes(50_000), 'image/png');
    const before = contentOf(ws);

    // Saves still in the WAL are part of the backup.
    expect(fs.statSync(`${ws.file}-wal`).size).toBeGreaterThan(0);
    const target = path.join(makeTempDir(), 'nested', 'backup.laurel');
    expect(ws.backupTo(target)).toBe(target);
    const copy = reopen(target);
    expect(contentOf(copy)).toEqual(before);
    expect(copy.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(copy.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(copy.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The original goes on working after the backup.
    ws.rename(created.id, 'After the backup');
    expect(copy.get(created.id).name).toBe('Big pathway');
  });

  it('backupTo refuses to overwrite an existing file', () => {
    const ws = exampleWorkspace();
    const target = path.join(makeTempDir(), 'taken.laurel');
    fs.writeFileSync(target, 'precious');
    const sha = sha256OfFile(target);
    const error = caught(() => ws.backupTo(target));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/taken\.laurel.*already exists/);
    expect(sha256OfFile(target)).toBe(sha);
    // Nor does it overwrite the workspace itself.
    expect(caught(() => ws.backupTo(ws.file)).code).toBe('conflict');
  });

  it('stores a large body in blocks: a save after a drag writes one block, and a thousand revisions share the rest', () => {
    const ws = exampleWorkspace();
    const big = generatePathwayBody({ nodes: 300, edges: 450, seed: 5, name: 'Big pathway' });
    const { id } = ws.create('pathway', 'Big pathway', big);
    const blockCount = () => ws.db.prepare('SELECT count(*) FROM body_blocks').pluck().get() as number;
    const created = blockCount();
    // 300 nodes and 450 edges, about 32 items a block.
    expect(created).toBeGreaterThanOrEqual(10);
    expect(created).toBeLessThanOrEqual(60);
    expect(JSON.parse(rawBody(ws, id))).toMatchObject({ nodes: [], edges: [], name: 'Big pathway' });
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.statSync(`${ws.file}-wal`).size).toBe(0);

    // One node moved, as autosave sends it after a drag.
    const moved = structuredClone(big);
    moved.nodes[150]!.position = { x: 1234, y: 5678 };
    ws.save(id, moved);
    expect(blockCount()).toBe(created + 1);
    // What the save wrote to the WAL: that block, the head and a few pages of rows and indexes (~10 pages
    // of 4 KB), where the whole body is 110 KB.
    expect(fs.statSync(`${ws.file}-wal`).size).toBeLessThan(JSON.stringify(moved).length / 2);
    expect(ws.get(id).body).toEqual({ ...moved, id });
    expect(ws.getRevision(id, 1).body).toEqual({ ...big, id });

    // Reopened, nothing is known in memory: the same content again adds no block, and a node added in the
    // middle changes its own block only, not every block after it.
    const file = ws.file;
    ws.close();
    const again = reopen(file);
    again.save(id, moved);
    expect(again.db.prepare('SELECT count(*) FROM body_blocks').pluck().get()).toBe(created + 1);
    const added = structuredClone(moved);
    added.nodes.splice(100, 0, { id: 'node-added-in-the-middle', kind: 'unit', title: 'Added', position: { x: 0, y: 0 } } as (typeof added.nodes)[number]);
    again.save(id, added);
    expect(again.db.prepare('SELECT count(*) FROM body_blocks').pluck().get()).toBeLessThanOrEqual(created + 3);
    expect(again.get(id).body).toEqual({ ...added, id });
  });

  it('saves what it is given after a save, even when the caller changes the body it saved', async () => {
    // After a save the workspace parses its own copy of the blocks and compares the next body with it;
    // it must never take the caller's objects for its copy.
    const ws = exampleWorkspace();
    const big = generatePathwayBody({ nodes: 300, edges: 450, seed: 7, name: 'Big pathway' });
    const { id } = ws.create('pathway', 'Big pathway', big);
    // Every node changed, so that every block of nodes this save writes is new, made from `body`.
    const body = { ...big, nodes: big.nodes.map((node) => ({ ...node, title: `${node.title}, revised` })) };
    ws.save(id, body);
    await new Promise((resolve) => setImmediate(resolve));
    body.nodes[10]!.title = 'Changed after it was saved';
    (body.edges[400] as { required?: boolean }).required = true;
    ws.save(id, body);
    await new Promise((resolve) => setImmediate(resolve));
    ws.save(id, body);
    const file = ws.file;
    ws.close();
    expect(reopen(file).get(id).body).toEqual({ ...body, id });
  });

  it('saves changes (autosave) exactly as it saves the whole body', async () => {
    // Two workspaces get the same edits: one as changes, as autosave sends them (through JSON), the other
    // as whole bodies. Each revision must be stored byte for byte the same.
    const [byChanges, whole] = [exampleWorkspace('changes.laurel'), exampleWorkspace('whole.laurel')];
    const big = generatePathwayBody({ nodes: 300, edges: 450, seed: 8, name: 'Big pathway' });
    const { id } = byChanges.create('pathway', 'Big pathway', big);
    whole.create('pathway', 'Big pathway', big, { id });
    const stored = (ws: Workspace) => ({
      revision: ws.db.prepare('SELECT r.revision, r.name, r.body, r.blocks FROM documents d JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision WHERE d.id = ?').get(id),
      credentials: ws.db.prepare('SELECT position, node_id, kind, name FROM credentials WHERE document_id = ? ORDER BY position').all(id),
    });
    const badge = big.nodes.findIndex((n) => n.kind === 'badge');
    const unit = big.nodes.findIndex((n) => n.kind === 'unit');
    expect(stored(whole).credentials.length).toBeGreaterThan(10);
    const sent = (changes: BodyChanges | undefined) => JSON.parse(JSON.stringify(changes!)) as BodyChanges;

    let before: DocumentBody = big;
    const edits: ((b: typeof big) => typeof big)[] = [
      (b) => ({ ...b, nodes: b.nodes.map((n, i) => (i === 150 ? { ...n, position: { x: 1, y: 2 } } : n)) }), // a drag
      (b) => ({ ...b, nodes: b.nodes.map((n, i) => (i === badge ? { ...n, title: 'Renamed badge' } : i === unit ? { ...n, kind: 'badge' as const } : n)) }), // credentials
      (b) => ({ ...b, name: 'Renamed pathway', description: 'New words' }), // members
      (b) => ({ ...b, nodes: [...b.nodes.slice(0, 100), { id: 'node-new', kind: 'unit', title: 'New', position: { x: 0, y: 0 } } as (typeof b.nodes)[number], ...b.nodes.slice(100)] }), // added in the middle
      (b) => ({ ...b, nodes: b.nodes.filter((n) => n.id !== b.nodes[7]!.id), edges: b.edges.filter((e) => e.from !== b.nodes[7]!.id && e.to !== b.nodes[7]!.id) }), // deleted, with its edges
      (b) => ({ ...b, edges: [...b.edges.slice(1), b.edges[0]!] }), // reordered
    ];
    for (const [i, edit] of edits.entries()) {
      const after = edit(before as typeof big);
      byChanges.saveChanges(id, i + 1, sent(changesBetween('pathway', before, after)));
      whole.save(id, after);
      expect(stored(byChanges), `edit ${i}`).toEqual(stored(whole));
      before = after;
      // Some saves meet blocks already parsed after the last save, others blocks not parsed yet.
      if (i % 2) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(byChanges.get(id).body).toEqual({ ...before, id });
    expect(byChanges.get(id).name).toBe('Renamed pathway');

    // Reopened, the design read again takes changes too.
    const file = byChanges.file;
    byChanges.close();
    const again = reopen(file);
    const current = again.get(id);
    const moved = { ...current.body, nodes: (current.body.nodes as { id: string }[]).map((n, i) => (i === 3 ? { ...n, title: 'Moved after reopening' } : n)) };
    again.saveChanges(id, current.revision, sent(changesBetween('pathway', current.body, moved)));
    expect(reopen(file).get(id).body).toEqual(moved);
  });

  it('checks the items changes put, and says where one is wrong', () => {
    const ws = exampleWorkspace();
    const pathway = ws.get(EXAMPLE_IDS.pathway);
    const nodes = pathway.body.nodes as { id: string; kind: string }[];
    const before = { revisions: revisionCount(ws), body: rawBody(ws, pathway.id) };
    // Read from the file, the held revision is checked whole; saved by this workspace, only what is put.
    const lecture = { items: { nodes: { put: [{ ...nodes[4]!, kind: 'lecture' }], remove: [] } } };
    expect(caught(() => ws.saveChanges(pathway.id, pathway.revision, lecture))).toMatchObject({ code: 'invalid-document', issues: [{ path: 'nodes[4].kind' }] });
    const saved = ws.save(pathway.id, pathway.body);
    expect(caught(() => ws.saveChanges(pathway.id, saved.revision, lecture))).toMatchObject({ code: 'invalid-document', issues: [{ path: 'nodes[4].kind' }] });
    expect({ revisions: revisionCount(ws), body: rawBody(ws, pathway.id) }).toEqual({ ...before, revisions: before.revisions + 1 });
  });

  it('refuses changes to a revision that is no longer the current one, and changes that do not fit, writing nothing', () => {
    const ws = exampleWorkspace();
    const template = ws.get(EXAMPLE_IDS.certificateTemplate);
    const elements = template.body.elements as { id: string; x: number }[];
    const moved = { items: { elements: { put: [{ ...elements[0]!, x: elements[0]!.x + 10 }], remove: [] } } };
    const untouched = () => [revisionCount(ws), rawBody(ws, template.id), totalChanges(ws)];
    const before = untouched();

    expect(caught(() => ws.saveChanges(template.id, template.revision - 1, moved))).toMatchObject({ code: 'conflict', message: expect.stringMatching(/save the whole design/) });
    expect(caught(() => ws.saveChanges(template.id, template.revision, { items: { elements: { put: [], remove: [], order: ['x'] } } }))).toMatchObject({ code: 'invalid-argument' });
    expect(caught(() => ws.saveChanges(template.id, template.revision, { items: { elements: { put: [{ ...elements[0]!, type: 'hologram' }], remove: [] } } }))).toMatchObject({ code: 'invalid-document' });
    expect(caught(() => ws.saveChanges('template-none', 1, moved))).toMatchObject({ code: 'not-found' });
    expect(untouched()).toEqual(before);

    // The refusals left the held revision as it was: the same changes now save.
    const saved = ws.saveChanges(template.id, template.revision, moved, 'Moved one element');
    expect(saved.revision).toBe(template.revision + 1);
    expect((ws.get(template.id).body.elements as { x: number }[])[0]!.x).toBe(elements[0]!.x + 10);
    expect(ws.listRevisions(template.id)[0]!.summary).toBe('Moved one element');

    // A revision restored in between: changes made against the one before are refused.
    ws.restoreRevision(template.id, template.revision);
    expect(caught(() => ws.saveChanges(template.id, saved.revision, moved))).toMatchObject({ code: 'conflict' });
  });

  it('checkpoints wait for the workspace to be idle', async () => {
    const ws = exampleWorkspace();
    const big = generatePathwayBody({ nodes: 2000, edges: 3000, seed: 6, name: 'Big pathway' });
    const { id } = ws.create('pathway', 'Big pathway', big);
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const fileBytes = fs.statSync(ws.file).size;

    // Eight saves that change every node, so each writes ~640 KB of new blocks: more than SQLite's
    // default autocheckpoint (4 MB), all of it left in the WAL.
    for (let i = 0; i < 8; i++) ws.save(id, { ...big, description: `Draft ${i}`, nodes: big.nodes.map((n) => ({ ...n, title: `${n.title} ${i}` })) });
    expect(fs.statSync(`${ws.file}-wal`).size).toBeGreaterThan(5_000_000);
    expect(fs.statSync(ws.file).size).toBe(fileBytes);

    // Once nothing has been written for a moment, the idle checkpoint copies them into the file, and starts
    // the WAL over (its header's checkpoint sequence number goes up), so the next save need not.
    const walSequence = () => fs.readFileSync(`${ws.file}-wal`).readUInt32BE(12);
    const sequence = walSequence();
    await new Promise((resolve) => setTimeout(resolve, IDLE_CHECKPOINT_MS + 500));
    expect(fs.statSync(ws.file).size).toBeGreaterThan(fileBytes + 5_000_000);
    expect(walSequence()).toBe(sequence + 1);
    expect(ws.get(id).body).toMatchObject({ description: 'Draft 7' });
  });

  it('stores an asset once by SHA-256', () => {
    const ws = exampleWorkspace();
    const count = () => (ws.db.prepare('SELECT count(*) AS n FROM assets').get() as { n: number }).n;
    const seeded = count(); // the example's issuer logo and signature
    const png = crypto.randomBytes(10_000);
    const digest = ws.putAsset(png, 'image/png');
    expect(digest).toBe(crypto.createHash('sha256').update(png).digest('hex'));
    expect(ws.putAsset(new Uint8Array(png), 'image/png')).toBe(digest);
    expect(count()).toBe(seeded + 1);
    expect(ws.getAsset(digest)).toEqual({ mediaType: 'image/png', data: png });

    ws.putAsset(crypto.randomBytes(100), 'font/woff2');
    expect(count()).toBe(seeded + 2);
    expect(ws.getAsset('0'.repeat(64))).toBeUndefined();
  });
});
