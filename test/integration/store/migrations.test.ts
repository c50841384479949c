import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import badgeTemplate from '../../../resources/example/badge.template.json';
import examplePathway from '../../../resources/example/data-analytics.pathway.json';
import { LaurelError } from '../../../shared/api/result';
import type { DocumentBody, DocumentKind } from '../../../shared/documents';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from '../../../electron/store/migrations';
import { Workspace } from '../../../electron/store/workspace';
import { makeTempDir, removeTempDirs, sha256OfFile } from '../../helpers/tempFiles';

afterAll(removeTempDirs);

interface V1Design {
  id: string;
  kind: DocumentKind;
  name: string;
  /** Bodies of revisions 1, 2, …; the last is the current one. */
  revisions: DocumentBody[];
  deleted?: boolean;
}

/** Writes a workspace file as Laurel's format 1 did: each body in its document row and in its revision. */
function v1Workspace(designs: V1Design[], json: (body: DocumentBody) => string = (body) => JSON.stringify(body)): string {
  const file = path.join(makeTempDir('laurel-v1-'), 'old.laurel');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(MIGRATIONS[0]!);
  db.pragma('user_version = 1');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  const at = (n: number) => `2026-01-0${n}T10:00:00.000Z`;
  for (const design of designs) {
    const current = design.revisions.length;
    db.prepare('INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      design.id, design.kind, design.name, json(design.revisions[current - 1]!), current, at(1), at(current), design.deleted ? at(9) : null,
    );
    design.revisions.forEach((body, i) => {
      db.prepare('INSERT INTO revisions VALUES (?, ?, ?, ?, ?, ?)').run(design.id, i + 1, design.name, json(body), `Revision ${i + 1}`, at(i + 1));
    });
  }
  db.close();
  return file;
}

const pathwayV1 = { schemaVersion: 1, ...examplePathway };
// Revision 2 renames a badge's credential and drops the program; revision 3 (current) also renames the pathway.
const pathwayV2 = {
  ...pathwayV1,
  description: 'Second draft.',
  nodes: pathwayV1.nodes
    .filter((n) => n.kind !== 'program')
    .map((n) => (n.id === 'badge-sql' ? { ...n, credential: { ...n.credential, name: '' }, title: 'SQL Essentials' } : n)),
};
const pathwayV3 = { ...pathwayV2, name: 'Analytics, third draft' };
const framework = {
  schemaVersion: 1,
  name: 'Tiny framework',
  source: 'csv',
  items: [
    { framework: 'Tiny', code: 'T1', name: 'Query databases with SQL' },
    { framework: 'Tiny', code: 'T2', name: 'Build dashboards' },
  ],
};
const designs: V1Design[] = [
  { id: 'pathway-main', kind: 'pathway', name: 'Analytics, third draft', revisions: [pathwayV1, pathwayV2, pathwayV3] },
  { id: 'pathway-trashed', kind: 'pathway', name: 'Old copy', revisions: [{ ...pathwayV1, id: 'pathway-trashed', name: 'Old copy' }], deleted: true },
  { id: 'template-badge', kind: 'template', name: 'Badge', revisions: [badgeTemplate, { ...badgeTemplate, elements: [] }] },
  { id: 'framework-tiny', kind: 'framework', name: 'Tiny framework', revisions: [framework] },
];

describe('migration 2: bodies stored once, credentials kept in a table', () => {
  it('opens a format-1 workspace with every body and revision exactly as it was', () => {
    const ws = Workspace.open(v1Workspace(designs));
    try {
      expect(ws.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      const columns = ws.db.prepare("SELECT name FROM pragma_table_info('documents')").pluck().all();
      expect(columns).not.toContain('body');
      for (const design of designs) {
        if (design.deleted) ws.restoreDeleted(design.id);
        expect(ws.get(design.id)).toMatchObject({ id: design.id, kind: design.kind, name: design.name, revision: design.revisions.length, body: design.revisions.at(-1) });
        expect(ws.listRevisions(design.id).map((r) => r.revision)).toEqual(design.revisions.map((_, i) => i + 1).reverse());
        design.revisions.forEach((body, i) => expect(ws.getRevision(design.id, i + 1).body).toEqual(body));
        if (design.deleted) ws.delete(design.id);
      }
      expect(ws.searchSkills('sql', 10).map((hit) => hit.code)).toEqual(['T1']);
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(ws.db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      ws.close();
    }
  });

  it('fills the credentials table from the current bodies, as saving them would', () => {
    const migrated = Workspace.open(v1Workspace(designs));
    // The same designs written by this version: its credentials come from create and save.
    const fresh = Workspace.create(path.join(makeTempDir(), 'fresh.laurel'));
    try {
      for (const design of designs) {
        fresh.create(design.kind, design.name, design.revisions[0]!, { id: design.id });
        for (const body of design.revisions.slice(1)) fresh.save(design.id, body);
        if (design.deleted) fresh.delete(design.id);
      }
      const credentials = migrated.list().credentials;
      expect(credentials).toEqual(fresh.list().credentials);
      // The current revision's credentials, not the first's: no program, and an empty credential name falls back to the title.
      expect(credentials.map((c) => [c.pathwayName, c.nodeId, c.name])).toEqual([
        ['Analytics, third draft', 'badge-dashboards', 'Dashboards'],
        ['Analytics, third draft', 'certificate-data-analytics', 'Data Analytics Professional Certificate'],
        ['Analytics, third draft', 'badge-python', 'Python for Data Analysis'],
        ['Analytics, third draft', 'badge-spreadsheets', 'Spreadsheet Analysis'],
        ['Analytics, third draft', 'badge-sql', 'SQL Essentials'],
      ]);
      // The trashed pathway's rows are kept for when it comes back.
      migrated.restoreDeleted('pathway-trashed');
      expect(migrated.list().credentials.filter((c) => c.pathwayId === 'pathway-trashed')).toHaveLength(6);
    } finally {
      migrated.close();
      fresh.close();
    }
  });

  it('refuses a format-1 file whose body is not JSON, and leaves it as it was', () => {
    const file = v1Workspace(designs, (body) => (body === pathwayV3 ? '{"nodes": [' : JSON.stringify(body)));
    const before = sha256OfFile(file);
    let error: unknown;
    try {
      Workspace.open(file).close();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LaurelError);
    expect(error).toMatchObject({ code: 'workspace-unavailable', message: expect.stringMatching(/old\.laurel” could not be brought up to this Laurel's workspace format .*Laurel has not changed the file/) });
    expect(sha256OfFile(file)).toBe(before);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });
});
