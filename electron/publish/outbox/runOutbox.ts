import { setTimeout as sleep } from 'node:timers/promises';
import { fileTopicMemo, REGISTRY_MEMO, registerMessage } from '../../../shared/publish/hcs';
import type { PlannedStepKind } from '../../../shared/publish/plan';
import { encodeHcs1File } from '../hcs1File';
import { MirrorUnreachable, type MirrorClient } from '../mirrorClient';
import type { CrashPoint } from './crashPoints';
import type { LedgerGateway, Unsigned } from './ledgerGateway';
import type { OutboxRow, OutboxStore, PublicationRow } from './outboxStore';

/** The network cannot be reached: the publication stays queued, to be sent when it is back. */
export class NetworkUnreachable extends Error {}
/** The ledger refused the publication for a reason that waiting will not fix (a wrong key, no funds). */
export class PublicationFailed extends Error {}

export interface OutboxContext {
  store: OutboxStore;
  gateway: LedgerGateway;
  mirror: MirrorClient;
  /** networkKey() of the gateway's network: only this network's publications are sent. */
  network: string;
  crash: (point: CrashPoint) => void;
  /** Called after each recorded step, so a view can refresh. */
  onProgress?: () => void;
}

export interface OutboxRun {
  published: number[];
  failed: number[];
  /** Set when the network could not be reached: why, in words. The rest stays queued. */
  waiting?: string;
}

// Chunks go out several at a time: HCS-1 orders them by their `o`, not by consensus order.
const CHUNK_CONCURRENCY = 8;
// Sending is stopped this long before a transaction's validity ends: a node may take a moment to pass it on.
const SEND_MARGIN_NS = 3_000_000_000n;
// How long past its validity window a transaction is given to show up at the mirror node before the
// outbox concludes that it never reached consensus.
const MIRROR_GRACE_NS = 5_000_000_000n;
const UNREACHABLE_TRIES = 3;
// After a call fails in transport (a dropped connection, a deadline), the SDK benches the node for up to
// 1 s (LedgerGateway caps its node backoff there) and fails calls to it meanwhile without sending them.
// A try waits that out, or it is no try: one dropped connection would leave the publication waiting.
const UNREACHABLE_PAUSE_MS = 1_100;

const nowNs = () => BigInt(Date.now()) * 1_000_000n;

/** Sends every queued publication of the context's network, in the order they were asked for. */
export async function runOutbox(context: OutboxContext): Promise<OutboxRun> {
  const run: OutboxRun = { published: [], failed: [] };
  if (!context.store.takeLease()) return { ...run, waiting: 'Another Laurel process is sending this workspace’s outbox.' };
  try {
    return await sendAll(context, run);
  } finally {
    context.store.releaseLease();
  }
}

async function sendAll(context: OutboxContext, run: OutboxRun): Promise<OutboxRun> {
  for (const publication of context.store.pending(context.network)) {
    try {
      await publish(context, publication);
      run.published.push(publication.id);
    } catch (error) {
      if (error instanceof NetworkUnreachable) {
        context.store.update(publication.id, { state: 'queued', message: `Waiting for the network: ${error.message} It goes out when the network is back.` });
        context.onProgress?.();
        run.waiting = error.message;
        return run;
      }
      if (!(error instanceof PublicationFailed)) throw error;
      context.store.update(publication.id, { state: 'failed', message: error.message });
      context.onProgress?.();
      run.failed.push(publication.id);
    }
  }
  return run;
}

async function publish(context: OutboxContext, publication: PublicationRow): Promise<void> {
  const { store } = context;
  store.update(publication.id, { state: 'submitting', message: null });
  context.onProgress?.();

  let registry = store.registry(context.network);
  if (!registry) {
    registry = (await step(context, publication.id, 'create-registry', 0, { kind: 'create-topic', memo: REGISTRY_MEMO })).topicId!;
    store.setRegistry(context.network, registry);
  }
  store.update(publication.id, { registry_topic_id: registry });

  const fileTopic = (await step(context, publication.id, 'create-file-topic', 0, { kind: 'create-topic', memo: fileTopicMemo(publication.sha256) })).topicId!;
  store.update(publication.id, { file_topic_id: fileTopic });
  context.onProgress?.();

  const { chunks } = await encodeHcs1File(publication.content);
  await signAll(
    context,
    publication.id,
    chunks.map((message) => ({ kind: 'message', topicId: fileTopic, message })),
  );
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < chunks.length; i = next++) {
      await step(context, publication.id, 'submit-chunk', i, { kind: 'message', topicId: fileTopic, message: chunks[i]! });
      context.onProgress?.();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CHUNK_CONCURRENCY, chunks.length) }, worker));

  const entry = { fileTopicId: fileTopic, designId: publication.design_id, version: publication.version, sha256: publication.sha256 };
  const registered = await step(context, publication.id, 'register', 0, { kind: 'message', topicId: registry, message: registerMessage(entry) });
  store.update(publication.id, {
    state: 'published',
    message: null,
    registry_sequence: registered.sequenceNumber ?? null,
    consensus_at: await consensusTimestamp(context, registered.transactionId),
    published_at: new Date().toISOString(),
  });
  context.onProgress?.();
}

/** The register message's consensus time, from the mirror node once it has it (it may lag a little). */
async function consensusTimestamp(context: OutboxContext, transactionId: string): Promise<string | null> {
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      const seen = await context.mirror.transaction(transactionId);
      if (seen) return seen.consensus_timestamp;
    } catch {
      return null; // shown later, when the publication is verified
    }
    await sleep(200);
  }
  return null;
}

/** Stores the signed bytes of every chunk not yet signed, in one workspace transaction, before any is sent. */
async function signAll(context: OutboxContext, publicationId: number, messages: Unsigned[]): Promise<void> {
  const have = new Set(context.store.rows(publicationId).filter((r) => r.step === 'submit-chunk').map((r) => r.idx));
  const rows = [];
  for (const [idx, unsigned] of messages.entries()) {
    if (have.has(idx)) continue;
    const signed = await context.gateway.sign(unsigned);
    rows.push(rowOf(publicationId, 'submit-chunk', idx, signed, unsigned, 0));
  }
  if (rows.length > 0) context.store.putManySigned(rows);
}

const rowOf = (publicationId: number, stepKind: PlannedStepKind, idx: number, signed: Awaited<ReturnType<LedgerGateway['sign']>>, unsigned: Unsigned, attempts: number) => ({
  publication_id: publicationId,
  step: stepKind,
  idx,
  transaction_id: signed.transactionId,
  valid_until_ns: signed.validUntilNs.toString(),
  signed_bytes: Buffer.from(signed.bytes),
  topic_id: unsigned.kind === 'message' ? unsigned.topicId : null,
  attempts,
});

interface StepResult {
  transactionId: string;
  topicId?: string;
  sequenceNumber?: number;
}

const findRow = (context: OutboxContext, publicationId: number, stepKind: PlannedStepKind, idx: number) =>
  context.store.rows(publicationId).find((r) => r.step === stepKind && r.idx === idx);

/**
 * One transaction of a publication, exactly once: signed and stored before it is sent, then resolved by
 * its receipt; resent with the same bytes while it is valid; signed anew only once it has expired and
 * the mirror node, past the validity window, has no record of it.
 */
async function step(context: OutboxContext, publicationId: number, stepKind: PlannedStepKind, idx: number, unsigned: Unsigned): Promise<StepResult> {
  const { store, gateway, mirror } = context;
  store.takeLease(); // renewed at every step: a run may outlast the lease
  let row = findRow(context, publicationId, stepKind, idx);
  if (row?.state === 'confirmed') return resultOf(row);
  // A row stored by an earlier run may have been sent: ask before sending. A new one cannot have been.
  let askFirst = row !== undefined;
  if (!row) {
    store.putSigned(rowOf(publicationId, stepKind, idx, await gateway.sign(unsigned), unsigned, 0));
    row = findRow(context, publicationId, stepKind, idx)!;
  }
  let unreachable = 0;
  let sends = 0;
  let wait = 50;
  const pause = async () => {
    await sleep(wait);
    wait = Math.min(wait * 2, 1000);
  };
  const offline = async (message: string) => {
    if (++unreachable >= UNREACHABLE_TRIES) throw new NetworkUnreachable(message);
    await sleep(UNREACHABLE_PAUSE_MS);
  };

  for (;;) {
    if (askFirst) {
      const receipt = await gateway.receipt(row.transaction_id);
      if (receipt.kind === 'success') {
        context.crash('after-receipt');
        store.confirm(row, receipt);
        return { transactionId: row.transaction_id, ...receipt };
      }
      if (receipt.kind === 'failed') throw new PublicationFailed(refusal(context, stepKind, receipt.status));
      // Not yet at consensus. A node that still says so well past the validity window has lost it: from
      // there on the mirror node decides, below.
      if (receipt.kind === 'pending' && nowNs() < BigInt(row.valid_until_ns) + MIRROR_GRACE_NS) {
        await pause();
        continue;
      }
      if (receipt.kind === 'unreachable') {
        await offline(receipt.message);
        continue;
      }
    }
    askFirst = true;
    const validUntil = BigInt(row.valid_until_ns);
    const now = nowNs();
    if (now < validUntil - SEND_MARGIN_NS) {
      // Sent already and not yet known to the node: give it a moment before sending again.
      if (sends++ > 0) await pause();
      context.crash('before-submit');
      const sent = await gateway.submit(row.signed_bytes);
      context.crash('after-submit');
      if (sent.kind === 'unreachable') await offline(sent.message);
      if (sent.kind === 'busy') await pause();
      if (sent.kind === 'refused' && sent.status !== 'TRANSACTION_EXPIRED' && sent.status !== 'INVALID_TRANSACTION_START') {
        throw new PublicationFailed(refusal(context, stepKind, sent.status));
      }
      continue;
    }
    // Past its validity window: it reached consensus before the window closed, or it never will.
    if (now < validUntil + MIRROR_GRACE_NS) {
      await sleep(Number((validUntil + MIRROR_GRACE_NS - now) / 1_000_000n) + 1);
      continue;
    }
    let seen;
    try {
      seen = await mirror.transaction(row.transaction_id);
    } catch (error) {
      if (!(error instanceof MirrorUnreachable)) throw error;
      throw new NetworkUnreachable(error.message);
    }
    if (seen?.result === 'SUCCESS') {
      const result = { topicId: stepKind.startsWith('create') ? seen.entity_id ?? undefined : row.topic_id ?? undefined };
      store.confirm(row, result.topicId ? { topicId: result.topicId } : {});
      return { transactionId: row.transaction_id, ...(result.topicId ? { topicId: result.topicId } : {}) };
    }
    if (seen) throw new PublicationFailed(refusal(context, stepKind, seen.result));
    store.putSigned(rowOf(publicationId, stepKind, idx, await gateway.sign(unsigned), unsigned, row.attempts + 1));
    row = findRow(context, publicationId, stepKind, idx)!;
    askFirst = false;
  }
}

function resultOf(row: OutboxRow): StepResult {
  return { transactionId: row.transaction_id, ...(row.topic_id ? { topicId: row.topic_id } : {}), ...(row.sequence_number !== null ? { sequenceNumber: row.sequence_number } : {}) };
}

const STEP_WORDS: Record<PlannedStepKind, string> = {
  'create-registry': 'Creating the registry topic',
  'create-file-topic': 'Creating the file topic',
  'submit-chunk': 'Sending a chunk',
  register: 'Registering the publication',
};

/** A ledger status in words a person can act on. */
function refusal(context: OutboxContext, stepKind: PlannedStepKind, status: string): string {
  const account = context.gateway.operator.accountId;
  switch (status) {
    case 'INVALID_SIGNATURE':
      return `The key does not match account ${account}: check the operator key and its type in the Hedera network settings.`;
    case 'INSUFFICIENT_PAYER_BALANCE':
    case 'INSUFFICIENT_ACCOUNT_BALANCE':
      return `Account ${account} has too little hbar to pay for publishing.`;
    case 'PAYER_ACCOUNT_NOT_FOUND':
    case 'INVALID_ACCOUNT_ID':
      return `There is no account ${account} on this network.`;
    default:
      return `${STEP_WORDS[stepKind]} failed: the ledger answered ${status}.`;
  }
}
