import type { Db } from './openDatabase';
import type { DocumentKind, DesignSummary, RevisionSummary } from '../../shared/documents';
import { isCredential, type CredentialKind, type PathwayNode } from '../../shared/pathway/model';
import type { Block } from './bodyBlocks';

/** Rows exactly as the schema defines them. A document's body is its current revision's. */
export interface DocumentRow {
  id: string;
  kind: DocumentKind;
  name: string;
  revision: number; // the current (latest) revision number
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}
export interface RevisionRow {
  document_id: string;
  revision: number;
  name: string;
  /** The body's JSON, or its head when `blocks` is set (bodyBlocks.ts). */
  body: string;
  blocks: string | null;
  summary: string;
  saved_at: string;
}
export interface CredentialRow {
  document_id: string;
  position: number;
  node_id: string;
  kind: CredentialKind;
  name: string;
}
/** A document row with its current body, as stored. */
export type CurrentDocumentRow = DocumentRow & Pick<RevisionRow, 'body' | 'blocks'>;
/**
 * A revision to write: the body as stored, the blocks the workspace does not hold yet, and for a pathway,
 * its nodes (to keep `credentials` in step), left out when its credentials are known unchanged.
 */
export interface NewRevision {
  name: string;
  body: string;
  blocks: string | null;
  newBlocks: readonly Block[];
  summary: string;
  saved_at: string;
  nodes?: readonly PathwayNode[];
}

export const toSummary = (row: DocumentRow): DesignSummary => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  revision: row.revision,
});

/** A credential row without its document: `[position, node_id, kind, name]`, the form compared on save. */
type CredentialTuple = [position: number, nodeId: string, kind: CredentialKind, name: string];

/** The library's credentials in a pathway: its badge, certificate and program nodes (the rule migration 2 backfills with). */
function credentialsOf(nodes: readonly PathwayNode[]): CredentialTuple[] {
  const found: CredentialTuple[] = [];
  for (let position = 0; position < nodes.length; position++) {
    const node = nodes[position]!;
    if (isCredential(node.kind)) found.push([position, node.id, node.kind, node.credential?.name || node.title]);
  }
  return found;
}

/**
 * The data-access module for documents, their revisions and the credentials derived from pathway bodies:
 * parameterised SQL, prepared once. Every write that changes a document's current body goes through
 * `create` or `addRevision`, which keep `documents.revision` and `credentials` in step in one transaction.
 */
export function documentsRepo(db: Db) {
  const columns = 'id, kind, name, revision, created_at, updated_at, deleted_at';
  const s = {
    list: db.prepare<[], DocumentRow>(`SELECT ${columns} FROM documents WHERE deleted_at IS NULL ORDER BY kind, name COLLATE NOCASE, id`),
    listDeleted: db.prepare<[], DocumentRow>(`SELECT ${columns} FROM documents WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`),
    get: db.prepare<[string], DocumentRow>(`SELECT ${columns} FROM documents WHERE id = ?`),
    getCurrent: db.prepare<[string], CurrentDocumentRow>(
      `SELECT d.id, d.kind, d.name, d.revision, d.created_at, d.updated_at, d.deleted_at, r.body, r.blocks
         FROM documents d JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision
        WHERE d.id = ?`,
    ),
    exists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM documents WHERE id = ?'),
    insert: db.prepare<[DocumentRow]>(
      `INSERT INTO documents (id, kind, name, revision, created_at, updated_at, deleted_at)
       VALUES (@id, @kind, @name, @revision, @created_at, @updated_at, @deleted_at)`,
    ),
    update: db.prepare<{ id: string; name: string; revision: number; updated_at: string }>(
      'UPDATE documents SET name = @name, revision = @revision, updated_at = @updated_at WHERE id = @id',
    ),
    setDeleted: db.prepare<{ id: string; deleted_at: string | null }>('UPDATE documents SET deleted_at = @deleted_at WHERE id = @id'),
    insertRevision: db.prepare<[RevisionRow]>(
      `INSERT INTO revisions (document_id, revision, name, body, blocks, summary, saved_at)
       VALUES (@document_id, @revision, @name, @body, @blocks, @summary, @saved_at)`,
    ),
    // Another design (a duplicate, a restored revision) may hold the block already.
    insertBlock: db.prepare<[Block]>('INSERT OR IGNORE INTO body_blocks (hash, text) VALUES (@hash, @text)'),
    blockText: db.prepare<[string], string>('SELECT text FROM body_blocks WHERE hash = ?').pluck(),
    listRevisions: db.prepare<[string], Omit<RevisionRow, 'body'>>(
      'SELECT document_id, revision, name, summary, saved_at FROM revisions WHERE document_id = ? ORDER BY revision DESC',
    ),
    getRevision: db.prepare<[string, number], RevisionRow>('SELECT * FROM revisions WHERE document_id = ? AND revision = ?'),
    countByKind: db.prepare<[], { kind: DocumentKind; n: number }>(
      'SELECT kind, count(*) AS n FROM documents WHERE deleted_at IS NULL GROUP BY kind',
    ),
    // The library lists credentials pathway by pathway: a query per pathway (a range of the primary key,
    // a few rows to sort) took a fifth less time than joining and sorting all 3,600 rows of 600 pathways.
    pathways: db.prepare<[], { id: string; name: string }>(
      "SELECT id, name FROM documents WHERE kind = 'pathway' AND deleted_at IS NULL ORDER BY name COLLATE NOCASE, id",
    ),
    credentialsOfPathway: db.prepare<[string], Pick<CredentialRow, 'node_id' | 'kind' | 'name'>>(
      'SELECT node_id, kind, name FROM credentials WHERE document_id = ? ORDER BY name COLLATE NOCASE, position',
    ),
    // The stored rows as one JSON array of CredentialTuples: reading 240 rows back into JS objects took longer
    // than the rest of the check. Equal texts mean equal rows; texts that differ only in escaping cost a rewrite.
    storedCredentialsJson: db
      .prepare<[string], string>(
        `SELECT coalesce(json_group_array(json_array(position, node_id, kind, name) ORDER BY position), '[]')
           FROM credentials WHERE document_id = ?`,
      )
      .pluck(),
    deleteCredentials: db.prepare<[string]>('DELETE FROM credentials WHERE document_id = ?'),
    insertCredential: db.prepare<[CredentialRow]>(
      'INSERT INTO credentials (document_id, position, node_id, kind, name) VALUES (@document_id, @position, @node_id, @kind, @name)',
    ),
  };

  /** Brings a pathway's credential rows in line with its nodes; writes nothing when they already are (most saves). */
  function writeCredentials(documentId: string, nodes: readonly PathwayNode[]): void {
    const wanted = credentialsOf(nodes);
    if (s.storedCredentialsJson.get(documentId) === JSON.stringify(wanted)) return;
    s.deleteCredentials.run(documentId);
    for (const [position, node_id, kind, name] of wanted) s.insertCredential.run({ document_id: documentId, position, node_id, kind, name });
  }

  function insertRevision(id: string, revision: number, next: NewRevision): void {
    for (const block of next.newBlocks) s.insertBlock.run({ hash: block.hash, text: block.text });
    s.insertRevision.run({ document_id: id, revision, name: next.name, body: next.body, blocks: next.blocks, summary: next.summary, saved_at: next.saved_at });
    if (next.nodes) writeCredentials(id, next.nodes);
  }

  const create = db.transaction((row: DocumentRow, first: NewRevision) => {
    s.insert.run(row);
    insertRevision(row.id, row.revision, first);
  });

  const addRevision = db.transaction((id: string, revision: number, next: NewRevision) => {
    s.update.run({ id, name: next.name, revision, updated_at: next.saved_at });
    insertRevision(id, revision, next);
  });

  return {
    list: () => s.list.all(),
    listDeleted: () => s.listDeleted.all(),
    get: (id: string) => s.get.get(id),
    /** The row with its current body. */
    getCurrent: (id: string) => s.getCurrent.get(id),
    exists: (id: string) => s.exists.get(id) !== undefined,
    /** Adds a document (`row.revision` is its first revision's number) with that revision, in one transaction. */
    create: (row: DocumentRow, first: NewRevision) => create(row, first),
    /** Makes `revision` the document's current one, in one transaction. */
    addRevision: (id: string, revision: number, next: NewRevision) => addRevision(id, revision, next),
    setDeleted: (id: string, deletedAt: string | null) => s.setDeleted.run({ id, deleted_at: deletedAt }),
    listRevisions: (id: string): RevisionSummary[] =>
      s.listRevisions.all(id).map((r) => ({ revision: r.revision, savedAt: r.saved_at, summary: r.summary, name: r.name })),
    getRevision: (id: string, revision: number) => s.getRevision.get(id, revision),
    /** A stored block's text (bodyBlocks.ts). */
    blockText: (hash: string) => s.blockText.get(hash),
    countByKind: () => s.countByKind.all(),
    /** The credentials of every pathway in the library (not the trash), by pathway (name, id), then credential name. */
    credentials: () =>
      s.pathways.all().flatMap((pathway) =>
        s.credentialsOfPathway.all(pathway.id).map((row) => ({ pathway_id: pathway.id, pathway_name: pathway.name, ...row })),
      ),
  };
}
export type DocumentsRepo = ReturnType<typeof documentsRepo>;
