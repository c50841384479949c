import type { Db } from './openDatabase';
import type { DocumentKind, DesignSummary, RevisionSummary } from '../../shared/documents';

/** Rows exactly as the schema defines them. */
export interface DocumentRow {
  id: string;
  kind: DocumentKind;
  name: string;
  body: string;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}
export interface RevisionRow {
  document_id: string;
  revision: number;
  name: string;
  body: string;
  summary: string;
  saved_at: string;
}

export const toSummary = (row: Omit<DocumentRow, 'body'>): DesignSummary => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  revision: row.revision,
});

/** The data-access module for documents and their revisions: parameterised SQL, prepared once. */
export function documentsRepo(db: Db) {
  const summaryColumns = 'id, kind, name, revision, created_at, updated_at, deleted_at';
  const s = {
    list: db.prepare<[], Omit<DocumentRow, 'body'>>(
      `SELECT ${summaryColumns} FROM documents WHERE deleted_at IS NULL ORDER BY kind, name COLLATE NOCASE, id`,
    ),
    listDeleted: db.prepare<[], Omit<DocumentRow, 'body'>>(
      `SELECT ${summaryColumns} FROM documents WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`,
    ),
    get: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
    exists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM documents WHERE id = ?'),
    insert: db.prepare<[DocumentRow]>(
      `INSERT INTO documents (id, kind, name, body, revision, created_at, updated_at, deleted_at)
       VALUES (@id, @kind, @name, @body, @revision, @created_at, @updated_at, @deleted_at)`,
    ),
    update: db.prepare<{ id: string; name: string; body: string; revision: number; updated_at: string }>(
      'UPDATE documents SET name = @name, body = @body, revision = @revision, updated_at = @updated_at WHERE id = @id',
    ),
    setDeleted: db.prepare<{ id: string; deleted_at: string | null }>('UPDATE documents SET deleted_at = @deleted_at WHERE id = @id'),
    insertRevision: db.prepare<[RevisionRow]>(
      `INSERT INTO revisions (document_id, revision, name, body, summary, saved_at)
       VALUES (@document_id, @revision, @name, @body, @summary, @saved_at)`,
    ),
    listRevisions: db.prepare<[string], Omit<RevisionRow, 'body'>>(
      'SELECT document_id, revision, name, summary, saved_at FROM revisions WHERE document_id = ? ORDER BY revision DESC',
    ),
    getRevision: db.prepare<[string, number], RevisionRow>('SELECT * FROM revisions WHERE document_id = ? AND revision = ?'),
    countByKind: db.prepare<[], { kind: DocumentKind; n: number }>(
      'SELECT kind, count(*) AS n FROM documents WHERE deleted_at IS NULL GROUP BY kind',
    ),
    // Credentials live inside pathway bodies; SQLite's JSON functions list them without parsing in JS.
    credentials: db.prepare<[], { pathway_id: string; pathway_name: string; node_id: string; kind: 'badge' | 'certificate' | 'program'; name: string }>(
      `SELECT d.id AS pathway_id, d.name AS pathway_name,
              json_extract(n.value, '$.id') AS node_id, json_extract(n.value, '$.kind') AS kind,
              coalesce(nullif(json_extract(n.value, '$.credential.name'), ''), json_extract(n.value, '$.title')) AS name
         FROM documents d, json_each(d.body, '$.nodes') n
        WHERE d.kind = 'pathway' AND d.deleted_at IS NULL
          AND json_extract(n.value, '$.kind') IN ('badge', 'certificate', 'program')
        ORDER BY d.name COLLATE NOCASE, name COLLATE NOCASE`,
    ),
  };

  return {
    list: () => s.list.all(),
    listDeleted: () => s.listDeleted.all(),
    get: (id: string) => s.get.get(id),
    exists: (id: string) => s.exists.get(id) !== undefined,
    insert: (row: DocumentRow) => s.insert.run(row),
    update: (row: { id: string; name: string; body: string; revision: number; updated_at: string }) => s.update.run(row),
    setDeleted: (id: string, deletedAt: string | null) => s.setDeleted.run({ id, deleted_at: deletedAt }),
    insertRevision: (row: RevisionRow) => s.insertRevision.run(row),
    listRevisions: (id: string): RevisionSummary[] =>
      s.listRevisions.all(id).map((r) => ({ revision: r.revision, savedAt: r.saved_at, summary: r.summary, name: r.name })),
    getRevision: (id: string, revision: number) => s.getRevision.get(id, revision),
    countByKind: () => s.countByKind.all(),
    credentials: () => s.credentials.all(),
  };
}
export type DocumentsRepo = ReturnType<typeof documentsRepo>;
