import {
  Client,
  PrecheckStatusError,
  Status,
  Timestamp,
  TopicCreateTransaction,
  TopicMessageSubmitTransaction,
  Transaction,
  TransactionId,
  TransactionReceiptQuery,
  AccountId,
} from '@hiero-ledger/sdk';
import type { Operator } from '../operator';
import { ValidStartClock } from './validStartClock';

/**
 * The outbox's view of a Hedera network through the SDK: sign a transaction under an id of our own, send
 * given bytes once, ask for a receipt once. Every call makes one attempt: retrying is the outbox's job,
 * because the SDK's own retries may change the transaction id (DESIGN §5).
 */
export type Submitted = { kind: 'accepted' } | { kind: 'duplicate' } | { kind: 'busy'; status: string } | { kind: 'unreachable'; message: string } | { kind: 'refused'; status: string };

export type Receipt =
  | { kind: 'success'; topicId?: string; sequenceNumber?: number }
  | { kind: 'failed'; status: string }
  | { kind: 'pending' }
  | { kind: 'not-found' }
  | { kind: 'unreachable'; message: string };

export type Unsigned = { kind: 'create-topic'; memo: string } | { kind: 'message'; topicId: string; message: string };

export interface SignedTransaction {
  transactionId: string;
  bytes: Uint8Array;
  /** Valid start plus valid duration, in nanoseconds since the epoch: after this it can never reach consensus. */
  validUntilNs: bigint;
}

/** 120 s, the network's maximum: the longest a stored transaction can still be resent as it is. */
export const VALID_DURATION_S = 120;
// How far back a transaction's valid start is put: a node refuses one that starts in its future, and this
// machine's clock may run ahead of the network's.
const VALID_START_LEEWAY_MS = 5_000;
const REQUEST_TIMEOUT_MS = 15_000;

const validStarts = new ValidStartClock();

/**
 * Laurel's two transactions, unsigned and without an id: a topic with the operator's submit key and no
 * admin key, or one message in one chunk. The outbox signs these; the plan measures them
 * (signedTransactionSizes.ts), so what is priced is what is sent.
 */
export function laurelTransaction(unsigned: Unsigned, operator: Operator): TopicCreateTransaction | TopicMessageSubmitTransaction {
  return unsigned.kind === 'create-topic'
    ? new TopicCreateTransaction().setTopicMemo(unsigned.memo).setSubmitKey(operator.key.publicKey)
    : new TopicMessageSubmitTransaction().setTopicId(unsigned.topicId).setMessage(unsigned.message).setMaxChunks(1);
}

const lastStatus = (error: Error) => /last error being: ([A-Z_]+)/.exec(error.message)?.[1];

export class LedgerGateway {
  private readonly client: Client;
  private readonly nodes: AccountId[];

  constructor(
    client: Client,
    readonly operator: Operator,
  ) {
    this.client = client;
    client.setOperator(operator.accountId, operator.key);
    client.setRequestTimeout(REQUEST_TIMEOUT_MS).setMaxAttempts(1);
    client.setNodeMinBackoff(50).setNodeMaxBackoff(1000).setMinBackoff(50).setMaxBackoff(1000);
    client.setNodeMinReadmitPeriod(50).setNodeMaxReadmitPeriod(1000);
    client.setDefaultRegenerateTransactionId(false);
    // Up to three nodes sign each transaction's bytes, so a resend can go to another if one is down.
    this.nodes = [...new Set(Object.values(client.network).map(String))].slice(0, 3).map((id) => AccountId.fromString(id));
  }

  close(): void {
    this.client.close();
  }

  /** Freezes and signs a transaction under a fresh id of the operator's; nothing is sent. */
  async sign(unsigned: Unsigned, now = Date.now()): Promise<SignedTransaction> {
    const validStartNs = validStarts.next(now - VALID_START_LEEWAY_MS);
    const validStart = new Timestamp(Number(validStartNs / 1_000_000_000n), Number(validStartNs % 1_000_000_000n));
    const transactionId = TransactionId.withValidStart(AccountId.fromString(this.operator.accountId), validStart);
    const transaction = laurelTransaction(unsigned, this.operator);
    transaction.setTransactionId(transactionId).setNodeAccountIds(this.nodes).setTransactionValidDuration(VALID_DURATION_S);
    transaction.freezeWith(this.client);
    await transaction.sign(this.operator.key);
    return {
      transactionId: transactionId.toString(),
      bytes: transaction.toBytes(),
      validUntilNs: validStartNs + BigInt(VALID_DURATION_S) * 1_000_000_000n,
    };
  }

  /** Sends stored bytes, exactly as they were signed. */
  async submit(bytes: Uint8Array): Promise<Submitted> {
    const transaction = Transaction.fromBytes(bytes);
    transaction.setMaxAttempts(1);
    try {
      await transaction.execute(this.client);
      return { kind: 'accepted' };
    } catch (error) {
      if (error instanceof PrecheckStatusError) {
        if (error.status === Status.DuplicateTransaction) return { kind: 'duplicate' };
        if (error.status === Status.Busy || error.status === Status.PlatformNotActive) return { kind: 'busy', status: error.status.toString() };
        return { kind: 'refused', status: error.status.toString() };
      }
      const status = lastStatus(error as Error);
      if (status === 'BUSY' || status === 'PLATFORM_NOT_ACTIVE') return { kind: 'busy', status };
      return this.unreachable(error as Error);
    }
  }

  /** The SDK's transport errors in words: which node did not answer, and gRPC's one-word reason. */
  private unreachable(error: Error): { kind: 'unreachable'; message: string } {
    const reason = /\b(DEADLINE_EXCEEDED|UNAVAILABLE|ECONNREFUSED|ECONNRESET|CANCELLED|timeout exceeded)\b/.exec(error.message)?.[1];
    const nodes = Object.keys(this.client.network).slice(0, 3).join(', ');
    return { kind: 'unreachable', message: `the consensus node ${nodes} does not answer${reason ? ` (${reason.replace('timeout exceeded', 'no answer in time')})` : ''}.` };
  }

  /** One receipt query; UNKNOWN (not yet at consensus) and RECEIPT_NOT_FOUND are answers, not errors. */
  async receipt(transactionId: string): Promise<Receipt> {
    const query = new TransactionReceiptQuery().setTransactionId(TransactionId.fromString(transactionId)).setNodeAccountIds(this.nodes.slice(0, 1));
    query.setMaxAttempts(1).setValidateStatus(false);
    try {
      const receipt = await query.execute(this.client);
      if (receipt.status !== Status.Success) return { kind: 'failed', status: receipt.status.toString() };
      return {
        kind: 'success',
        ...(receipt.topicId ? { topicId: receipt.topicId.toString() } : {}),
        ...(receipt.topicSequenceNumber && !receipt.topicSequenceNumber.isZero() ? { sequenceNumber: receipt.topicSequenceNumber.toNumber() } : {}),
      };
    } catch (error) {
      if (error instanceof PrecheckStatusError) {
        if (error.status === Status.ReceiptNotFound) return { kind: 'not-found' };
        return { kind: 'failed', status: error.status.toString() };
      }
      const status = lastStatus(error as Error);
      if (status === 'RECEIPT_NOT_FOUND') return { kind: 'not-found' };
      if (status === 'UNKNOWN' || status === 'BUSY' || status === 'PLATFORM_NOT_ACTIVE') return { kind: 'pending' };
      return this.unreachable(error as Error);
    }
  }
}
