import type { FeeSource, StepPricing } from './feeEstimate';

/**
 * What publishing will do before it spends anything (DESIGN §5): the transactions, their bytes and an
 * estimated fee in US dollars, priced from the network's current fee schedule when it can be read (its
 * HIP-1261 simple-fee schedule, else the legacy one), else from Hedera's published prices (`feeSource` says which). The network charges in hbar at its exchange
 * rate, so the hbar figure is converted with the rate the mirror node reports when it answers.
 */
export type PlannedStepKind = 'create-registry' | 'create-file-topic' | 'submit-chunk' | 'register';

export interface PlannedStep {
  kind: PlannedStepKind;
  count: number;
  /** Message bytes (for topic messages) or the topic memo's (for topic creation). */
  bytes: number;
  feeUsd: number;
}

export interface PublishPlan {
  designId: string;
  designName: string;
  network: string;
  sha256: string;
  /** The canonical JSON's size, and the compressed file's. */
  contentBytes: number;
  compressedBytes: number;
  version: number;
  steps: PlannedStep[];
  transactions: number;
  messageBytes: number;
  estimatedFeeUsd: number;
  /** Whether the fee was priced from the network's simple-fee schedule, its legacy fee schedule or, when neither could be read, published prices. */
  feeSource: FeeSource;
  /** The fee in hbar at the mirror node's exchange rate, when it answered. */
  estimatedFeeHbar?: number;
  operatorAccountId?: string;
  /** Set when this content is already published (or queued) on this network: publishing does nothing. */
  unchanged?: { publicationId: number; version: number; state: PublicationState };
}

export interface PlannedSizes {
  /** Each chunk of the HCS-1 file, as sent. */
  chunkBytes: readonly number[];
  fileTopicMemoBytes: number;
  registerMessageBytes: number;
  /** The registry topic's memo, when the registry is still to be created. */
  registryMemoBytes?: number;
}

export function planSteps(sizes: PlannedSizes, pricing: StepPricing): PlannedStep[] {
  const steps: PlannedStep[] = [];
  if (sizes.registryMemoBytes !== undefined) {
    steps.push({ kind: 'create-registry', count: 1, bytes: sizes.registryMemoBytes, feeUsd: pricing.createTopicUsd(sizes.registryMemoBytes) });
  }
  steps.push({ kind: 'create-file-topic', count: 1, bytes: sizes.fileTopicMemoBytes, feeUsd: pricing.createTopicUsd(sizes.fileTopicMemoBytes) });
  const chunkFees = sizes.chunkBytes.map((bytes) => pricing.submitMessageUsd(bytes));
  steps.push({ kind: 'submit-chunk', count: sizes.chunkBytes.length, bytes: sum(sizes.chunkBytes), feeUsd: roundUsd(sum(chunkFees)) });
  steps.push({ kind: 'register', count: 1, bytes: sizes.registerMessageBytes, feeUsd: pricing.submitMessageUsd(sizes.registerMessageBytes) });
  return steps;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** To the tinycent (10⁻¹⁰ dollar): sums of fractions drift in floating point, 6 × 0.0001 being 0.0006000000000000001. */
export const roundUsd = (usd: number) => Math.round(usd * 1e10) / 1e10;

export const planTotalUsd = (steps: readonly PlannedStep[]) => roundUsd(sum(steps.map((s) => s.feeUsd)));

export type PublicationState = 'queued' | 'submitting' | 'published' | 'failed';

export interface PublicationTransaction {
  step: PlannedStepKind;
  index: number;
  transactionId: string;
  state: 'signed' | 'confirmed';
  consensusTimestamp?: string;
  sequenceNumber?: number;
}

export interface PublicationSummary {
  id: number;
  designId: string;
  designName: string;
  version: number;
  sha256: string;
  network: string;
  state: PublicationState;
  /** Why it failed, or why it waits (the network is unreachable), in words a person can act on. */
  message?: string;
  fileTopicId?: string;
  registryTopicId?: string;
  registrySequenceNumber?: number;
  consensusTimestamp?: string;
  chunks: number;
  chunksConfirmed: number;
  requestedAt: string;
  publishedAt?: string;
  transactions: PublicationTransaction[];
}

/** One publication as read back from the ledger, compared with what it should be. */
export interface PublicationCheck {
  designId: string;
  version: number;
  sha256: string;
  fileTopicId: string;
  registrySequenceNumber: number;
  consensusTimestamp: string;
  /** Every check passed: the chunks reassemble, the hash matches the memo and the entry, and the local design when compared. */
  ok: boolean;
  problems: string[];
  /** Compared with the workspace's design: `same`, `changed since` (a newer local version), or not compared. */
  local?: 'same' | 'changed' | 'missing';
}

export interface PublicationVerification {
  network: string;
  registryTopicId: string;
  ok: boolean;
  checked: PublicationCheck[];
  problems: string[];
}
