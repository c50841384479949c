import { AccountId, PrivateKey, Timestamp, TopicCreateTransaction, TransactionId } from '@hiero-ledger/sdk';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseRegisterMessage, REGISTRY_MEMO } from '../../../shared/publish/hcs';
import type { NetworkSettings } from '../../../shared/publish/network';
import { encodeHcs1File } from '../../../electron/publish/hcs1File';
import type { RunningLedger } from '../../../electron/publish/ledger/ledger';
import { OPERATOR_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER } from '../../../electron/publish/ledger/localNodeDefaults';
import { mirrorTransactionId } from '../../../electron/publish/mirrorClient';
import { resolveNetwork } from '../../../electron/publish/networkEndpoints';
import type { Operator } from '../../../electron/publish/operator';
import { LedgerGateway, VALID_DURATION_S } from '../../../electron/publish/outbox/ledgerGateway';
import { outboxStore, type OutboxRow, type PublicationRow } from '../../../electron/publish/outbox/outboxStore';
import { FileOperatorKeyStore } from '../../../electron/publish/operatorKeys';
import { OutboxSender } from '../../../electron/publish/outboxSender';
import { enqueuePublication, saveNetworkSettings, sendOutbox } from '../../../electron/publish/publisher';
import { verifyPublications } from '../../../electron/publish/verifyPublication';
import { EXAMPLE_IDS, seedExample } from '../../../electron/store/seed';
import { Workspace } from '../../../electron/store/workspace';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';
import { requestsTo, startTestLedger } from '../ledger/ledgerHarness';

// The outbox against the local ledger over real gRPC, with the network misbehaving in each way a real one
// can (issue #6): whatever happens, the ledger must end up holding each transaction of a publication once.

const CREATE_TOPIC = 'ConsensusService/createTopic';
const SUBMIT_MESSAGE = 'ConsensusService/submitMessage';
// The SDK gives up on one gRPC call after its default deadline of 10 s; an answer held longer is never heard.
const PAST_GRPC_DEADLINE_MS = 10_500;

let ledger: RunningLedger;
let settings: NetworkSettings;
const operator: Operator = { accountId: OPERATOR_ACCOUNT_ID, key: PrivateKey.fromStringDer(OPERATOR_PRIVATE_KEY_DER) };
const workspaces: Workspace[] = [];

beforeAll(async () => {
  ledger = await startTestLedger();
  settings = { network: 'local', endpoints: { consensus: ledger.grpcAddress, nodeAccountId: ledger.nodeAccountId, mirrorUrl: ledger.mirrorUrl } };
});
afterEach(async () => {
  await ledger.faults.clear();
  for (const workspace of workspaces.splice(0)) workspace.close();
});
afterAll(async () => {
  await ledger?.stop();
  removeTempDirs();
});

/** A new workspace holding the example pathway, with its publication queued (nothing sent yet). */
function queuedExample(): { workspace: Workspace; publicationId: number } {
  const workspace = Workspace.create(path.join(makeTempDir('laurel-outbox-faults-'), 'faults.laurel'));
  workspaces.push(workspace);
  seedExample(workspace);
  const queued = enqueuePublication(workspace, EXAMPLE_IDS.pathway, settings);
  expect(queued).toMatchObject({ unchanged: false, publication: { state: 'queued', version: 1 } });
  return { workspace, publicationId: queued.publication.id };
}

/** The ledger's transactions so far, by the mirror node's transaction id: what a test diffs against afterwards. */
const ledgerTransactionIds = () => new Set(ledger.state.transactions.keys());

const rowsOf = (workspace: Workspace, publicationId: number) => outboxStore(workspace.db).rows(publicationId);
const rowOf = (workspace: Workspace, publicationId: number, step: OutboxRow['step'], idx = 0) => rowsOf(workspace, publicationId).find((r) => r.step === step && r.idx === idx)!;
const answersFor = (method: string, transactionId: string) =>
  requestsTo(ledger, method)
    .filter((r) => r.transactionId === mirrorTransactionId(transactionId))
    .map((r) => r.answer);
const messageText = (message: Buffer) => message.toString('utf8');

/**
 * What "published exactly once" means on the ledger: the workspace's one publication is published; since
 * `before`, the ledger took exactly the outbox's transactions (two topic creations, one message per chunk,
 * one register), each once and each successful; the file topic holds every chunk order once; the registry
 * holds one entry; and the mirror node's copy verifies against the workspace.
 */
async function expectPublishedOnce(workspace: Workspace, publicationId: number, before: ReadonlySet<string>): Promise<PublicationRow> {
  const store = outboxStore(workspace.db);
  expect(store.list().map((p) => p.id)).toEqual([publicationId]);
  const publication = store.get(publicationId)!;
  expect(publication).toMatchObject({ state: 'published', version: 1, message: null });
  const { chunks } = await encodeHcs1File(publication.content);
  expect(chunks).toHaveLength(6);

  const rows = store.rows(publicationId);
  expect(rows.map((r) => r.state)).toEqual(Array(chunks.length + 3).fill('confirmed'));
  const taken = [...ledger.state.transactions].filter(([id]) => !before.has(id));
  expect(taken.map(([id]) => id).sort()).toEqual(rows.map((r) => mirrorTransactionId(r.transaction_id)).sort());
  expect(taken.map(([, entry]) => entry.status)).toEqual(Array(chunks.length + 3).fill('SUCCESS'));
  const created = taken.filter(([, entry]) => entry.name === 'CONSENSUSCREATETOPIC').map(([, entry]) => entry.entityId);
  expect(created.sort()).toEqual([publication.registry_topic_id, publication.file_topic_id].sort());

  const orders = ledger.state.messages.get(publication.file_topic_id!)!.map((m) => (JSON.parse(messageText(m.message)) as { o: number }).o);
  expect(orders.sort((a, b) => a - b)).toEqual(chunks.map((_, o) => o));
  const entries = ledger.state.messages.get(publication.registry_topic_id!)!.map((m) => parseRegisterMessage(messageText(m.message)));
  expect(entries).toEqual([{ fileTopicId: publication.file_topic_id, designId: EXAMPLE_IDS.pathway, version: 1, sha256: publication.sha256 }]);

  const verification = await verifyPublications({ network: resolveNetwork(settings).key, mirrorUrl: ledger.mirrorUrl, registryTopicId: publication.registry_topic_id!, workspace });
  expect(verification.problems).toEqual([]);
  expect(verification.checked.map((c) => [c.fileTopicId, c.ok, c.problems, c.local])).toEqual([[publication.file_topic_id, true, [], 'same']]);
  expect(verification.ok).toBe(true);
  return publication;
}

describe('the outbox publishes exactly once while the network misbehaves', () => {
  it('resends the same signed bytes after two BUSY answers, and the ledger takes them once', { timeout: 60_000 }, async () => {
    const { workspace, publicationId } = queuedExample();
    const before = ledgerTransactionIds();
    ledger.faults.busyNext(2);

    const run = await sendOutbox(workspace, settings, operator);

    expect(run).toEqual({ published: [publicationId], failed: [] });
    const registry = rowOf(workspace, publicationId, 'create-registry');
    expect(answersFor(CREATE_TOPIC, registry.transaction_id)).toEqual(['BUSY', 'BUSY', 'OK']);
    expect(registry.attempts).toBe(0);
    await expectPublishedOnce(workspace, publicationId, before);
  });

  it('survives an answer held past the SDK’s gRPC deadline: the late original and any resend count once', { timeout: 90_000 }, async () => {
    const { workspace, publicationId } = queuedExample();
    const before = ledgerTransactionIds();
    ledger.faults.delayAnswers(PAST_GRPC_DEADLINE_MS, 1);
    const started = Date.now();

    const run = await sendOutbox(workspace, settings, operator);

    expect(run).toEqual({ published: [publicationId], failed: [] });
    // The held answer was the registry's creation; the outbox waited it out rather than signing it anew.
    expect(Date.now() - started).toBeGreaterThanOrEqual(PAST_GRPC_DEADLINE_MS - 1000);
    expect(ledger.faults.snapshot().delayMs).toBe(0);
    const registry = rowOf(workspace, publicationId, 'create-registry');
    expect(registry.attempts).toBe(0);
    const answers = answersFor(CREATE_TOPIC, registry.transaction_id);
    expect(answers.filter((a) => a === 'OK')).toHaveLength(1);
    expect(answers.filter((a) => a !== 'OK' && a !== 'DUPLICATE_TRANSACTION')).toEqual([]);
    await expectPublishedOnce(workspace, publicationId, before);
  });

  it('resolves transactions whose connection dropped after the node accepted them by their receipt, without a second copy', { timeout: 60_000 }, async () => {
    const { workspace, publicationId } = queuedExample();
    const before = ledgerTransactionIds();
    // The registry's and the file topic's creation, then one chunk: each reaches consensus, and its sender hears nothing.
    ledger.faults.dropNextAfterAccept(3);

    const run = await sendOutbox(workspace, settings, operator);

    expect(run).toEqual({ published: [publicationId], failed: [] });
    const dropped = ledger.requests().filter((r) => r.answer === 'DROPPED');
    expect(dropped.map((r) => r.method)).toEqual([CREATE_TOPIC, CREATE_TOPIC, SUBMIT_MESSAGE]);
    const rows = rowsOf(workspace, publicationId);
    for (const request of dropped) {
      const row = rows.find((r) => mirrorTransactionId(r.transaction_id) === request.transactionId);
      expect(row, `the dropped ${request.transactionId} is the outbox's own`).toBeDefined();
      expect(row!.attempts).toBe(0);
      // Accepted once (the drop); anything sent again under the same id was a duplicate.
      expect(answersFor(request.method, row!.transaction_id).filter((a) => a !== 'DUPLICATE_TRANSACTION')).toEqual(['DROPPED']);
    }
    await expectPublishedOnce(workspace, publicationId, before);
  });

  it('waits out a consensus node that refuses connections for a few seconds, within one run', { timeout: 60_000 }, async () => {
    const { workspace, publicationId } = queuedExample();
    const before = ledgerTransactionIds();
    await ledger.faults.refuseConnections(2500);
    const started = Date.now();

    const run = await sendOutbox(workspace, settings, operator);

    expect(run).toEqual({ published: [publicationId], failed: [] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(rowOf(workspace, publicationId, 'create-registry').attempts).toBe(0);
    await expectPublishedOnce(workspace, publicationId, before);
  });

  it('keeps the publication queued while the node stays unreachable, then sends the stored bytes once it is back', { timeout: 120_000 }, async () => {
    const { workspace, publicationId } = queuedExample();
    const before = ledgerTransactionIds();
    await ledger.faults.refuseConnections();

    const offline = await sendOutbox(workspace, settings, operator);

    expect(offline.published).toEqual([]);
    expect(offline.failed).toEqual([]);
    expect(offline.waiting).toEqual(expect.any(String));
    const waiting = outboxStore(workspace.db).get(publicationId)!;
    expect(waiting.state).toBe('queued');
    expect(waiting.message).toBe(`Waiting for the network: ${offline.waiting} It goes out when the network is back.`);
    expect(waiting.message).toMatch(/^Waiting for the network: the consensus node 127\.0\.0\.1:\d+ does not answer/);
    expect(ledgerTransactionIds().size).toBe(before.size);
    const storedWhileOffline = rowOf(workspace, publicationId, 'create-registry').transaction_id;

    await ledger.faults.acceptConnections();
    const online = await sendOutbox(workspace, settings, operator);

    expect(online).toEqual({ published: [publicationId], failed: [] });
    // Still valid, so the bytes signed while offline were sent as they were: no second id for the same step.
    const registry = rowOf(workspace, publicationId, 'create-registry');
    expect(registry.transaction_id).toBe(storedWhileOffline);
    expect(registry.attempts).toBe(0);
    await expectPublishedOnce(workspace, publicationId, before);
  });

  it('in the app, sends what waited by itself once the network is back', { timeout: 150_000 }, async () => {
    const { workspace, publicationId } = queuedExample();
    const before = ledgerTransactionIds();
    const keys = new FileOperatorKeyStore(path.join(makeTempDir('laurel-outbox-keys-'), 'operators'), undefined, () => undefined);
    await saveNetworkSettings(workspace, keys, { ...settings, operatorAccountId: OPERATOR_ACCOUNT_ID, keyType: 'ED25519' }, OPERATOR_PRIVATE_KEY_DER);
    await ledger.faults.refuseConnections();
    const sender = new OutboxSender(() => workspace, keys);
    try {
      sender.kick();
      await expect.poll(() => outboxStore(workspace.db).get(publicationId)!.message ?? '', { timeout: 90_000, interval: 500 }).toMatch(/^Waiting for the network/);
      expect(outboxStore(workspace.db).get(publicationId)!.state).toBe('queued');
      await ledger.faults.acceptConnections();
      // Nobody asks again: the sender's own retry (every few seconds while it waits) sends it.
      await expect.poll(() => outboxStore(workspace.db).get(publicationId)!.state, { timeout: 45_000, interval: 500 }).toBe('published');
    } finally {
      sender.stop();
      await sender.idle();
    }
    await expectPublishedOnce(workspace, publicationId, before);
  });

  it('keeps asking for receipts while consensus lags, and sends nothing twice meanwhile', { timeout: 60_000 }, async () => {
    const { workspace, publicationId } = queuedExample();
    const before = ledgerTransactionIds();
    ledger.faults.lagConsensus(1500);

    const run = await sendOutbox(workspace, settings, operator);

    expect(run).toEqual({ published: [publicationId], failed: [] });
    const rows = rowsOf(workspace, publicationId);
    for (const row of rows) {
      const method = row.step.startsWith('create') ? CREATE_TOPIC : SUBMIT_MESSAGE;
      expect(answersFor(method, row.transaction_id).filter((a) => a !== 'DUPLICATE_TRANSACTION'), `${row.step} ${row.idx}`).toEqual(['OK']);
    }
    await expectPublishedOnce(workspace, publicationId, before);
  });

  it('fails the publication with words a person can act on when the key does not match the account', { timeout: 60_000 }, async () => {
    const { workspace, publicationId } = queuedExample();
    const before = ledgerTransactionIds();
    const wrongKey: Operator = { accountId: OPERATOR_ACCOUNT_ID, key: PrivateKey.generateED25519() };

    const run = await sendOutbox(workspace, settings, wrongKey);

    expect(run).toEqual({ published: [], failed: [publicationId] });
    const publication = outboxStore(workspace.db).get(publicationId)!;
    expect(publication.state).toBe('failed');
    expect(publication.message).toBe('The key does not match account 0.0.2: check the operator key and its type in the Hedera network settings.');
    expect(answersFor(CREATE_TOPIC, rowOf(workspace, publicationId, 'create-registry').transaction_id)).toEqual(['INVALID_SIGNATURE']);
    expect(ledgerTransactionIds().size).toBe(before.size);
  });
});

describe('the outbox signs a transaction anew only when it provably never reached consensus', () => {
  /**
   * Stores the registry's creation as an earlier run would have, with a valid start `startedAgoMs` ago, and
   * sends it when asked. Signed here with the SDK as the gateway signs: the gateway itself only signs as of now.
   */
  async function storeRegistryCreation(workspace: Workspace, publicationId: number, startedAgoMs: number, options: { send: boolean }) {
    const validStartMs = Date.now() - startedAgoMs;
    const transactionId = TransactionId.withValidStart(AccountId.fromString(operator.accountId), Timestamp.fromDate(new Date(validStartMs)));
    const client = resolveNetwork(settings).client();
    const gateway = new LedgerGateway(client, operator);
    try {
      const transaction = new TopicCreateTransaction()
        .setTopicMemo(REGISTRY_MEMO)
        .setSubmitKey(operator.key.publicKey)
        .setTransactionId(transactionId)
        .setNodeAccountIds([AccountId.fromString(ledger.nodeAccountId)])
        .setTransactionValidDuration(VALID_DURATION_S);
      transaction.freezeWith(client);
      await transaction.sign(operator.key);
      const stored = { transactionId: transactionId.toString(), bytes: transaction.toBytes(), validUntilMs: validStartMs + VALID_DURATION_S * 1000 };
      outboxStore(workspace.db).putSigned({
        publication_id: publicationId,
        step: 'create-registry',
        idx: 0,
        transaction_id: stored.transactionId,
        valid_until_ns: (BigInt(stored.validUntilMs) * 1_000_000n).toString(),
        signed_bytes: Buffer.from(stored.bytes),
        topic_id: null,
        attempts: 0,
      });
      return { ...stored, sent: options.send ? await gateway.submit(stored.bytes) : undefined };
    } finally {
      gateway.close();
    }
  }

  it('rebuilds a stored transaction whose validity ended unsent: a new id, one more attempt, one topic', { timeout: 60_000 }, async () => {
    const { workspace, publicationId } = queuedExample();
    const before = ledgerTransactionIds();
    // Valid for 120 s from 135 s ago: its window closed 15 s ago, past the outbox's grace for the mirror node.
    const stale = await storeRegistryCreation(workspace, publicationId, 135_000, { send: false });

    const run = await sendOutbox(workspace, settings, operator);

    expect(run).toEqual({ published: [publicationId], failed: [] });
    const registry = rowOf(workspace, publicationId, 'create-registry');
    expect(registry.attempts).toBe(1);
    expect(registry.transaction_id).not.toBe(stale.transactionId);
    // The expired bytes were never sent: the receipt and the mirror node were asked, then a new transaction signed.
    expect(answersFor(CREATE_TOPIC, stale.transactionId)).toEqual([]);
    expect(ledger.state.transactions.has(mirrorTransactionId(stale.transactionId))).toBe(false);
    expect(answersFor(CREATE_TOPIC, registry.transaction_id)).toEqual(['OK']);
    await expectPublishedOnce(workspace, publicationId, before);
  });

  it('does not rebuild a stored transaction that reached consensus before its validity ended', { timeout: 60_000 }, async () => {
    const { workspace, publicationId } = queuedExample();
    const before = ledgerTransactionIds();
    // Valid for 120 s from 113 s ago: sent while still valid, and over by the time the outbox looks at it.
    const stored = await storeRegistryCreation(workspace, publicationId, 113_000, { send: true });
    expect(stored.sent).toEqual({ kind: 'accepted' });
    await new Promise((resolve) => setTimeout(resolve, stored.validUntilMs - Date.now() + 100));

    const run = await sendOutbox(workspace, settings, operator);

    expect(run).toEqual({ published: [publicationId], failed: [] });
    const registry = rowOf(workspace, publicationId, 'create-registry');
    expect(registry.transaction_id).toBe(stored.transactionId);
    expect(registry.attempts).toBe(0);
    expect(answersFor(CREATE_TOPIC, registry.transaction_id)).toEqual(['OK']);
    await expectPublishedOnce(workspace, publicationId, before);
  });
});
