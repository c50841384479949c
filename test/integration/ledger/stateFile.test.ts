import { PrecheckStatusError, Status, TopicCreateTransaction, TopicMessageSubmitTransaction, Transaction, TransactionReceiptQuery } from '@hiero-ledger/sdk';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LaurelError } from '../../../shared/api/result';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';
import { mirrorGet, sdkClient, startTestLedger } from './ledgerHarness';

afterAll(() => removeTempDirs());

describe('the ledger’s state file', () => {
  it('carries topics, messages, receipts and duplicate detection across a restart', async () => {
    const stateFile = path.join(makeTempDir('laurel-ledger-'), 'state.json');
    const first = await startTestLedger({ stateFile });
    let client = sdkClient(first);
    const topicId = (await (await new TopicCreateTransaction().setTopicMemo('kept').execute(client)).getReceipt(client)).topicId!.toString();
    const signed = await new TopicMessageSubmitTransaction().setTopicId(topicId).setMessage('kept message').freezeWith(client).signWithOperator(client);
    const bytes = signed.toBytes();
    const response = await Transaction.fromBytes(bytes).execute(client);
    const before = await response.getReceipt(client);
    client.close();
    await first.stop();

    const second = await startTestLedger({ stateFile });
    client = sdkClient(second);
    try {
      const again = await new TransactionReceiptQuery().setTransactionId(response.transactionId).execute(client);
      expect(Buffer.from(again.topicRunningHash!).equals(Buffer.from(before.topicRunningHash!))).toBe(true);
      const duplicate = await Transaction.fromBytes(bytes).execute(client).catch((e: unknown) => e);
      expect((duplicate as PrecheckStatusError).status).toBe(Status.DuplicateTransaction);

      const next = await (await new TopicMessageSubmitTransaction().setTopicId(topicId).setMessage('new').execute(client)).getReceipt(client);
      expect(next.topicSequenceNumber!.toNumber()).toBe(2);
      const { body } = await mirrorGet<{ memo: string }>(second, `/api/v1/topics/${topicId}`);
      expect(body.memo).toBe('kept');
      const created = await (await new TopicCreateTransaction().execute(client)).getReceipt(client);
      expect(created.topicId!.num.toNumber()).toBe(Number(topicId.split('.')[2]) + 1);
    } finally {
      client.close();
      await second.stop();
    }
  });

  it('refuses a file that is not a ledger state, naming it', async () => {
    const stateFile = path.join(makeTempDir('laurel-ledger-'), 'state.json');
    fs.writeFileSync(stateFile, '{"not": "a ledger"}');
    const error = await startTestLedger({ stateFile }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LaurelError);
    expect((error as LaurelError).code).toBe('invalid-document');
    expect((error as LaurelError).message).toContain(stateFile);
  });
});
