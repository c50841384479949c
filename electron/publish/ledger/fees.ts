import { createTopicUsage, keyStorageBytes, submitMessageUsage, type SignatureUsage } from '../../../shared/publish/consensusFeeUsage';
import { feeInTinybars, feeInTinycents } from '../../../shared/publish/feeFormula';
import type { KeyShape } from './hederaProtos';
import { MAINNET_FEES } from './feeScheduleFile';
import { FUNDING_ACCOUNT_ID } from './localNodeDefaults';
import type { SubmittedTransaction } from './transactions';

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

/**
 * What the node charges for a transaction, in tinybars: the prices it serves as file 0.0.111, times the
 * transaction's usage as the consensus node estimates it, at EXCHANGE_RATE. No congestion pricing.
 */
export function transactionFee(transaction: SubmittedTransaction, payerKey: KeyShape): bigint {
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
    return feeInTinybars(feeInTinycents(MAINNET_FEES.ConsensusCreateTopic, usage), EXCHANGE_RATE);
  }
  if (body.consensusSubmitMessage) {
    const usage = submitMessageUsage({ memoBytes, messageBytes: body.consensusSubmitMessage.message?.length ?? 0 }, sig);
    return feeInTinybars(feeInTinycents(MAINNET_FEES.ConsensusSubmitMessage, usage), EXCHANGE_RATE);
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
