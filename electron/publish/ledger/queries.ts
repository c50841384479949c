import type { ConsensusNode } from './consensusNode';
import { EXCHANGE_RATE } from './fees';
import { exchangeRateFileBytes, feeScheduleFileBytes } from './feeScheduleFile';
import { simpleFeeScheduleFileBytes } from './simpleFeeScheduleFile';
import type { QueryHeaderShape, QueryShape, ResponseCode } from './hederaProtos';
import { nanosToTimestamp, nowNanos, parseEntityId, topicIdFromProto, topicIdToProto, accountIdToProto, formatEntityId, transactionIdToProto } from './ledgerIds';
import type { ConsensusEntry } from './ledgerState';
import { decodeKey } from './signatures';

/** The consensus node's version the answers claim: the local node's image tag (NETWORK_NODE_IMAGE_TAG). */
export const SERVICES_VERSION = { major: 0, minor: 72, patch: 0 };
/** `LedgerId.LOCAL_NODE` in the SDK. */
const LOCAL_LEDGER_ID = Buffer.from([3]);

type ResponseObject = Record<string, unknown>;

function header(query: { header?: QueryHeaderShape } | undefined, precheck: ResponseCode) {
  return { nodeTransactionPrecheckCode: precheck, responseType: query?.header?.responseType ?? 'ANSWER_ONLY', cost: 0 };
}

/** Paid queries cost nothing here (their payment is not taken); a COST_ANSWER query gets just the header that says so. */
const wantsCostOnly = (query: { header?: QueryHeaderShape } | undefined) => query?.header?.responseType === 'COST_ANSWER';

function exchangeRateSet(consensusNanos: bigint) {
  const nextHour = (consensusNanos / 1_000_000_000n / 3600n + 1n) * 3600n;
  const rate = (expiry: bigint) => ({ ...EXCHANGE_RATE, expirationTime: { seconds: expiry.toString() } });
  return { currentRate: rate(nextHour), nextRate: rate(nextHour + 3600n) };
}

export function receiptOf(entry: ConsensusEntry) {
  const { receipt } = entry;
  return {
    status: entry.status,
    exchangeRate: exchangeRateSet(entry.consensusNanos),
    ...(receipt.topicId && { topicID: topicIdToProto(parseEntityId(receipt.topicId)!) }),
    ...(receipt.topicSequenceNumber !== undefined && {
      topicSequenceNumber: receipt.topicSequenceNumber.toString(),
      topicRunningHash: receipt.topicRunningHash,
      topicRunningHashVersion: receipt.topicRunningHashVersion,
    }),
  };
}

function recordOf(entry: ConsensusEntry) {
  return {
    receipt: receiptOf(entry),
    transactionHash: entry.transactionHash,
    consensusTimestamp: nanosToTimestamp(entry.consensusNanos),
    transactionID: transactionIdToProto(entry.transactionId),
    memo: entry.memo,
    transactionFee: entry.chargedFee.toString(),
    transferList: {
      accountAmounts: entry.transfers.map(({ account, amount }) => ({ accountID: accountIdToProto(parseEntityId(account)!), amount: amount.toString() })),
    },
  };
}

/**
 * The system files a client reads to price its transactions: the legacy fee schedule (0.0.111), the exchange
 * rates (0.0.112) and, when the ledger charges simple fees, their schedule (0.0.113).
 */
function systemFileContents(node: ConsensusNode, fileId: string): Buffer | undefined {
  if (fileId === '0.0.111') return feeScheduleFileBytes();
  if (fileId === '0.0.113' && node.feeModel === 'simple') return simpleFeeScheduleFileBytes();
  if (fileId === '0.0.112') return exchangeRateFileBytes(exchangeRateSet(nowNanos()));
  return undefined;
}

/**
 * Answers the queries the SDK sends for receipts, records, balances, topic info, system files and the node's version, as a
 * `Response` object (protobufjs `fromObject` form). Anything else is NOT_SUPPORTED.
 */
export function answerQuery(node: ConsensusNode, query: QueryShape): ResponseObject {
  if (query.transactionGetReceipt) {
    const q = query.transactionGetReceipt;
    const found = node.lookup(q.transactionID);
    if (!('entry' in found)) return { transactionGetReceipt: { header: header(q, found.precheck) } };
    // A node knows a transaction it took before consensus is reached: its receipt is UNKNOWN until then.
    const receipt = found.pending ? { status: 'UNKNOWN' } : receiptOf(found.entry);
    return { transactionGetReceipt: { header: header(q, 'OK'), receipt } };
  }
  if (query.transactionGetRecord) {
    const q = query.transactionGetRecord;
    if (wantsCostOnly(q)) return { transactionGetRecord: { header: header(q, 'OK') } };
    const found = node.lookup(q.transactionID);
    if (!('entry' in found) || found.pending) {
      const precheck = found.precheck === 'RECEIPT_NOT_FOUND' || found.precheck === 'OK' ? 'RECORD_NOT_FOUND' : found.precheck;
      return { transactionGetRecord: { header: header(q, precheck) } };
    }
    return { transactionGetRecord: { header: header(q, 'OK'), transactionRecord: recordOf(found.entry) } };
  }
  if (query.cryptogetAccountBalance) {
    const q = query.cryptogetAccountBalance;
    const { precheck, balance } = node.accountBalance(q.accountID);
    return { cryptogetAccountBalance: { header: header(q, precheck), accountID: q.accountID, balance: balance.toString() } };
  }
  if (query.consensusGetTopicInfo) {
    const q = query.consensusGetTopicInfo;
    const topicId = q.topicID && formatEntityId(topicIdFromProto(q.topicID));
    const topic = topicId === undefined ? undefined : node.state.topics.get(topicId);
    if (!topic) return { consensusGetTopicInfo: { header: header(q, 'INVALID_TOPIC_ID') } };
    if (wantsCostOnly(q)) return { consensusGetTopicInfo: { header: header(q, 'OK') } };
    return {
      consensusGetTopicInfo: {
        header: header(q, 'OK'),
        topicID: q.topicID,
        topicInfo: {
          memo: topic.memo,
          runningHash: topic.runningHash,
          sequenceNumber: topic.sequenceNumber.toString(),
          expirationTime: { seconds: topic.expirationSeconds.toString() },
          ...(topic.adminKey && { adminKey: decodeKey(topic.adminKey) }),
          ...(topic.submitKey && { submitKey: decodeKey(topic.submitKey) }),
          autoRenewPeriod: { seconds: topic.autoRenewPeriodSeconds },
          ...(topic.autoRenewAccount && { autoRenewAccount: accountIdToProto(parseEntityId(topic.autoRenewAccount)!) }),
          ledgerId: LOCAL_LEDGER_ID,
        },
      },
    };
  }
  if (query.fileGetContents) {
    const q = query.fileGetContents;
    const fileId = q.fileID && `${q.fileID.shardNum ?? '0'}.${q.fileID.realmNum ?? '0'}.${q.fileID.fileNum ?? '0'}`;
    const contents = fileId === undefined ? undefined : systemFileContents(node, fileId);
    if (!contents) return { fileGetContents: { header: header(q, 'INVALID_FILE_ID') } };
    if (wantsCostOnly(q)) return { fileGetContents: { header: header(q, 'OK') } };
    return { fileGetContents: { header: header(q, 'OK'), fileContents: { fileID: q.fileID, contents } } };
  }
  if (query.networkGetVersionInfo) {
    const q = query.networkGetVersionInfo;
    if (wantsCostOnly(q)) return { networkGetVersionInfo: { header: header(q, 'OK') } };
    return { networkGetVersionInfo: { header: header(q, 'OK'), hapiProtoVersion: SERVICES_VERSION, hederaServicesVersion: SERVICES_VERSION } };
  }
  // Every Response body starts with its header, so any one of them can carry the refusal; the SDK reads
  // the body matching its query, so name it when the query said which.
  const field = query.query ?? 'transactionGetReceipt';
  return { [field]: { header: header(undefined, 'NOT_SUPPORTED') } };
}
