import { PrivateKey, TopicCreateTransaction, TopicMessageSubmitTransaction, type Client, type TransactionResponse } from '@hiero-ledger/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningLedger } from '../../../electron/publish/ledger/ledger';
import { mirrorGet, sdkClient, startTestLedger } from './ledgerHarness';

interface MirrorMessage {
  chunk_info: { initial_transaction_id: { account_id: string; nonce: number; scheduled: boolean; transaction_valid_start: string }; number: number; total: number } | null;
  consensus_timestamp: string;
  message: string;
  payer_account_id: string;
  running_hash: string;
  running_hash_version: number;
  sequence_number: number;
  topic_id: string;
}
interface MessagesPage {
  messages: MirrorMessage[];
  links: { next: string | null };
}
interface MirrorError {
  _status: { messages: { message: string; detail?: string }[] };
}

let ledger: RunningLedger;
let client: Client;
let topicId: string;
let submitKey: PrivateKey;
const responses: TransactionResponse[] = [];
const TEXTS = ['one', 'two', 'three', 'four', 'five'];

beforeAll(async () => {
  ledger = await startTestLedger();
  client = sdkClient(ledger);
  submitKey = PrivateKey.generateED25519();
  const created = await new TopicCreateTransaction().setSubmitKey(submitKey.publicKey).setTopicMemo('registry').execute(client);
  topicId = (await created.getReceipt(client)).topicId!.toString();
  for (const text of TEXTS) {
    const transaction = await new TopicMessageSubmitTransaction().setTopicId(topicId).setMessage(text).freezeWith(client).sign(submitKey);
    const response = await transaction.execute(client);
    await response.getReceipt(client);
    responses.push(response);
  }
});
afterAll(async () => {
  client.close();
  await ledger.stop();
});

const mirrorTransactionId = (response: TransactionResponse) => {
  const { accountId, validStart } = response.transactionId;
  return `${accountId}-${validStart!.seconds}-${validStart!.nanos.toString().padStart(9, '0')}`;
};

describe('mirror REST: topic messages', () => {
  it('lists messages in the mirror node’s shape', async () => {
    const { status, body } = await mirrorGet<MessagesPage>(ledger, `/api/v1/topics/${topicId}/messages`);
    expect(status).toBe(200);
    expect(body.links).toEqual({ next: null });
    expect(body.messages.map((m) => Buffer.from(m.message, 'base64').toString())).toEqual(TEXTS);
    const first = body.messages[0]!;
    expect(Object.keys(first)).toEqual([
      'chunk_info',
      'consensus_timestamp',
      'message',
      'payer_account_id',
      'running_hash',
      'running_hash_version',
      'sequence_number',
      'topic_id',
    ]);
    expect(first).toMatchObject({ payer_account_id: '0.0.2', running_hash_version: 3, sequence_number: 1, topic_id: topicId });
    expect(first.consensus_timestamp).toMatch(/^\d{10}\.\d{9}$/);
    expect(Buffer.from(first.running_hash, 'base64')).toHaveLength(48);
    expect(first.chunk_info).toEqual({
      initial_transaction_id: {
        account_id: '0.0.2',
        nonce: 0,
        scheduled: false,
        transaction_valid_start: mirrorTransactionId(responses[0]!).split('-').slice(1).join('.'),
      },
      number: 1,
      total: 1,
    });
  });

  it('pages with limit and a links.next that carries on from the last consensus timestamp', async () => {
    const seen: number[] = [];
    let next: string | null = `/api/v1/topics/${topicId}/messages?limit=2`;
    const links: string[] = [];
    while (next) {
      const { body }: { body: MessagesPage } = await mirrorGet<MessagesPage>(ledger, next);
      seen.push(...body.messages.map((m) => m.sequence_number));
      next = body.links.next;
      if (next) links.push(next);
      if (body.messages.length > 0) expect(next === null || next.endsWith(`timestamp=gt:${body.messages.at(-1)!.consensus_timestamp}`)).toBe(true);
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(links).toHaveLength(2);
    expect(links[0]).toMatch(new RegExp(`^/api/v1/topics/${topicId}/messages\\?limit=2&timestamp=gt:\\d+\\.\\d{9}$`));
  });

  it('pages backwards with order=desc', async () => {
    const first = await mirrorGet<MessagesPage>(ledger, `/api/v1/topics/${topicId}/messages?order=desc&limit=3`);
    expect(first.body.messages.map((m) => m.sequence_number)).toEqual([5, 4, 3]);
    expect(first.body.links.next).toMatch(/order=desc&limit=3&timestamp=lt:/);
    const second = await mirrorGet<MessagesPage>(ledger, first.body.links.next!);
    expect(second.body.messages.map((m) => m.sequence_number)).toEqual([2, 1]);
    expect(second.body.links.next).toBeNull();
  });

  it('filters by sequencenumber and timestamp', async () => {
    const seq = async (query: string) =>
      (await mirrorGet<MessagesPage>(ledger, `/api/v1/topics/${topicId}/messages?${query}`)).body.messages.map((m) => m.sequence_number);
    expect(await seq('sequencenumber=gt:2')).toEqual([3, 4, 5]);
    expect(await seq('sequencenumber=gte:2&sequencenumber=lt:4')).toEqual([2, 3]);
    expect(await seq('sequencenumber=4')).toEqual([4]);
    const third = (await mirrorGet<MessagesPage>(ledger, `/api/v1/topics/${topicId}/messages?sequencenumber=3`)).body.messages[0]!;
    expect(await seq(`timestamp=lte:${third.consensus_timestamp}`)).toEqual([1, 2, 3]);
    expect(await seq(`timestamp=${third.consensus_timestamp}`)).toEqual([3]);
    const utf8 = await mirrorGet<MessagesPage>(ledger, `/api/v1/topics/${topicId}/messages?sequencenumber=2&encoding=utf-8`);
    expect(utf8.body.messages[0]!.message).toBe('two');
  });

  it('refuses bad parameters with 400 in the mirror node’s error shape', async () => {
    const cases: [string, string][] = [
      ['limit=0', 'Invalid parameter: limit'],
      ['limit=ten', 'Invalid parameter: limit'],
      ['order=sideways', 'Invalid parameter: order'],
      ['sequencenumber=ne:2', 'Not equal (ne) operator is not supported for sequencenumber'],
      ['sequencenumber=gt:x', 'Invalid parameter: sequencenumber'],
      ['colour=blue', 'Unknown query parameter: colour'],
    ];
    for (const [query, message] of cases) {
      const { status, body } = await mirrorGet<MirrorError>(ledger, `/api/v1/topics/${topicId}/messages?${query}`);
      expect(status, query).toBe(400);
      expect(body, query).toEqual({ _status: { messages: [{ message }] } });
    }
    expect((await mirrorGet(ledger, '/api/v1/topics/zero/messages')).status).toBe(400);
  });

  it('caps limit at 100 and answers 404 for a topic that does not exist', async () => {
    expect((await mirrorGet<MessagesPage>(ledger, `/api/v1/topics/${topicId}/messages?limit=500`)).body.messages).toHaveLength(5);
    const { status, body } = await mirrorGet<MirrorError>(ledger, '/api/v1/topics/0.0.999999/messages');
    expect(status).toBe(404);
    expect(body._status.messages[0]!.message).toBe('No such topic id - 999999');
  });

  it('finds one message by sequence number or by consensus timestamp', async () => {
    const { status, body } = await mirrorGet<MirrorMessage>(ledger, `/api/v1/topics/${topicId}/messages/3`);
    expect(status).toBe(200);
    expect(Buffer.from(body.message, 'base64').toString()).toBe('three');
    const byTime = await mirrorGet<MirrorMessage>(ledger, `/api/v1/topics/messages/${body.consensus_timestamp}`);
    expect(byTime.body).toEqual(body);
    // A short topic id is the same topic.
    expect((await mirrorGet<MirrorMessage>(ledger, `/api/v1/topics/${topicId.split('.')[2]}/messages/3`)).body).toEqual(body);

    const missing = await mirrorGet<MirrorError>(ledger, `/api/v1/topics/${topicId}/messages/99`);
    expect(missing).toEqual({ status: 404, body: { _status: { messages: [{ message: 'Not found' }] } } });
    expect((await mirrorGet(ledger, `/api/v1/topics/${topicId}/messages/zero`)).status).toBe(400);
  });
});

describe('mirror REST: topics and transactions', () => {
  it('describes a topic: memo, keys, created timestamp', async () => {
    const { status, body } = await mirrorGet<Record<string, unknown>>(ledger, `/api/v1/topics/${topicId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      admin_key: null,
      auto_renew_account: '0.0.2',
      auto_renew_period: 7776000,
      deleted: false,
      memo: 'registry',
      submit_key: { _type: 'ED25519', key: submitKey.publicKey.toStringRaw() },
      topic_id: topicId,
    });
    expect(body.created_timestamp).toMatch(/^\d{10}\.\d{9}$/);
    expect(body.timestamp).toEqual({ from: body.created_timestamp, to: null });

    const missing = await mirrorGet<MirrorError>(ledger, '/api/v1/topics/0.0.999999');
    expect(missing).toEqual({ status: 404, body: { _status: { messages: [{ message: 'Not Found', detail: 'Topic not found' }] } } });
  });

  it('describes a transaction by id, with the hash the SDK computed', async () => {
    const response = responses[1]!;
    const { status, body } = await mirrorGet<{ transactions: Record<string, unknown>[] }>(ledger, `/api/v1/transactions/${mirrorTransactionId(response)}`);
    expect(status).toBe(200);
    expect(body.transactions).toHaveLength(1);
    const transaction = body.transactions[0]!;
    expect(transaction).toMatchObject({
      entity_id: topicId,
      name: 'CONSENSUSSUBMITMESSAGE',
      node: '0.0.3',
      nonce: 0,
      result: 'SUCCESS',
      scheduled: false,
      transaction_id: mirrorTransactionId(response),
      valid_duration_seconds: '120',
    });
    expect(Buffer.from(transaction.transaction_hash as string, 'base64').equals(Buffer.from(response.transactionHash))).toBe(true);
    const message = (await mirrorGet<MirrorMessage>(ledger, `/api/v1/topics/${topicId}/messages/2`)).body;
    expect(transaction.consensus_timestamp).toBe(message.consensus_timestamp);
    const transfers = transaction.transfers as { account: string; amount: number }[];
    expect(transfers.reduce((sum, t) => sum + t.amount, 0)).toBe(0);
    expect(transfers.find((t) => t.account === '0.0.2')!.amount).toBe(-(transaction.charged_tx_fee as number));
  });

  it('shows a transaction that failed at consensus with its result', async () => {
    const unsigned = await new TopicMessageSubmitTransaction().setTopicId(topicId).setMessage('no key').execute(client);
    await unsigned.getReceipt(client).catch(() => undefined);
    const { body } = await mirrorGet<{ transactions: { result: string; name: string }[] }>(ledger, `/api/v1/transactions/${mirrorTransactionId(unsigned)}`);
    expect(body.transactions[0]).toMatchObject({ result: 'INVALID_SIGNATURE', name: 'CONSENSUSSUBMITMESSAGE' });
  });

  it('answers 404 for an unknown transaction and 400 for a malformed id', async () => {
    expect(await mirrorGet(ledger, '/api/v1/transactions/0.0.2-1700000000-000000001')).toEqual({
      status: 404,
      body: { _status: { messages: [{ message: 'Not found' }] } },
    });
    const malformed = await mirrorGet<MirrorError>(ledger, '/api/v1/transactions/0.0.2@1700000000.000000001');
    expect(malformed.status).toBe(400);
    expect(malformed.body._status.messages[0]!.message).toMatch(/^Invalid Transaction id/);
    expect((await mirrorGet(ledger, '/api/v1/nothing/here')).status).toBe(404);
  });
});
