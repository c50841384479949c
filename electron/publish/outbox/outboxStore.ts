import type { PlannedStepKind, PublicationState, PublicationSummary } from '../../../shared/publish/plan';
import { readMeta, writeMeta } from '../../store/meta';
import type { Db } from '../../store/openDatabase';
import { releaseLease, takeLease } from './outboxLease';

/** The publications and outbox tables of a workspace (migration 3), in the terms of the outbox. */
export interface PublicationRow {
  id: number;
  design_id: string;
  design_name: string;
  network: string;
  version: number;
  sha256: string;
  content: Buffer;
  state: PublicationState;
  message: string | null;
  file_topic_id: string | null;
  registry_topic_id: string | null;
  registry_sequence: number | null;
  consensus_at: string | null;
  requested_at: string;
  published_at: string | null;
}

export interface OutboxRow {
  publication_id: number;
  step: PlannedStepKind;
  idx: number;
  transaction_id: string;
  valid_until_ns: string;
  signed_bytes: Buffer;
  state: 'signed' | 'confirmed';
  topic_id: string | null;
  sequence_number: number | null;
  consensus_at: string | null;
  attempts: number;
}

const registryKey = (network: string) => `hedera.registry:${network}`;

export function outboxStore(db: Db) {
  const s = {
    unchanged: db.prepare<[string, string, string], PublicationRow>(
      "SELECT * FROM publications WHERE network = ? AND design_id = ? AND sha256 = ? AND state <> 'failed' ORDER BY id DESC LIMIT 1",
    ),
    lastVersion: db.prepare<[string, string], { v: number | null }>('SELECT max(version) AS v FROM publications WHERE network = ? AND design_id = ?'),
    insert: db.prepare(
      "INSERT INTO publications (design_id, design_name, network, version, sha256, content, state, requested_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?)",
    ),
    get: db.prepare<[number], PublicationRow>('SELECT * FROM publications WHERE id = ?'),
    pending: db.prepare<[string], PublicationRow>("SELECT * FROM publications WHERE network = ? AND state IN ('queued', 'submitting') ORDER BY id"),
    anyPending: db.prepare<[], { network: string }>("SELECT DISTINCT network FROM publications WHERE state IN ('queued', 'submitting')"),
    list: db.prepare<[], PublicationRow>('SELECT * FROM publications ORDER BY id DESC'),
    listOf: db.prepare<[string], PublicationRow>('SELECT * FROM publications WHERE design_id = ? ORDER BY id DESC'),
    // In the order a publication goes out: registry, file topic, chunks, register.
    rows: db.prepare<[number], OutboxRow>(
      "SELECT * FROM outbox WHERE publication_id = ? ORDER BY CASE step WHEN 'create-registry' THEN 0 WHEN 'create-file-topic' THEN 1 WHEN 'submit-chunk' THEN 2 ELSE 3 END, idx",
    ),
    putRow: db.prepare(
      `INSERT INTO outbox (publication_id, step, idx, transaction_id, valid_until_ns, signed_bytes, state, topic_id, attempts)
       VALUES (@publication_id, @step, @idx, @transaction_id, @valid_until_ns, @signed_bytes, 'signed', @topic_id, @attempts)
       ON CONFLICT (publication_id, step, idx) DO UPDATE SET transaction_id = excluded.transaction_id, valid_until_ns = excluded.valid_until_ns,
         signed_bytes = excluded.signed_bytes, state = 'signed', attempts = excluded.attempts`,
    ),
    confirmRow: db.prepare(
      "UPDATE outbox SET state = 'confirmed', topic_id = coalesce(@topic_id, topic_id), sequence_number = @sequence_number WHERE publication_id = @publication_id AND step = @step AND idx = @idx",
    ),
    rowConsensus: db.prepare('UPDATE outbox SET consensus_at = ? WHERE publication_id = ? AND step = ? AND idx = ?'),
  };

  const update = (id: number, fields: Partial<Omit<PublicationRow, 'id'>>) => {
    const names = Object.keys(fields);
    if (names.length === 0) return;
    db.prepare(`UPDATE publications SET ${names.map((n) => `${n} = @${n}`).join(', ')} WHERE id = @id`).run({ ...fields, id });
  };

  return {
    unchanged: (network: string, designId: string, sha256: string) => s.unchanged.get(network, designId, sha256),
    nextVersion: (network: string, designId: string) => (s.lastVersion.get(network, designId)?.v ?? 0) + 1,
    insert(row: { designId: string; designName: string; network: string; version: number; sha256: string; content: Buffer }): number {
      const result = s.insert.run(row.designId, row.designName, row.network, row.version, row.sha256, row.content, new Date().toISOString());
      return Number(result.lastInsertRowid);
    },
    get: (id: number) => s.get.get(id),
    pending: (network: string) => s.pending.all(network),
    networksWithPending: () => s.anyPending.all().map((r) => r.network),
    list: (designId?: string) => (designId ? s.listOf.all(designId) : s.list.all()),
    rows: (publicationId: number) => s.rows.all(publicationId),
    update,
    /** Stores a signed transaction before it is sent: the outbox's promise that it is sent under this id or provably never. */
    putSigned(row: Pick<OutboxRow, 'publication_id' | 'step' | 'idx' | 'transaction_id' | 'valid_until_ns' | 'signed_bytes' | 'topic_id' | 'attempts'>) {
      s.putRow.run(row);
    },
    putManySigned: db.transaction((rows: Parameters<ReturnType<typeof outboxStore>['putSigned']>[0][]) => {
      for (const row of rows) s.putRow.run(row);
    }),
    confirm(row: Pick<OutboxRow, 'publication_id' | 'step' | 'idx'>, receipt: { topicId?: string; sequenceNumber?: number }) {
      s.confirmRow.run({ publication_id: row.publication_id, step: row.step, idx: row.idx, topic_id: receipt.topicId ?? null, sequence_number: receipt.sequenceNumber ?? null });
    },
    setConsensus(row: Pick<OutboxRow, 'publication_id' | 'step' | 'idx'>, consensusAt: string) {
      s.rowConsensus.run(consensusAt, row.publication_id, row.step, row.idx);
    },
    registry: (network: string) => readMeta(db, registryKey(network)),
    setRegistry: (network: string, topicId: string) => writeMeta(db, registryKey(network), topicId),
    takeLease: () => takeLease(db),
    releaseLease: () => releaseLease(db),
  };
}
export type OutboxStore = ReturnType<typeof outboxStore>;

export function publicationSummary(row: PublicationRow, rows: readonly OutboxRow[]): PublicationSummary {
  const chunks = rows.filter((r) => r.step === 'submit-chunk');
  const summary: PublicationSummary = {
    id: row.id,
    designId: row.design_id,
    designName: row.design_name,
    version: row.version,
    sha256: row.sha256,
    network: row.network,
    state: row.state,
    chunks: chunks.length,
    chunksConfirmed: chunks.filter((r) => r.state === 'confirmed').length,
    requestedAt: row.requested_at,
    transactions: rows.map((r) => ({
      step: r.step,
      index: r.idx,
      transactionId: r.transaction_id,
      state: r.state,
      ...(r.consensus_at ? { consensusTimestamp: r.consensus_at } : {}),
      ...(r.sequence_number !== null ? { sequenceNumber: r.sequence_number } : {}),
    })),
  };
  if (row.message) summary.message = row.message;
  if (row.file_topic_id) summary.fileTopicId = row.file_topic_id;
  if (row.registry_topic_id) summary.registryTopicId = row.registry_topic_id;
  if (row.registry_sequence !== null) summary.registrySequenceNumber = row.registry_sequence;
  if (row.consensus_at) summary.consensusTimestamp = row.consensus_at;
  if (row.published_at) summary.publishedAt = row.published_at;
  return summary;
}
