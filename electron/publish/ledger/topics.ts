import type { CreateTopicShape, ResponseCode, SubmitMessageShape } from './hederaProtos';
import { accountIdFromProto, formatEntityId, parseEntityId, topicIdFromProto, transactionIdFromProto, transactionKey } from './ledgerIds';
import type { ConsensusEntry, LedgerState, TopicMessageEntry } from './ledgerState';
import { INITIAL_RUNNING_HASH, nextRunningHash, RUNNING_HASH_VERSION } from './runningHash';
import { decodeKey, encodeKey, isImmutableKey, isWellFormedKey } from './signatures';
import { checkMemo, type SubmittedTransaction } from './transactions';

/** The largest message one ConsensusSubmitMessage may carry (`consensus.message.maxBytesAllowed`). */
export const MAX_MESSAGE_BYTES = 1024;
/** The auto-renew periods the network accepts (`ledger.autoRenewPeriod.minDuration` / `maxDuration`). */
export const MIN_AUTO_RENEW_SECONDS = 2_592_000;
export const MAX_AUTO_RENEW_SECONDS = 8_000_001;

/** What handling a transaction at consensus needs: the state, the transaction, its payer and time. */
export interface HandleContext {
  state: LedgerState;
  transaction: SubmittedTransaction;
  payer: string;
  consensusNanos: bigint;
}

export interface HandleOutcome {
  status: ResponseCode;
  entityId: string | null;
  receipt: ConsensusEntry['receipt'];
}

const failed = (status: ResponseCode): HandleOutcome => ({ status, entityId: null, receipt: {} });

/** ConsensusCreateTopic, with the consensus node's checks (ConsensusCreateTopicHandler). */
export function createTopic({ state, transaction, consensusNanos }: HandleContext, op: CreateTopicShape): HandleOutcome {
  const adminKey = op.adminKey && !isImmutableKey(op.adminKey) ? op.adminKey : undefined;
  if ((adminKey && !isWellFormedKey(adminKey)) || (op.submitKey && !isWellFormedKey(op.submitKey))) return failed('BAD_ENCODING');
  if ((op.customFees ?? []).length > 0 || op.feeScheduleKey || (op.feeExemptKeyList ?? []).length > 0) return failed('NOT_SUPPORTED');

  let autoRenewAccount: string | null = null;
  if (op.autoRenewAccount) {
    const id = accountIdFromProto(op.autoRenewAccount);
    const account = id && state.accounts.get(formatEntityId(id));
    if (!account) return failed('INVALID_AUTORENEW_ACCOUNT');
    if (!transaction.signatures.satisfies(decodeKey(account.key))) return failed('INVALID_SIGNATURE');
    autoRenewAccount = account.id;
  }
  // Setting an admin key takes that key's signature, so no one can lock a topic with a key they do not hold.
  if (adminKey && !transaction.signatures.satisfies(adminKey)) return failed('INVALID_SIGNATURE');

  const memo = op.memo ?? '';
  const memoCode = checkMemo(memo);
  if (memoCode) return failed(memoCode);
  const autoRenewPeriodSeconds = Number(op.autoRenewPeriod?.seconds ?? '0');
  if (autoRenewPeriodSeconds < MIN_AUTO_RENEW_SECONDS || autoRenewPeriodSeconds > MAX_AUTO_RENEW_SECONDS) {
    return failed('AUTORENEW_DURATION_NOT_IN_RANGE');
  }

  const id = `0.0.${state.newEntityNum()}`;
  state.topics.set(id, {
    id,
    memo,
    adminKey: adminKey ? encodeKey(adminKey) : null,
    submitKey: op.submitKey ? encodeKey(op.submitKey) : null,
    autoRenewAccount,
    autoRenewPeriodSeconds,
    createdNanos: consensusNanos,
    expirationSeconds: consensusNanos / 1_000_000_000n + BigInt(autoRenewPeriodSeconds),
    sequenceNumber: 0n,
    runningHash: INITIAL_RUNNING_HASH,
  });
  state.messages.set(id, []);
  return { status: 'SUCCESS', entityId: id, receipt: { topicId: id } };
}

/** ConsensusSubmitMessage, with the consensus node's checks (ConsensusSubmitMessageHandler). */
export function submitMessage({ state, transaction, payer, consensusNanos }: HandleContext, op: SubmitMessageShape): HandleOutcome {
  const topicId = op.topicID && formatEntityId(topicIdFromProto(op.topicID));
  const topic = topicId === undefined ? undefined : state.topics.get(topicId);
  if (!topic) return failed('INVALID_TOPIC_ID');
  if (topic.submitKey && !transaction.signatures.satisfies(decodeKey(topic.submitKey))) return failed('INVALID_SIGNATURE');

  const message = op.message ?? Buffer.alloc(0);
  if (message.length > MAX_MESSAGE_BYTES) return failed('MESSAGE_SIZE_TOO_LARGE');

  let chunk: TopicMessageEntry['chunk'] = null;
  if (op.chunkInfo) {
    const { number = 0, total = 0 } = op.chunkInfo;
    if (number < 1 || number > total) return failed('INVALID_CHUNK_NUMBER');
    const initial = transactionIdFromProto(op.chunkInfo.initialTransactionID);
    if (!initial || formatEntityId(initial.payer) !== payer) return failed('INVALID_CHUNK_TRANSACTION_ID');
    // The first chunk is the transaction the others point back to.
    if (number === 1 && transactionKey(initial) !== transactionKey(transaction.id)) return failed('INVALID_CHUNK_TRANSACTION_ID');
    chunk = { initialTransactionId: initial, number, total };
  }

  const sequenceNumber = topic.sequenceNumber + 1n;
  const runningHash = nextRunningHash({
    previous: topic.runningHash,
    payer: parseEntityId(payer)!,
    topic: parseEntityId(topic.id)!,
    consensusNanos,
    sequenceNumber,
    message,
  });
  topic.sequenceNumber = sequenceNumber;
  topic.runningHash = runningHash;
  state.messages.get(topic.id)!.push({
    topicId: topic.id,
    sequenceNumber,
    consensusNanos,
    message,
    runningHash,
    runningHashVersion: RUNNING_HASH_VERSION,
    payer,
    chunk,
  });
  return {
    status: 'SUCCESS',
    entityId: topic.id,
    receipt: { topicSequenceNumber: sequenceNumber, topicRunningHash: runningHash, topicRunningHashVersion: RUNNING_HASH_VERSION },
  };
}
