import { createTopicUsage, keyStorageBytes, submitMessageUsage, type SignatureUsage } from '../../../shared/publish/consensusFeeUsage';
import { feeInTinybars, feeInTinycents, type FeeInTinycents } from '../../../shared/publish/feeFormula';
import { simpleFeeInTinycents } from '../../../shared/publish/simpleFeeFormula';
import type { KeyShape } from './hederaProtos';
import { MAINNET_FEES } from './feeScheduleFile';
import { mainnetSimpleFeeSchedule } from './simpleFeeScheduleFile';
import { FUNDING_ACCOUNT_ID } from './localNodeDefaults';
import type { SubmittedTransaction } from './transactions';

/**
 * How the ledger charges: by HIP-1261's simple-fee schedule (file 0.0.113), as mainnet has since v0.73
 * made `fees.simpleFeesEnabled` the default, or by the legacy resource prices (file 0.0.111) networks
 * used before; the legacy ledger serves no 0.0.113, like a network from before v0.73.
 */
export type FeeModel = 'simple' | 'legacy';

/** The exchange rate every receipt and file 0.0.112 report: 12 US cents to the hbar. */
export const EXCHANGE_RATE = { hbarEquiv: 1, centEquiv: 12 };

/** Primitive keys and thresholds in a key, as the node counts them for fees. */
function keyCounts(key: KeyShape | undefined): { primitive: number; thresholds: number } {
  if (!key) return { primitive: 0, thresholds: 0 };
  const inner = key.keyList?.keys ?? key.thresholdKey?.keys?.keys;
  if (!inner) return { primitive: 1, thresholds: 0 };
  const counts = inner.map(keyCounts).reduce((a, b) => ({ primitive: a.primitive + b.primitive, thresholds: a.thresholds + b.thresholds }), { primitive: 0, thresholds: 0 });
  return key.thresholdKey ? { ...counts, thresholds: counts.thresholds + 1 } : counts;
}

const storageBytes = (key: KeyShape | undefined) => {
  const { primitive, thresholds } = keyCounts(key);
  return keyStorageBytes(primitive, thresholds);
};

/** Simple keys in a key, however nested, as the node counts KEYS (`FeeKeyUtils.countKeys`). */
const simpleKeys = (key: KeyShape | undefined) => keyCounts(key).primitive;

/** What the node charges for a transaction, in tinybars, at EXCHANGE_RATE and by `model`. No congestion pricing. */
export function transactionFee(transaction: SubmittedTransaction, payerKey: KeyShape, model: FeeModel = 'simple'): bigint {
  const fee = model === 'simple' ? simpleFee(transaction) : legacyFee(transaction, payerKey);
  return feeInTinybars(fee, EXCHANGE_RATE);
}

/**
 * By mainnet's simple-fee schedule, as the consensus node's ConsensusCreateTopicFeeCalculator (KEYS: the
 * admin, fee-schedule and submit keys' simple keys) and ConsensusSubmitMessageFeeCalculator (the message's
 * bytes) count; this ledger has no topic custom fees, so their extras never apply.
 */
function simpleFee(transaction: SubmittedTransaction): FeeInTinycents {
  const { body } = transaction;
  const usage = (serviceExtras: Record<string, number>) => ({ signatures: transaction.signatureCount, signedTransactionBytes: transaction.signedBytes, serviceExtras });
  const schedule = mainnetSimpleFeeSchedule();
  let fee: FeeInTinycents | undefined;
  if (body.consensusCreateTopic) {
    const op = body.consensusCreateTopic;
    fee = simpleFeeInTinycents(schedule, 'ConsensusCreateTopic', usage({ KEYS: simpleKeys(op.adminKey) + simpleKeys(op.feeScheduleKey) + simpleKeys(op.submitKey) }));
  } else if (body.consensusSubmitMessage) {
    fee = simpleFeeInTinycents(schedule, 'ConsensusSubmitMessage', usage({ STATE_BYTES: body.consensusSubmitMessage.message?.length ?? 0 }));
  }
  if (!fee) throw new Error(`no fee for ${transaction.name}`);
  return fee;
}

/**
 * By the prices it serves as file 0.0.111, times the transaction's usage as the consensus node estimates it.
 */
function legacyFee(transaction: SubmittedTransaction, payerKey: KeyShape): FeeInTinycents {
  const { body } = transaction;
  const sig: SignatureUsage = { signatures: transaction.signatureCount, signatureMapBytes: transaction.signatureMapBytes, payerKeys: keyCounts(payerKey).primitive };
  const memoBytes = Buffer.byteLength(body.memo ?? '');
  if (body.consensusCreateTopic) {
    const op = body.consensusCreateTopic;
    const usage = createTopicUsage(
      {
        memoBytes,
        topicMemoBytes: Buffer.byteLength(op.memo ?? ''),
        keyBytes: storageBytes(op.adminKey) + storageBytes(op.submitKey),
        hasAutoRenewAccount: op.autoRenewAccount !== undefined,
        autoRenewPeriodSeconds: Number(op.autoRenewPeriod?.seconds ?? '0'),
      },
      sig,
    );
    return feeInTinycents(MAINNET_FEES.ConsensusCreateTopic, usage);
  }
  if (body.consensusSubmitMessage) {
    const usage = submitMessageUsage({ memoBytes, messageBytes: body.consensusSubmitMessage.message?.length ?? 0 }, sig);
    return feeInTinycents(MAINNET_FEES.ConsensusSubmitMessage, usage);
  }
  throw new Error(`no fee for ${transaction.name}`);
}

/** Where a charged fee goes: a tenth to the node that took the transaction, the rest to the funding account. */
export function feeTransfers(payer: string, node: string, fee: bigint): { account: string; amount: bigint }[] {
  const nodeShare = fee / 10n;
  const transfers = [
    { account: payer, amount: -fee },
    { account: node, amount: nodeShare },
    { account: FUNDING_ACCOUNT_ID, amount: fee - nodeShare },
  ];
  // The mirror node lists transfers by account number.
  return transfers.sort((a, b) => Number(a.account.split('.')[2]) - Number(b.account.split('.')[2]));
}
