import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage, hederaProtos } from '../../../electron/publish/ledger/hederaProtos';
import type { RunningLedger } from '../../../electron/publish/ledger/ledger';
import { rawCall, startTestLedger } from './ledgerHarness';

// Transactions built by hand from the SDK's .proto files and signed with node:crypto, without the SDK: what
// the ledger answers to bytes no SDK would send, and the receipt fields the SDK does not surface.

let ledger: RunningLedger;
let operator: crypto.KeyObject;
let operatorPublic: Buffer;
let topicNum: number;
beforeAll(async () => {
  ledger = await startTestLedger();
  operator = crypto.createPrivateKey({ key: Buffer.from(ledger.operator.privateKeyDer, 'hex'), format: 'der', type: 'pkcs8' });
  operatorPublic = crypto.createPublicKey(operator).export({ format: 'der', type: 'spki' }).subarray(-32);
  const created = await submit({ consensusCreateTopic: { memo: 'raw', autoRenewPeriod: { seconds: 7776000 } } });
  expect(created.precheck).toBe('OK');
  topicNum = Number((await receipt(created.id)).receipt!.topicID!.topicNum);
});
afterAll(async () => {
  await ledger.stop();
});

const protos = () => hederaProtos();
let nanosCounter = 0;

function transactionId(offsetSeconds = -5) {
  const now = Date.now() + offsetSeconds * 1000;
  return { transactionValidStart: { seconds: Math.floor(now / 1000), nanos: (now % 1000) * 1_000_000 + ++nanosCounter }, accountID: { accountNum: 2 } };
}

interface BuildOptions {
  id?: ReturnType<typeof transactionId>;
  node?: number;
  validDurationSeconds?: number;
  form?: 'signed' | 'deprecated';
}

function build(data: object, options: BuildOptions = {}) {
  const id = options.id ?? transactionId();
  const body = {
    transactionID: id,
    nodeAccountID: { accountNum: options.node ?? 3 },
    transactionFee: 200_000_000,
    transactionValidDuration: { seconds: options.validDurationSeconds ?? 120 },
    ...data,
  };
  const bodyBytes = encodeMessage(protos().TransactionBody, body);
  const sigMap = { sigPair: [{ pubKeyPrefix: operatorPublic, ed25519: crypto.sign(null, bodyBytes, operator) }] };
  const transaction =
    options.form === 'deprecated'
      ? { bodyBytes, sigMap }
      : { signedTransactionBytes: encodeMessage(protos().SignedTransaction, { bodyBytes, sigMap }) };
  return { id, bytes: encodeMessage(protos().Transaction, transaction) };
}

async function sendBytes(bytes: Buffer, method = 'submitMessage'): Promise<string> {
  const answer = decodeMessage<{ nodeTransactionPrecheckCode?: string }>(protos().TransactionResponse, await rawCall(ledger, `/proto.ConsensusService/${method}`, bytes));
  return answer.nodeTransactionPrecheckCode ?? 'OK';
}

async function submit(data: object, options: BuildOptions = {}) {
  const { id, bytes } = build(data, options);
  return { id, precheck: await sendBytes(bytes, data && 'consensusCreateTopic' in data ? 'createTopic' : 'submitMessage') };
}

interface ReceiptAnswer {
  header?: { nodeTransactionPrecheckCode?: string };
  receipt?: { status?: string; topicID?: { topicNum?: string }; topicSequenceNumber?: string; topicRunningHash?: Buffer; topicRunningHashVersion?: string };
}

async function receipt(id: object): Promise<ReceiptAnswer> {
  const query = encodeMessage(protos().Query, { transactionGetReceipt: { header: {}, transactionID: id } });
  const response = decodeMessage<{ transactionGetReceipt: ReceiptAnswer }>(protos().Response, await rawCall(ledger, '/proto.CryptoService/getTransactionReceipts', query));
  return response.transactionGetReceipt;
}

const message = (bytes: Buffer | string, extra: object = {}) => ({ consensusSubmitMessage: { topicID: { topicNum }, message: Buffer.from(bytes), ...extra } });

describe('raw gRPC', () => {
  it('returns the full receipt: sequence number, running hash and running hash version 3', async () => {
    const sent = await submit(message('raw hello'));
    expect(sent.precheck).toBe('OK');
    const { header, receipt: answer } = await receipt(sent.id);
    expect(header?.nodeTransactionPrecheckCode ?? 'OK').toBe('OK');
    expect(answer).toMatchObject({ status: 'SUCCESS', topicSequenceNumber: '1', topicRunningHashVersion: '3' });
    expect(answer!.topicRunningHash).toHaveLength(48);
  });

  it('answers RECEIPT_NOT_FOUND for an id that never reached consensus', async () => {
    expect((await receipt(transactionId())).header?.nodeTransactionPrecheckCode).toBe('RECEIPT_NOT_FOUND');
  });

  it('takes a 1025-byte message at precheck and fails it at consensus: MESSAGE_SIZE_TOO_LARGE', async () => {
    const sent = await submit(message(Buffer.alloc(1025, 0x62)));
    expect(sent.precheck).toBe('OK');
    expect((await receipt(sent.id)).receipt?.status).toBe('MESSAGE_SIZE_TOO_LARGE');
  });

  it('checks chunk info: the number within the total, the first chunk is its own initial transaction', async () => {
    const badNumber = await submit(message('x', { chunkInfo: { initialTransactionID: transactionId(), total: 1, number: 2 } }));
    expect((await receipt(badNumber.id)).receipt?.status).toBe('INVALID_CHUNK_NUMBER');
    const notItself = await submit(message('x', { chunkInfo: { initialTransactionID: transactionId(-10), total: 2, number: 1 } }));
    expect((await receipt(notItself.id)).receipt?.status).toBe('INVALID_CHUNK_TRANSACTION_ID');
    const id = transactionId();
    const first = await submit(message('x', { chunkInfo: { initialTransactionID: id, total: 2, number: 1 } }), { id });
    expect((await receipt(first.id)).receipt?.status).toBe('SUCCESS');
  });

  it('answers the stateless prechecks', async () => {
    expect(await sendBytes(Buffer.from('not a transaction'))).toBe('INVALID_TRANSACTION');
    expect(await sendBytes(Buffer.alloc(0))).toBe('INVALID_TRANSACTION_BODY');
    expect(await sendBytes(build(message(Buffer.alloc(6200, 0x63))).bytes)).toBe('TRANSACTION_OVERSIZE');
    expect((await submit(message('x'), { node: 4 })).precheck).toBe('INVALID_NODE_ACCOUNT');
    expect((await submit(message('x'), { validDurationSeconds: 181 })).precheck).toBe('INVALID_TRANSACTION_DURATION');
    expect((await submit(message(''))).precheck).toBe('INVALID_TOPIC_MESSAGE');
    expect((await submit({ consensusSubmitMessage: { message: Buffer.from('x') } })).precheck).toBe('INVALID_TOPIC_ID');
    expect((await submit({ memo: 'm'.repeat(101), ...message('x') })).precheck).toBe('MEMO_TOO_LONG');
    expect((await submit({ consensusDeleteTopic: { topicID: { topicNum } } })).precheck).toBe('NOT_SUPPORTED');
  });

  it('accepts the deprecated form with body bytes and signatures beside each other', async () => {
    const sent = await submit(message('old style'), { form: 'deprecated' });
    expect(sent.precheck).toBe('OK');
    expect((await receipt(sent.id)).receipt?.status).toBe('SUCCESS');
  });

  it('answers every other method of the served services, and UNIMPLEMENTED outside them', async () => {
    const version = decodeMessage<{ networkGetVersionInfo: { hederaServicesVersion: { minor: number } } }>(
      protos().Response,
      await rawCall(ledger, '/proto.NetworkService/getVersionInfo', encodeMessage(protos().Query, { networkGetVersionInfo: { header: {} } })),
    );
    expect(version.networkGetVersionInfo.hederaServicesVersion.minor).toBeGreaterThan(0);
    await expect(rawCall(ledger, '/proto.TokenService/createToken', Buffer.alloc(0))).rejects.toMatchObject({ code: 12 });
  });
});
