import {
  AccountBalanceQuery,
  AccountId,
  Hbar,
  MaxAttemptsOrTimeoutError,
  PrecheckStatusError,
  PrivateKey,
  Status,
  Timestamp,
  TopicCreateTransaction,
  TopicMessageSubmitTransaction,
  Transaction,
  TransactionId,
  type Client,
} from '@hiero-ledger/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningLedger } from '../../../electron/publish/ledger/ledger';
import { wellKnownAccounts } from '../../../electron/publish/ledger/wellKnownAccounts';
import { mirrorGet, requestsTo, sdkClient, startTestLedger } from './ledgerHarness';

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

const precheckOf = async (run: Promise<unknown>): Promise<Status | string> => {
  const error = await run.then(
    () => 'no error',
    (e: unknown) => e,
  );
  return error instanceof PrecheckStatusError ? error.status : String(error);
};

/** A topic message frozen with an explicit transaction id, as the publish outbox freezes each transaction. */
function frozenMessage(topicId: string, validStart: Date, payer = ledger.operator.accountId) {
  const id = TransactionId.withValidStart(AccountId.fromString(payer), Timestamp.fromDate(validStart));
  return new TopicMessageSubmitTransaction().setTopicId(topicId).setMessage('once').setTransactionId(id).freezeWith(client);
}

async function openTopic(): Promise<string> {
  const receipt = await (await new TopicCreateTransaction().setTopicMemo('open').execute(client)).getReceipt(client);
  return receipt.topicId!.toString();
}

describe('prechecks a node answers before a transaction reaches consensus', () => {
  it('refuses a payer whose key did not sign: INVALID_SIGNATURE', async () => {
    const impostor = sdkClient(ledger, { accountId: '0.0.2', key: PrivateKey.generateED25519() });
    try {
      expect(await precheckOf(new TopicCreateTransaction().execute(impostor))).toBe(Status.InvalidSignature);
    } finally {
      impostor.close();
    }
  });

  it('checks ECDSA (secp256k1) signatures of the local node’s startup accounts', async () => {
    const ecdsa = wellKnownAccounts().find((a) => a.kind === 'ECDSA_SECP256K1')!;
    const key = PrivateKey.fromStringECDSA(ecdsa.privateKey);
    const payer = sdkClient(ledger, { accountId: ecdsa.id, key });
    try {
      const submitKey = PrivateKey.generateECDSA();
      const created = await (await new TopicCreateTransaction().setSubmitKey(submitKey.publicKey).execute(payer)).getReceipt(payer);
      const topicId = created.topicId!;
      const signed = await new TopicMessageSubmitTransaction().setTopicId(topicId).setMessage('ecdsa').freezeWith(payer).sign(submitKey);
      expect((await (await signed.execute(payer)).getReceipt(payer)).topicSequenceNumber!.toNumber()).toBe(1);

      const { body } = await mirrorGet<{ submit_key: { _type: string; key: string }; auto_renew_account: string }>(ledger, `/api/v1/topics/${topicId}`);
      expect(body.submit_key).toEqual({ _type: 'ECDSA_SECP256K1', key: submitKey.publicKey.toStringRaw() });
      expect(body.auto_renew_account).toBe(ecdsa.id);

      const wrong = sdkClient(ledger, { accountId: ecdsa.id, key: PrivateKey.generateECDSA() });
      expect(await precheckOf(new TopicCreateTransaction().execute(wrong))).toBe(Status.InvalidSignature);
      wrong.close();
    } finally {
      payer.close();
    }
  });

  it('answers DUPLICATE_TRANSACTION when the same transaction id comes again', async () => {
    const topicId = await openTopic();
    const bytes = (await frozenMessage(topicId, new Date(Date.now() - 5000)).signWithOperator(client)).toBytes();
    const first = await Transaction.fromBytes(bytes).execute(client);
    expect((await first.getReceipt(client)).topicSequenceNumber!.toNumber()).toBe(1);
    expect(await precheckOf(Transaction.fromBytes(bytes).execute(client))).toBe(Status.DuplicateTransaction);
    const { body } = await mirrorGet<{ messages: unknown[] }>(ledger, `/api/v1/topics/${topicId}/messages`);
    expect(body.messages).toHaveLength(1);
  });

  it('answers TRANSACTION_EXPIRED past the validity window, and the SDK keeps an explicit id', async () => {
    const topicId = await openTopic();
    const expired = frozenMessage(topicId, new Date(Date.now() - 121_000));
    expect(await precheckOf(expired.execute(client))).toBe(Status.TransactionExpired);
  });

  it('answers INVALID_TRANSACTION_START for a valid start in the future', async () => {
    const topicId = await openTopic();
    expect(await precheckOf(frozenMessage(topicId, new Date(Date.now() + 60_000)).execute(client))).toBe(Status.InvalidTransactionStart);
  });

  it('answers PAYER_ACCOUNT_NOT_FOUND for an account the ledger does not have', async () => {
    const stranger = sdkClient(ledger, { accountId: '0.0.424242', key: PrivateKey.generateED25519() });
    try {
      expect(await precheckOf(new TopicCreateTransaction().execute(stranger))).toBe(Status.PayerAccountNotFound);
    } finally {
      stranger.close();
    }
  });

  it('answers INSUFFICIENT_TX_FEE below the fee, and charges the payer what a transaction costs', async () => {
    const cheap = new TopicCreateTransaction().setMaxTransactionFee(Hbar.fromTinybars(1000));
    expect(await precheckOf(cheap.execute(client))).toBe(Status.InsufficientTxFee);

    const before = await new AccountBalanceQuery().setAccountId('0.0.2').execute(client);
    const response = await new TopicCreateTransaction().execute(client);
    const record = await response.getRecord(client);
    const after = await new AccountBalanceQuery().setAccountId('0.0.2').execute(client);
    expect(record.transactionFee.toTinybars().toNumber()).toBeGreaterThan(0);
    expect(before.hbars.toTinybars().subtract(after.hbars.toTinybars()).toNumber()).toBe(record.transactionFee.toTinybars().toNumber());
  });

  it('answers INVALID_NODE_ACCOUNT to a transaction meant for another node (the SDK retries it)', async () => {
    const misdirected = sdkClient(ledger);
    misdirected.setNetwork({ [ledger.grpcAddress]: AccountId.fromString('0.0.4') });
    misdirected.setMaxAttempts(2);
    try {
      const error = await new TopicCreateTransaction().execute(misdirected).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MaxAttemptsOrTimeoutError);
    } finally {
      misdirected.close();
    }
    expect(requestsTo(ledger, 'ConsensusService/createTopic').at(-1)!.answer).toBe('INVALID_NODE_ACCOUNT');
  });
});
