import {
  PrivateKey,
  ReceiptStatusError,
  Status,
  TopicCreateTransaction,
  TopicInfoQuery,
  TopicId,
  TopicMessageSubmitTransaction,
  type Client,
} from '@hiero-ledger/sdk';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningLedger } from '../../../electron/publish/ledger/ledger';
import { mirrorGet, sdkClient, startTestLedger } from './ledgerHarness';

let ledger: RunningLedger;
let client: Client;
beforeAll(async () => {
  ledger = await startTestLedger();
  client = sdkClient(ledger);
});
afterAll(async () => {
  client.close();
  await ledger.stop();
});

/** An HCS-1 style file topic: a submit key, no admin key, the memo naming the content. */
async function createFileTopic(memo: string): Promise<{ topicId: TopicId; submitKey: PrivateKey }> {
  const submitKey = PrivateKey.generateED25519();
  const response = await new TopicCreateTransaction().setSubmitKey(submitKey.publicKey).setTopicMemo(memo).execute(client);
  const receipt = await response.getReceipt(client);
  expect(receipt.status).toBe(Status.Success);
  return { topicId: receipt.topicId!, submitKey };
}

async function submit(topicId: TopicId, message: string | Uint8Array, signer?: PrivateKey) {
  const transaction = new TopicMessageSubmitTransaction().setTopicId(topicId).setMessage(message).freezeWith(client);
  if (signer) await transaction.sign(signer);
  return transaction.execute(client);
}

// Recomputed here from the consensus node's definition (see runningHash.ts for why the Java framing), on
// purpose without that module: version 3 over previous hash, version, payer and topic ids, time, sequence
// number and SHA-384(message), as java.io.ObjectOutputStream writes them.
function expectedRunningHash(previous: Buffer, payerNum: number, topicNum: number, consensus: { seconds: bigint; nanos: number }, sequence: number, message: Buffer): Buffer {
  const long = (value: number | bigint) => {
    const bytes = Buffer.alloc(8);
    bytes.writeBigInt64BE(BigInt(value));
    return bytes;
  };
  const int = (value: number) => {
    const bytes = Buffer.alloc(4);
    bytes.writeInt32BE(value);
    return bytes;
  };
  const primitives = Buffer.concat([long(3), long(0), long(0), long(payerNum), long(0), long(0), long(topicNum), long(consensus.seconds), int(consensus.nanos), long(sequence)]);
  const stream = Buffer.concat([
    Buffer.from('aced0005', 'hex'),
    Buffer.from('757200025b42acf317f8060854e002000078700000', 'hex'),
    Buffer.from([0x00, 0x30]),
    previous,
    Buffer.from([0x77, primitives.length]),
    primitives,
    Buffer.from('7571007e000000000030', 'hex'),
    crypto.createHash('sha384').update(message).digest(),
  ]);
  return crypto.createHash('sha384').update(stream).digest();
}

describe('topics through the real SDK over gRPC', () => {
  it('creates a file topic with a submit key, no admin key and a memo', async () => {
    const memo = 'f7a1c2e3d4b5a6978877665544332211f7a1c2e3d4b5a6978877665544332211:brotli:base64';
    const { topicId, submitKey } = await createFileTopic(memo);
    expect(topicId.toString()).toMatch(/^0\.0\.\d+$/);

    const info = await new TopicInfoQuery().setTopicId(topicId).execute(client);
    expect(info.topicMemo).toBe(memo);
    expect(info.adminKey).toBeNull();
    expect(info.submitKey?.toString()).toBe(submitKey.publicKey.toString());
    expect(info.sequenceNumber.toNumber()).toBe(0);
    expect(Buffer.from(info.runningHash).equals(Buffer.alloc(48))).toBe(true);
  });

  it('numbers messages and chains the running hash as Hedera defines it', async () => {
    const { topicId, submitKey } = await createFileTopic('chain');
    let previous: Buffer = Buffer.alloc(48);
    for (const [index, text] of ['{"o":0,"c":"data:application/json;base64,"}', '{"o":1,"c":"eyJhIjoxfQ=="}', 'third'].entries()) {
      const response = await submit(topicId, text, submitKey);
      const receipt = await response.getReceipt(client);
      const record = await response.getRecord(client);
      expect(receipt.status).toBe(Status.Success);
      expect(receipt.topicSequenceNumber!.toNumber()).toBe(index + 1);

      const consensus = { seconds: BigInt(record.consensusTimestamp.seconds.toString()), nanos: record.consensusTimestamp.nanos.toNumber() };
      const expected = expectedRunningHash(previous, 2, topicId.num.toNumber(), consensus, index + 1, Buffer.from(text));
      expect(Buffer.from(receipt.topicRunningHash!).toString('hex')).toBe(expected.toString('hex'));
      previous = expected;
    }
    // The SDK's receipt drops topicRunningHashVersion; the mirror node reports it (and raw.test.ts reads the receipt).
    const { body } = await mirrorGet<{ messages: { running_hash: string; running_hash_version: number }[] }>(ledger, `/api/v1/topics/${topicId}/messages`);
    expect(body.messages.map((m) => m.running_hash_version)).toEqual([3, 3, 3]);
    expect(Buffer.from(body.messages[2]!.running_hash, 'base64').equals(previous)).toBe(true);
  });

  it('gives consensus timestamps that only move forward', async () => {
    const { topicId, submitKey } = await createFileTopic('order');
    const responses = await Promise.all(['a', 'b', 'c', 'd'].map((m) => submit(topicId, m, submitKey)));
    const records = await Promise.all(responses.map((r) => r.getRecord(client)));
    const bySequence = records
      .map((r) => ({ seq: r.receipt.topicSequenceNumber!.toNumber(), at: BigInt(r.consensusTimestamp.seconds.toString()) * 1_000_000_000n + BigInt(r.consensusTimestamp.nanos.toString()) }))
      .sort((a, b) => a.seq - b.seq);
    expect(bySequence.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    for (let i = 1; i < bySequence.length; i++) expect(bySequence[i]!.at > bySequence[i - 1]!.at).toBe(true);
  });

  it('lets the SDK split a long message into 1024-byte chunks, and the mirror node shows them', async () => {
    const { topicId, submitKey } = await createFileTopic('chunks');
    const message = crypto.randomBytes(2500).toString('base64').slice(0, 2500);
    const transaction = new TopicMessageSubmitTransaction().setTopicId(topicId).setMessage(message).freezeWith(client);
    await transaction.sign(submitKey);
    const responses = await transaction.executeAll(client);
    expect(responses).toHaveLength(3);
    for (const response of responses) expect((await response.getReceipt(client)).status).toBe(Status.Success);

    const { body } = await mirrorGet<{ messages: { message: string; chunk_info: { number: number; total: number; initial_transaction_id: { account_id: string } } }[] }>(
      ledger,
      `/api/v1/topics/${topicId}/messages`,
    );
    expect(body.messages.map((m) => [m.chunk_info.number, m.chunk_info.total])).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(body.messages.map((m) => Buffer.from(m.message, 'base64').length)).toEqual([1024, 1024, 452]);
    expect(body.messages.map((m) => Buffer.from(m.message, 'base64').toString()).join('')).toBe(message);
    expect(body.messages[0]!.chunk_info.initial_transaction_id.account_id).toBe('0.0.2');
  });

  it('takes exactly 1024 bytes in one message, and refuses 1025 with MESSAGE_SIZE_TOO_LARGE', async () => {
    const { topicId, submitKey } = await createFileTopic('limit');
    const fits = await submit(topicId, Buffer.alloc(1024, 0x61), submitKey);
    expect((await fits.getReceipt(client)).status).toBe(Status.Success);

    // A larger chunk size makes the SDK send 1025 bytes in one transaction, as a client without chunking would.
    const tooLarge = new TopicMessageSubmitTransaction().setTopicId(topicId).setMessage(Buffer.alloc(1025, 0x61)).setChunkSize(2048).setMaxChunks(1).freezeWith(client);
    await tooLarge.sign(submitKey);
    const response = await tooLarge.execute(client);
    const error = await response.getReceipt(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReceiptStatusError);
    expect((error as ReceiptStatusError).status).toBe(Status.MessageSizeTooLarge);
  });

  it('refuses a message without the submit key’s signature: INVALID_SIGNATURE in the receipt', async () => {
    const { topicId } = await createFileTopic('guarded');
    const unsigned = await submit(topicId, 'not allowed');
    const error = await unsigned.getReceipt(client).catch((e: unknown) => e);
    expect((error as ReceiptStatusError).status).toBe(Status.InvalidSignature);

    const wrongKey = await submit(topicId, 'not allowed either', PrivateKey.generateED25519());
    expect(((await wrongKey.getReceipt(client).catch((e: unknown) => e)) as ReceiptStatusError).status).toBe(Status.InvalidSignature);

    const info = await new TopicInfoQuery().setTopicId(topicId).execute(client);
    expect(info.sequenceNumber.toNumber()).toBe(0);
  });

  it('lets anyone submit to a topic without a submit key, and checks an admin key signed its creation', async () => {
    const open = await (await new TopicCreateTransaction().setTopicMemo('open').execute(client)).getReceipt(client);
    const response = await submit(open.topicId!, 'hello');
    expect((await response.getReceipt(client)).topicSequenceNumber!.toNumber()).toBe(1);

    const adminKey = PrivateKey.generateED25519();
    const withoutAdminSignature = await new TopicCreateTransaction().setAdminKey(adminKey.publicKey).execute(client);
    expect(((await withoutAdminSignature.getReceipt(client).catch((e: unknown) => e)) as ReceiptStatusError).status).toBe(Status.InvalidSignature);
    const signed = await (await new TopicCreateTransaction().setAdminKey(adminKey.publicKey).freezeWith(client).sign(adminKey)).execute(client);
    expect((await signed.getReceipt(client)).status).toBe(Status.Success);
  });

  it('refuses a submission to a topic that does not exist: INVALID_TOPIC_ID', async () => {
    const response = await submit(TopicId.fromString('0.0.999999'), 'lost');
    expect(((await response.getReceipt(client).catch((e: unknown) => e)) as ReceiptStatusError).status).toBe(Status.InvalidTopicId);
  });
});
