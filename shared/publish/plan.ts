/**
 * What publishing will do before it spends anything (DESIGN §5): the transactions, their bytes and an
 * estimated fee. Prices are Hedera's published base fees in US dollars (docs.hedera.com, "Transaction
 * fees"); the network charges in hbar at its current exchange rate, so the hbar figure is converted with
 * the rate the mirror node reports when it answers.
 */
export const FEE_USD = {
  createTopic: 0.01,
  submitMessage: 0.0001,
} as const;

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
  /** The fee in hbar at the mirror node's exchange rate, when it answered. */
  estimatedFeeHbar?: number;
  operatorAccountId?: string;
  /** Set when this content is already published (or queued) on this network: publishing does nothing. */
  unchanged?: { publicationId: number; version: number; state: PublicationState };
}

export function planSteps(chunks: readonly string[], registerMessageBytes: number, needsRegistry: boolean, fileTopicMemoBytes: number): PlannedStep[] {
  const steps: PlannedStep[] = [];
  if (needsRegistry) steps.push({ kind: 'create-registry', count: 1, bytes: 0, feeUsd: FEE_USD.createTopic });
  steps.push({ kind: 'create-file-topic', count: 1, bytes: fileTopicMemoBytes, feeUsd: FEE_USD.createTopic });
  // Rounded to a millionth of a dollar: 6 × 0.0001 is 0.0006000000000000001 in floating point.
  const chunkFee = Math.round(chunks.length * FEE_USD.submitMessage * 1e6) / 1e6;
  steps.push({ kind: 'submit-chunk', count: chunks.length, bytes: chunks.reduce((sum, c) => sum + c.length, 0), feeUsd: chunkFee });
  steps.push({ kind: 'register', count: 1, bytes: registerMessageBytes, feeUsd: FEE_USD.submitMessage });
  return steps;
}

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
