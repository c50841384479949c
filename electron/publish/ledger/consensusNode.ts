import type { ResponseCode, TransactionIdShape } from './hederaProtos';
import { accountIdFromProto, formatEntityId, nowNanos, transactionIdFromProto, transactionKey, type TransactionId } from './ledgerIds';
import type { ConsensusEntry, LedgerState } from './ledgerState';
import { feeTransfers, transactionFee, type FeeModel } from './fees';
import { decodeKey } from './signatures';
import { createTopic, submitMessage, type HandleContext, type HandleOutcome } from './topics';
import { parseTransaction, type SubmittedTransaction } from './transactions';
import { NODE_ACCOUNT_ID } from './localNodeDefaults';

export interface ConsensusNodeOptions {
  /** How far ahead of the node's clock a transaction's valid start may be, for a client's clock skew. */
  allowedClockSkewMs?: number;
  /** Called after every transaction that reached consensus, e.g. to save the state. */
  onCommit?: (state: LedgerState) => void;
  /** How long after acceptance a transaction reaches consensus (a fault; 0 is at once). */
  consensusLagMs?: () => number;
  /** How transactions are charged (default: simple fees, as mainnet). */
  feeModel?: FeeModel;
}

export interface SubmitResult {
  precheck: ResponseCode;
  /** The fee the node required, when it answers INSUFFICIENT_TX_FEE. */
  cost: bigint;
  transactionId?: TransactionId;
}

/**
 * One consensus node and the network behind it, collapsed: a transaction that passes the node's prechecks
 * is handled at once, in arrival order, with a consensus time after every earlier one. With a consensus lag
 * that time lies ahead, and receipts say UNKNOWN until it has come.
 */
export class ConsensusNode {
  readonly accountId = NODE_ACCOUNT_ID;
  readonly feeModel: FeeModel;
  private readonly allowedClockSkewMs: number;

  constructor(
    readonly state: LedgerState,
    private readonly options: ConsensusNodeOptions = {},
  ) {
    this.allowedClockSkewMs = options.allowedClockSkewMs ?? 1000;
    this.feeModel = options.feeModel ?? 'simple';
  }

  /** A signed `Transaction` as sent to any transaction RPC; the answer is its precheck code. */
  submit(bytes: Buffer): SubmitResult {
    const now = nowNanos();
    const parsed = parseTransaction(bytes, now, this.allowedClockSkewMs);
    if (!parsed.ok) return { precheck: parsed.code, cost: 0n };
    const { transaction } = parsed;
    const answer = (precheck: ResponseCode, cost = 0n): SubmitResult => ({ precheck, cost, transactionId: transaction.id });

    if (transaction.node !== this.accountId) return answer('INVALID_NODE_ACCOUNT');
    if (this.state.transactions.has(transactionKey(transaction.id))) return answer('DUPLICATE_TRANSACTION');
    if (!transaction.name) return answer('NOT_SUPPORTED');
    const pureCheck = this.pureChecks(transaction);
    if (pureCheck) return answer(pureCheck);

    const payerId = formatEntityId(transaction.id.payer);
    const payer = this.state.accounts.get(payerId);
    if (!payer) return answer('PAYER_ACCOUNT_NOT_FOUND');
    const payerKey = decodeKey(payer.key);
    if (!transaction.signatures.satisfies(payerKey)) return answer('INVALID_SIGNATURE');
    const fee = transactionFee(transaction, payerKey, this.feeModel);
    if (transaction.maxFee < fee) return answer('INSUFFICIENT_TX_FEE', fee);
    if (payer.balance < fee) return answer('INSUFFICIENT_PAYER_BALANCE');

    this.reachConsensus(transaction, payerId, fee, now + BigInt(this.options.consensusLagMs?.() ?? 0) * 1_000_000n);
    return answer('OK');
  }

  /** The checks of each transaction type that need no state (`pureChecks` in the consensus node). */
  private pureChecks({ body }: SubmittedTransaction): ResponseCode | undefined {
    const submit = body.consensusSubmitMessage;
    if (submit) {
      if (!submit.topicID) return 'INVALID_TOPIC_ID';
      if (!submit.message?.length) return 'INVALID_TOPIC_MESSAGE';
    }
    return undefined;
  }

  private reachConsensus(transaction: SubmittedTransaction, payer: string, fee: bigint, earliest: bigint): void {
    const consensusNanos = this.state.nextConsensusTime(earliest);
    const context: HandleContext = { state: this.state, transaction, payer, consensusNanos };
    const { body } = transaction;
    let outcome: HandleOutcome;
    if (body.consensusCreateTopic) outcome = createTopic(context, body.consensusCreateTopic);
    else if (body.consensusSubmitMessage) outcome = submitMessage(context, body.consensusSubmitMessage);
    else throw new Error(`no handler for ${transaction.name}`);

    // The payer pays for a transaction that reached consensus, whether or not it succeeded.
    const transfers = feeTransfers(payer, this.accountId, fee);
    for (const { account, amount } of transfers) {
      const entry = this.state.accounts.get(account);
      if (entry) entry.balance += amount;
    }
    const entry: ConsensusEntry = {
      transactionId: transaction.id,
      name: transaction.name!,
      status: outcome.status,
      consensusNanos,
      transactionHash: transaction.hash,
      memo: body.memo ?? '',
      maxFee: transaction.maxFee,
      chargedFee: fee,
      validDurationSeconds: transaction.validDurationSeconds,
      node: this.accountId,
      entityId: outcome.entityId,
      transfers,
      receipt: outcome.receipt,
    };
    this.state.transactions.set(transactionKey(transaction.id), entry);
    this.options.onCommit?.(this.state);
  }

  /** The transaction taken under this id, for receipt and record queries; `pending` until its consensus time. */
  lookup(shape: TransactionIdShape | undefined): { precheck: 'OK'; entry: ConsensusEntry; pending: boolean } | { precheck: ResponseCode } {
    const id = transactionIdFromProto(shape);
    if (!id) return { precheck: 'INVALID_TRANSACTION_ID' };
    const entry = this.state.transactions.get(transactionKey(id));
    return entry ? { precheck: 'OK', entry, pending: entry.consensusNanos > nowNanos() } : { precheck: 'RECEIPT_NOT_FOUND' };
  }

  accountBalance(shape: Parameters<typeof accountIdFromProto>[0]): { precheck: ResponseCode; balance: bigint } {
    const id = accountIdFromProto(shape);
    const account = id && this.state.accounts.get(formatEntityId(id));
    return account ? { precheck: 'OK', balance: account.balance } : { precheck: 'INVALID_ACCOUNT_ID', balance: 0n };
  }
}
