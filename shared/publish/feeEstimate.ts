import { createTopicUsage, keyStorageBytes, singleSignature, submitMessageUsage, type SignerKeyType } from './consensusFeeUsage';
import { feeInTinycents, tinycentsToUsd, type FeeData, type ResourcePrices } from './feeFormula';
import { simpleFeeInTinycents } from './simpleFeeFormula';
import type { SimpleFeeSchedule } from './simpleFeeSchedule';

/**
 * Where a plan's fee comes from, in the order it is tried: the network's HIP-1261 simple-fee schedule (file
 * 0.0.113, the model networks charge by from v0.73), its legacy resource-priced schedule (file 0.0.111, frozen
 * once simple fees are in force), or Hedera's published prices when neither could be read.
 */
export type FeeSource = 'simple-fee-schedule' | 'fee-schedule' | 'published-prices';

/** The prices of Laurel's two transactions (their DEFAULT sub-type) in a network's current fee schedule. */
export interface ConsensusFeeSchedule {
  createTopic: FeeData<ResourcePrices>;
  submitMessage: FeeData<ResourcePrices>;
}

/**
 * The fallback, used only when the fee schedule cannot be read: Hedera's published typical prices in US
 * dollars (docs.hedera.com, "Transaction fees"; ConsensusSubmitMessage rose from $0.0001 to $0.0008 with
 * the v0.69 mainnet release, January 2026).
 */
export const PUBLISHED_PRICES_USD = {
  createTopic: 0.01,
  submitMessage: 0.0008,
} as const;

/** The SDK's default auto-renew period for a new topic (90 days); Laurel does not change it. */
export const TOPIC_AUTO_RENEW_SECONDS = 7_776_000;

/** The submit key on every topic Laurel creates: one primitive key (the operator's). */
const TOPIC_KEYS = 1;

/** The fee of each of Laurel's transactions, in US dollars, by what varies between them. */
export interface StepPricing {
  source: FeeSource;
  createTopicUsd(topicMemoBytes: number): number;
  submitMessageUsd(messageBytes: number): number;
}

export const publishedPricing: StepPricing = {
  source: 'published-prices',
  createTopicUsd: () => PUBLISHED_PRICES_USD.createTopic,
  submitMessageUsd: () => PUBLISHED_PRICES_USD.submitMessage,
};

/**
 * Prices Laurel's transactions as the network will: the operator signs alone, the topic has a submit key
 * and no admin key, and the SDK makes the operator its auto-renew account; no transaction memo.
 */
export function schedulePricing(schedule: ConsensusFeeSchedule, signer: SignerKeyType): StepPricing {
  const sig = singleSignature(signer);
  return {
    source: 'fee-schedule',
    createTopicUsd: (topicMemoBytes) => {
      const usage = createTopicUsage({ memoBytes: 0, topicMemoBytes, keyBytes: keyStorageBytes(1), hasAutoRenewAccount: true, autoRenewPeriodSeconds: TOPIC_AUTO_RENEW_SECONDS }, sig);
      return tinycentsToUsd(feeInTinycents(schedule.createTopic, usage).total);
    },
    submitMessageUsd: (messageBytes) => tinycentsToUsd(feeInTinycents(schedule.submitMessage, submitMessageUsage({ memoBytes: 0, messageBytes }, sig)).total),
  };
}

/**
 * How long each of Laurel's transactions is once signed (the `SignedTransaction` bytes a node counts as
 * PROCESSING_BYTES), by what varies between them; measured where the SDK builds them.
 */
export interface SignedTransactionSizes {
  createTopic(topicMemoBytes: number): number;
  submitMessage(messageBytes: number): number;
}

/** Prices Laurel's transactions by a simple-fee schedule: one signature (the operator's), a submit key on each topic. */
export function simpleSchedulePricing(schedule: SimpleFeeSchedule, sizes: SignedTransactionSizes): StepPricing {
  const usd = (transaction: string, signedTransactionBytes: number, serviceExtras: Record<string, number>) => {
    const fee = simpleFeeInTinycents(schedule, transaction, { signatures: 1, signedTransactionBytes, serviceExtras });
    // decodeSimpleFeeSchedule only gives schedules that price both transactions.
    if (!fee) throw new Error(`the simple-fee schedule does not price ${transaction}`);
    return tinycentsToUsd(fee.total);
  };
  return {
    source: 'simple-fee-schedule',
    createTopicUsd: (topicMemoBytes) => usd('ConsensusCreateTopic', sizes.createTopic(topicMemoBytes), { KEYS: TOPIC_KEYS }),
    submitMessageUsd: (messageBytes) => usd('ConsensusSubmitMessage', sizes.submitMessage(messageBytes), { STATE_BYTES: messageBytes }),
  };
}
