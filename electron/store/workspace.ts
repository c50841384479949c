import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LaurelError } from '../../shared/api/result';
import { migrateBody, currentBodyVersion } from '../../shared/bodyMigrations';
import type { Design, DesignSummary, DocumentBody, DocumentKind } from '../../shared/documents';
import { isCredential, type PathwayNode } from '../../shared/pathway/model';
import { validateBody } from '../../shared/validateBody';
import { applyChanges, type BodyChanges, type ItemChanges } from '../../shared/bodyChanges';
import { decodeBody, encodeBody, KnownBlocks, type Block, type BlockLists } from './bodyBlocks';
import { documentsRepo, toSummary, type CurrentDocumentRow, type DocumentRow, type NewRevision } from './documentsRepo';
import { frameworksRepo } from './frameworksRepo';
import { createDatabase, openDatabase, type Db } from './openDatabase';
import { SCHEMA_VERSION } from './migrations';

const now = () => new Date().toISOString();
export const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

const notFound = (id: string) => new LaurelError('not-found', `There is no design with id “${id}” in this workspace.`);

/** A design's current revision as the workspace holds it: its stored head, and its blocks (bodyBlocks.ts). */
interface HeldRevision {
  revision: number;
  head: string;
  lists: BlockLists | null;
  blocks: KnownBlocks;
  /** Whether this workspace checked the body (validateBody) before it wrote it, rather than reading it from the file. */
  validated: boolean;
}

/** Options of a save made from changes (Workspace.saveChanges). */
interface ChangedSave {
  /** Of a pathway's nodes and edges, the only ones to check: the rest were checked when saved. */
  onlyItems?: ReadonlySet<unknown>;
  /** The pathway's credentials are as they were, so their rows need no comparing. */
  sameCredentials?: boolean;
}

/** Whether changes to a pathway's nodes leave its credentials (documentsRepo's credentialsOf) as they were. */
function keepsCredentials(nodes: readonly PathwayNode[], change: ItemChanges | undefined): boolean {
  if (!change) return true;
  // Removed or moved nodes move the credentials after them; a node added may be one.
  if (change.remove.length > 0 || change.order) return false;
  // A drag puts one node, found directly; an auto layout puts them all, found through a map.
  const byId = change.put.length > 8 ? new Map<unknown, PathwayNode>(nodes.map((n) => [n.id, n])) : undefined;
  return change.put.every((node) => {
    const was = byId ? byId.get(node.id) : nodes.find((n) => n.id === node.id);
    return was !== undefined && !isCredential(was.kind) && !isCredential(node.kind as PathwayNode['kind']);
  });
}

/** A pathway's nodes, which the credentials table is derived from; other kinds have none. */
const nodesOf = (kind: DocumentKind, body: DocumentBody) => (kind === 'pathway' ? (body.nodes as PathwayNode[]) : undefined);

/**
 * How long the workspace waits after its last write before it copies the WAL into the file. Autosave is
 * debounced (600 ms), so this lands between saves: saves append to the WAL and never pay for the copy,
 * and the WAL stays small. `wal_autocheckpoint` (openDatabase) bounds it when writes never pause.
 */
export const IDLE_CHECKPOINT_MS = 200;

/**
 * One open workspace file: documents with their revision history, and assets by hash. Every change is one
 * synchronous transaction (better-sqlite3), so a crash leaves the file at the last completed save.
 */
export class Workspace {
  private readonly docs;
  private readonly frameworks;
  private idleCheckpoint: NodeJS.Timeout | undefined;
  /**
   * For each design saved or read since the file was opened, its current revision: the next save reuses
   * its blocks without hashing or writing them again (bodyBlocks.ts), and changes (saveChanges) apply to
   * it. Blocks are never deleted, so a block known here is in the file.
   */
  private readonly held = new Map<string, HeldRevision>();
  /** Blocks of designs just saved, to parse once the save has returned (KnownBlocks.parseTexts). */
  private readonly toParse = new Set<KnownBlocks>();
  private parsing: NodeJS.Immediate | undefined;

  private constructor(
    readonly file: string,
    readonly db: Db,
  ) {
    this.docs = documentsRepo(db);
    this.frameworks = frameworksRepo(db);
  }

  static open(file: string): Workspace {
    return new Workspace(path.resolve(file), openDatabase(path.resolve(file)));
  }

  static create(file: string): Workspace {
    return new Workspace(path.resolve(file), createDatabase(path.resolve(file)));
  }

  close(): void {
    clearTimeout(this.idleCheckpoint);
    this.idleCheckpoint = undefined;
    clearImmediate(this.parsing);
    this.toParse.clear();
    if (this.db.open) this.db.close();
  }

  /** Called after every write: (re)arms the idle checkpoint. The timer never keeps the process alive. */
  private wrote(): void {
    if (this.idleCheckpoint) {
      this.idleCheckpoint.refresh();
      return;
    }
    this.idleCheckpoint = setTimeout(() => this.checkpointNow(), IDLE_CHECKPOINT_MS);
    this.idleCheckpoint.unref();
  }

  /** Copies the WAL into the file and starts it afresh: the work a save would otherwise meet. */
  private checkpointNow(): void {
    this.idleCheckpoint = undefined;
    if (!this.db.open) return;
    try {
      // PASSIVE: copies what it can without waiting for, or blocking, anyone.
      const [done] = this.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
      // When all of it was copied, the next write starts the WAL over and syncs its new header first: an
      // fsync (5-30 ms here) inside the next save. Rewriting the schema version, unchanged, is a write that
      // changes nothing and starts the WAL over now instead.
      if (done && done.busy === 0 && done.log > 0 && done.checkpointed === done.log) {
        this.db.pragma(`user_version = ${this.db.pragma('user_version', { simple: true }) as number}`);
      }
    } catch {
      // Nothing is lost: every save is already in the WAL, and the next checkpoint copies it.
    }
  }

  info() {
    const counts: Record<string, number> = {};
    for (const { kind, n } of this.docs.countByKind()) counts[kind] = n;
    return { fileName: path.basename(this.file), path: this.file, schemaVersion: SCHEMA_VERSION, counts };
  }

  list(query?: string) {
    const needle = query?.trim().toLowerCase();
    const match = (name: string) => !needle || name.toLowerCase().includes(needle);
    const designs = this.docs.list().filter((r) => match(r.name)).map(toSummary);
    const credentials = this.docs
      .credentials()
      .filter((c) => match(c.name) || match(c.pathway_name))
      .map((c) => ({ pathwayId: c.pathway_id, pathwayName: c.pathway_name, nodeId: c.node_id, kind: c.kind, name: c.name }));
    return { designs, credentials };
  }

  listDeleted(): DesignSummary[] {
    return this.docs.listDeleted().map(toSummary);
  }

  private row(id: string, { includeDeleted = false } = {}): DocumentRow {
    const row = this.docs.get(id);
    if (!row || (row.deleted_at && !includeDeleted)) throw notFound(id);
    return row;
  }

  /** A stored revision as a design. Reading the current one remembers its blocks for the next save. */
  private toDesign(row: CurrentDocumentRow, { current }: { current: boolean }): Design {
    const seen: Block[] | undefined = current ? [] : undefined;
    const stored = decodeBody(row.body, row.blocks, (hash) => this.docs.blockText(hash), seen);
    if (seen) {
      // Blocks held already (the design was saved since it was opened) keep their parsed items.
      const held = this.held.get(row.id)?.blocks;
      const blocks = held?.are(seen) ? held : new KnownBlocks(seen);
      this.held.set(row.id, { revision: row.revision, head: row.body, lists: row.blocks === null ? null : (JSON.parse(row.blocks) as BlockLists), blocks, validated: false });
    }
    return { ...toSummary(row), body: migrateBody(row.kind, stored) };
  }

  /** The revision row's fields for `body`, with the blocks the file does not hold yet. */
  private encode(id: string, kind: DocumentKind, body: DocumentBody, validated: boolean): Pick<NewRevision, 'body' | 'blocks' | 'newBlocks'> & { remember: (revision: number) => void } {
    const encoded = encodeBody(kind, body, this.held.get(id)?.blocks ?? new KnownBlocks());
    return {
      body: encoded.head,
      blocks: encoded.blocks,
      newBlocks: encoded.used.filter((b) => !b.known),
      // Called once the revision is written: a failed write must not leave blocks "known" that are not there.
      remember: (revision) => {
        const blocks = new KnownBlocks(encoded.used);
        this.held.set(id, { revision, head: encoded.head, lists: encoded.lists, blocks, validated });
        this.parseSoon(blocks);
      },
    };
  }

  /** The body of a held revision, built on the workspace's private copies of its items (KnownBlocks.items). */
  private heldBody({ head, lists, blocks }: HeldRevision): DocumentBody {
    const body = JSON.parse(head) as DocumentBody;
    let from = 0;
    for (const [name, hashes] of Object.entries(lists ?? {})) {
      body[name] = blocks.items(from, hashes.length);
      from += hashes.length;
    }
    return body;
  }

  /** Parses a design's blocks after the current call returns: a design saved once is usually saved again soon. */
  private parseSoon(known: KnownBlocks): void {
    this.toParse.add(known);
    this.parsing ??= setImmediate(() => {
      this.parsing = undefined;
      for (const blocks of this.toParse) blocks.parseTexts();
      this.toParse.clear();
    }).unref();
  }

  /** Whether any document, in the library or in the trash, has this id. */
  has(id: string): boolean {
    return this.docs.exists(id);
  }

  /** The row of a design in the library (not the trash), with its current body as stored. */
  private currentRow(id: string): CurrentDocumentRow {
    const row = this.docs.getCurrent(id);
    if (!row || row.deleted_at) throw notFound(id);
    return row;
  }

  get(id: string): Design {
    return this.toDesign(this.currentRow(id), { current: true });
  }

  /**
   * The design with this id when it is in the library (not the trash) and of `kind`; else undefined. For
   * the documents a design names (a template's kit, a credential's template), which may have gone since.
   */
  designOf(id: string, kind: DocumentKind): Design | undefined {
    const row = this.docs.getCurrent(id);
    return row && !row.deleted_at && row.kind === kind ? this.toDesign(row, { current: true }) : undefined;
  }

  /** Adds a document with its first revision. The body is validated first; nothing is written if it fails. */
  create(kind: DocumentKind, name: string, body: DocumentBody, options: { id?: string; summary?: string } = {}): DesignSummary {
    const id = options.id ?? newId(kind);
    const stored = kind === 'pathway' ? { ...body, id, name } : body;
    validateBody(kind, stored);
    if (this.docs.exists(id)) throw new LaurelError('conflict', `A design with id “${id}” already exists.`);
    const at = now();
    const row: DocumentRow = { id, kind, name, revision: 1, created_at: at, updated_at: at, deleted_at: null };
    const { remember, ...encoded } = this.encode(id, kind, stored, true);
    this.docs.create(row, { name, ...encoded, summary: options.summary ?? 'Created', saved_at: at, nodes: nodesOf(kind, stored) });
    remember(row.revision);
    this.wrote();
    return toSummary(row);
  }

  /** Saves a new version of a design as its next revision. */
  save(id: string, body: DocumentBody, summary = 'Edited'): DesignSummary {
    return this.saveBody(this.row(id), body, summary);
  }

  /**
   * Saves the design's current revision with `changes` made as its next revision: what autosave sends
   * (shared/bodyChanges.ts). Refused with `conflict` when `baseRevision` is not the current revision the
   * workspace holds (another save came between): the caller then saves the whole body.
   */
  saveChanges(id: string, baseRevision: number, changes: BodyChanges, summary = 'Edited'): DesignSummary {
    const row = this.row(id);
    const held = this.held.get(id);
    if (!held || held.revision !== row.revision || row.revision !== baseRevision) {
      throw new LaurelError('conflict', `“${row.name}” is at revision ${row.revision}, not ${baseRevision}: save the whole design instead of its changes.`);
    }
    const base = this.heldBody(held);
    // A revision read from a file of an older format: changes made to the editor's migrated copy do not fit it.
    if (base.schemaVersion !== currentBodyVersion(row.kind)) {
      throw new LaurelError('conflict', `“${row.name}” is stored in an older format: save the whole design instead of its changes.`);
    }
    const body = applyChanges(row.kind, base, changes);
    const items = Object.values(changes.items ?? {});
    return this.saveBody(row, body, summary, {
      // The items kept are those of a body this workspace checked itself before writing it.
      onlyItems: held.validated ? new Set(items.flatMap((change) => change.put)) : undefined,
      sameCredentials: row.kind === 'pathway' && keepsCredentials(base.nodes as PathwayNode[], changes.items?.nodes),
    });
  }

  private saveBody(row: DocumentRow, body: DocumentBody, summary: string, changed: ChangedSave = {}): DesignSummary {
    const { id } = row;
    if (body.schemaVersion !== currentBodyVersion(row.kind)) {
      throw new LaurelError('invalid-document', `Expected a ${row.kind} in format ${currentBodyVersion(row.kind)}, got ${body.schemaVersion}.`);
    }
    // A pathway's id and name live in its body too (its interchange form); the row's are authoritative for id.
    const stored = row.kind === 'pathway' ? { ...body, id } : body;
    validateBody(row.kind, stored, changed.onlyItems);
    const name = row.kind === 'pathway' ? String(stored.name ?? "").trim() || row.name : row.name;
    return this.writeRevision(row, name, stored, summary, { validated: true, sameCredentials: changed.sameCredentials });
  }

  /** Adds the next revision, with `body` (already valid) as the current body. */
  private writeRevision(row: DocumentRow, name: string, body: DocumentBody, summary: string, { validated = false, sameCredentials = false } = {}): DesignSummary {
    const at = now();
    const revision = row.revision + 1;
    const { remember, ...encoded } = this.encode(row.id, row.kind, body, validated);
    const nodes = sameCredentials ? undefined : nodesOf(row.kind, body);
    this.docs.addRevision(row.id, revision, { name, ...encoded, summary, saved_at: at, nodes });
    remember(revision);
    this.wrote();
    return toSummary({ ...row, name, revision, updated_at: at });
  }

  rename(id: string, name: string): DesignSummary {
    const row = this.currentRow(id);
    const current = this.toDesign(row, { current: true });
    const renamed = row.kind === 'pathway' ? { ...current.body, name } : current.body;
    return this.writeRevision(row, name, renamed, `Renamed from “${row.name}” to “${name}”`);
  }

  duplicate(id: string): DesignSummary {
    const source = this.get(id);
    return this.create(source.kind, `${source.name} (copy)`, source.body, { summary: `Duplicated from “${source.name}”` });
  }

  /** Moves a design to the trash: it disappears from the library but keeps its rows and history. */
  delete(id: string): { deleted: string } {
    this.row(id);
    this.docs.setDeleted(id, now());
    this.wrote();
    return { deleted: id };
  }

  restoreDeleted(id: string): DesignSummary {
    const row = this.row(id, { includeDeleted: true });
    this.docs.setDeleted(id, null);
    this.wrote();
    return toSummary({ ...row, deleted_at: null });
  }

  listRevisions(id: string) {
    this.row(id, { includeDeleted: true });
    return this.docs.listRevisions(id);
  }

  getRevision(id: string, revision: number): Design {
    const row = this.row(id, { includeDeleted: true });
    const rev = this.docs.getRevision(id, revision);
    if (!rev) throw new LaurelError('not-found', `“${row.name}” has no revision ${revision}.`);
    return this.toDesign({ ...row, name: rev.name, body: rev.body, blocks: rev.blocks, revision: rev.revision, updated_at: rev.saved_at }, { current: false });
  }

  /** Restoring is itself a new revision, so the restore can be undone from history too. */
  restoreRevision(id: string, revision: number): DesignSummary {
    const old = this.getRevision(id, revision);
    const row = this.row(id);
    return this.writeRevision(row, old.name, old.body, `Restored revision ${revision}`);
  }

  /** Items of the skill frameworks (not those in the trash) whose name, code or description contains `query`. */
  searchSkills(query: string, limit: number) {
    return this.frameworks.search(query, limit);
  }

  /** Stores bytes once by SHA-256 and returns the digest. */
  putAsset(data: Uint8Array, mediaType: string): string {
    const sha256 = crypto.createHash('sha256').update(data).digest('hex');
    this.db
      .prepare('INSERT OR IGNORE INTO assets (sha256, media_type, byte_length, data, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(sha256, mediaType, data.byteLength, Buffer.from(data), now());
    this.wrote();
    return sha256;
  }

  getAsset(sha256: string): { mediaType: string; data: Buffer } | undefined {
    const row = this.db.prepare<[string], { media_type: string; data: Buffer }>('SELECT media_type, data FROM assets WHERE sha256 = ?').get(sha256);
    return row && { mediaType: row.media_type, data: row.data };
  }

  /**
   * Writes a consistent copy to `target` with VACUUM INTO (never a file copy of an open database).
   * Refuses to replace an existing file.
   */
  backupTo(target: string): string {
    const file = path.resolve(target);
    if (fs.existsSync(file)) throw new LaurelError('conflict', `“${path.basename(file)}” already exists; Laurel never overwrites a file.`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db.prepare('VACUUM INTO ?').run(file);
    return file;
  }
}
