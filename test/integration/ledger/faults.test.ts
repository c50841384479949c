import {
  AccountId,
  PrecheckStatusError,
  Status,
  Timestamp,
  TopicCreateTransaction,
  TopicMessageSubmitTransaction,
  TransactionId,
  TransactionReceiptQuery,
  type Client,
} from '@hiero-ledger/sdk';
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningLedger } from '../../../electron/publish/ledger/ledger';
import { mirrorGet, requestsTo, sdkClient, startTestLedger } from './ledgerHarness';

let ledger: RunningLedger;
let client: Client;
let topicId: string;
beforeAll(async () => {
  ledger = await startTestLedger();
  client = sdkClient(ledger);
  topicId = (await (await new TopicCreateTransaction().execute(client)).getReceipt(client)).topicId!.toString();
});
afterEach(async () => {
  await ledger.faults.clear();
});
afterAll(async () => {
  client.close();
  await ledger.stop();
});

const SUBMIT = 'ConsensusService/submitMessage';

/** A message with its own transaction id, fixed before the first attempt, as the outbox does. */
function outboxMessage(text: string) {
  const id = TransactionId.withValidStart(AccountId.fromString('0.0.2'), Timestamp.fromDate(new Date(Date.now() - 4000)));
  return new TopicMessageSubmitTransaction().setTopicId(topicId).setMessage(text).setTransactionId(id).freezeWith(client);
}

const attemptsOf = (transactionId: TransactionId) => {
  const mirrorId = `${transactionId.accountId}-${transactionId.validStart!.seconds}-${transactionId.validStart!.nanos.toString().padStart(9, '0')}`;
  return requestsTo(ledger, SUBMIT).filter((r) => r.transactionId === mirrorId);
};

async function messagesWith(text: string): Promise<number> {
  const { body } = await mirrorGet<{ messages: { message: string }[] }>(ledger, `/api/v1/topics/${topicId}/messages?limit=100`);
  return body.messages.filter((m) => Buffer.from(m.message, 'base64').toString() === text).length;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('fault injection', () => {
  it('answers BUSY to the next submissions; the SDK retries the same transaction until it is taken', async () => {
    ledger.faults.busyNext(2);
    const before = requestsTo(ledger, SUBMIT).length;
    const transaction = outboxMessage('busy');
    const response = await transaction.execute(client);
    expect((await response.getReceipt(client)).status).toBe(Status.Success);

    expect(requestsTo(ledger, SUBMIT).slice(before).map((r) => r.answer)).toEqual(['BUSY', 'BUSY', 'OK']);
    expect(attemptsOf(transaction.transactionId!).map((r) => r.answer)).toEqual(['BUSY', 'BUSY', 'OK']);
    expect(await messagesWith('busy')).toBe(1);
  });

  it('drops the connection after accepting: the transaction reached consensus, a resubmission is a duplicate', async () => {
    ledger.faults.dropNextAfterAccept(1);
    const transaction = outboxMessage('dropped');
    // The SDK sees the connection reset, retries with the same bytes, and the node says it has them already.
    const error = await transaction.execute(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrecheckStatusError);
    expect((error as PrecheckStatusError).status).toBe(Status.DuplicateTransaction);
    expect(requestsTo(ledger, SUBMIT).slice(-2).map((r) => r.answer)).toEqual(['DROPPED', 'DUPLICATE_TRANSACTION']);

    // Resolving by receipt finds it.
    const receipt = await new TransactionReceiptQuery().setTransactionId(transaction.transactionId!).execute(client);
    expect(receipt.status).toBe(Status.Success);
    expect(receipt.topicSequenceNumber!.toNumber()).toBeGreaterThan(0);
    expect(await messagesWith('dropped')).toBe(1);
  });

  it('delays answers past the SDK’s gRPC deadline; the retry is taken and the late original is a duplicate', async () => {
    ledger.faults.delayAnswers(2000, 1);
    const transaction = outboxMessage('slow');
    const started = Date.now();
    const response = await transaction.setGrpcDeadline(400).execute(client);
    expect((await response.getReceipt(client)).status).toBe(Status.Success);
    expect(Date.now() - started).toBeLessThan(2000);

    await new Promise((resolve) => setTimeout(resolve, 2000));
    const answers = attemptsOf(transaction.transactionId!).map((r) => r.answer);
    expect(answers).toEqual(['OK', 'DUPLICATE_TRANSACTION']);
    expect(await messagesWith('slow')).toBe(1);
  });

  it('refuses connections while told to, and takes them again afterwards', async () => {
    expect(await canConnect(ledger.grpcPort)).toBe(true);
    await ledger.faults.refuseConnections();
    expect(await canConnect(ledger.grpcPort)).toBe(false);
    await ledger.faults.acceptConnections();
    expect(await canConnect(ledger.grpcPort)).toBe(true);
  });

  it('comes back by itself after refusing for a while, and the SDK gets through once it has', async () => {
    await ledger.faults.refuseConnections(800);
    const started = Date.now();
    const response = await outboxMessage('patient').execute(client);
    expect((await response.getReceipt(client)).status).toBe(Status.Success);
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
    expect(ledger.faults.snapshot().refusingConnections).toBe(false);
  });

  it('lags consensus when told to: the receipt is UNKNOWN (the SDK keeps asking) until consensus time', async () => {
    ledger.faults.lagConsensus(1000);
    const receiptQueries = () => requestsTo(ledger, 'CryptoService/getTransactionReceipts').length;
    const response = await outboxMessage('pending').execute(client);
    const [started, queriesBefore] = [Date.now(), receiptQueries()];
    expect(await messagesWith('pending')).toBe(0);
    expect((await response.getReceipt(client)).status).toBe(Status.Success);
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
    expect(receiptQueries() - queriesBefore).toBeGreaterThan(1);
    expect(await messagesWith('pending')).toBe(1);
  });

  it('lags the mirror node behind consensus when told to', async () => {
    ledger.faults.lagMirror(1000);
    const response = await outboxMessage('lagging').execute(client);
    await response.getReceipt(client);
    expect(await messagesWith('lagging')).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await messagesWith('lagging')).toBe(1);
  });

  it('is switched over HTTP on the mirror port: POST /__faults, GET shows state and requests', async () => {
    const post = (body: unknown) =>
      fetch(`${ledger.mirrorUrl}/__faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const set = await post({ busy: 1, mirrorLagMs: 0 });
    expect(set.status).toBe(200);
    expect(((await set.json()) as { faults: { busy: number } }).faults.busy).toBe(1);

    await (await outboxMessage('over http').execute(client)).getReceipt(client);
    const state = (await (await fetch(`${ledger.mirrorUrl}/__faults`)).json()) as { faults: { busy: number }; requests: { method: string; answer: string }[] };
    expect(state.faults.busy).toBe(0);
    expect(state.requests.filter((r) => r.method === SUBMIT).slice(-2).map((r) => r.answer)).toEqual(['BUSY', 'OK']);

    const refused = await post({ refuseConnections: true });
    expect(refused.status).toBe(200);
    expect(await canConnect(ledger.grpcPort)).toBe(false);
    const cleared = await fetch(`${ledger.mirrorUrl}/__faults`, { method: 'DELETE' });
    expect(((await cleared.json()) as { faults: { refusingConnections: boolean } }).faults.refusingConnections).toBe(false);
    expect(await canConnect(ledger.grpcPort)).toBe(true);

    const bad = await post({ busy: -1, explode: true });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { _status: { messages: { message: string }[] } })._status.messages[0]!.message).toMatch(/^Invalid fault command: /);
  });
});
