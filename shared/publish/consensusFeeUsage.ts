import type { FeeData, ResourceUsage } from './feeFormula';

/**
 * How much of each priced resource Laurel's two transactions use, as the consensus node estimates it:
 * ConsensusCreateTopic by `ConsensusServiceFeeBuilder.getConsensusCreateTopicFee` (through
 * `FeeBuilder.getFeeDataMatrices`), ConsensusSubmitMessage by `ConsensusSubmitMessageHandler.calculateFees`
 * on a `UsageAccumulator` (hiero-consensus-node, hapi-utils, hapi-fees and the consensus service). The sizes
 * are the node's nominal field sizes (`FeeConstants`), not protobuf bytes: that is what it prices.
 */
const LONG_SIZE = 8n;
const INT_SIZE = 4n;
const BOOL_SIZE = 4n;
const KEY_SIZE = 32n;
const TX_HASH_SIZE = 48n;
const BASIC_ENTITY_ID_SIZE = 3n * LONG_SIZE;
const BASIC_TX_ID_SIZE = BASIC_ENTITY_ID_SIZE + LONG_SIZE;
const EXCHANGE_RATE_SIZE = 2n * INT_SIZE + LONG_SIZE;
/** status and the current and next exchange rates */
const BASIC_RECEIPT_SIZE = INT_SIZE + 2n * EXCHANGE_RATE_SIZE;
/** transaction id, node account, fee, valid duration, generate-record flag */
const BASIC_TX_BODY_SIZE = BASIC_ENTITY_ID_SIZE + BASIC_TX_ID_SIZE + LONG_SIZE + LONG_SIZE + BOOL_SIZE;
/** receipt, transaction hash, consensus time, transaction id, fee */
const BASIC_TX_RECORD_SIZE = BASIC_RECEIPT_SIZE + TX_HASH_SIZE + LONG_SIZE + BASIC_TX_ID_SIZE + LONG_SIZE;
/** How long receipts are kept, which the network prices as RAM. */
const RECEIPT_STORAGE_TIME_SEC = 180n;
const SECONDS_PER_HOUR = 3600n;

/** The signatures on a transaction, as the node counts them for fees. */
export interface SignatureUsage {
  /** Signature pairs in the signature map: each one is verified. */
  signatures: number;
  /** The signature map's protobuf-encoded size. */
  signatureMapBytes: number;
  /** Primitive keys in the payer's key: the verifications the submitting node does alone. */
  payerKeys: number;
}

export type SignerKeyType = 'ED25519' | 'ECDSA_SECP256K1';

/** A key's size as the node prices its storage: 32 bytes a primitive key, 4 a threshold (`getAccountKeyStorageSize`). */
export function keyStorageBytes(primitiveKeys: number, thresholds = 0): number {
  return primitiveKeys * Number(KEY_SIZE) + thresholds * Number(INT_SIZE);
}

const varintBytes = (value: number) => (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : 4);
const lengthDelimited = (length: number) => 1 + varintBytes(length) + length;

/**
 * One signature by one simple key, as the SDK writes it: a signature map holding one pair whose prefix is
 * the whole public key (32 bytes for Ed25519, 33 compressed for secp256k1) and a 64-byte signature.
 */
export function singleSignature(keyType: SignerKeyType): SignatureUsage {
  const pair = lengthDelimited(keyType === 'ED25519' ? 32 : 33) + lengthDelimited(64);
  return { signatures: 1, signatureMapBytes: lengthDelimited(pair), payerKeys: 1 };
}

/**
 * A `SignedTransaction`'s length, what HIP-1261 prices as PROCESSING_BYTES: the body bytes (field 1) and
 * the signature map (field 2), each length-delimited.
 */
export function signedTransactionBytes(bodyBytes: number, sig: SignatureUsage): number {
  return lengthDelimited(bodyBytes) + lengthDelimited(sig.signatureMapBytes);
}

/** Byte-seconds to the byte-hours prices are set in; a non-zero usage is never rounded down to nothing. */
const hours = (byteSeconds: bigint) => (byteSeconds === 0n ? 0n : byteSeconds < SECONDS_PER_HOUR ? 1n : byteSeconds / SECONDS_PER_HOUR);

/** What every transaction uses before its own body: the common fields, the memo and the signatures. */
function baseUsage(memoUtf8Bytes: number, sig: SignatureUsage) {
  const memoBytes = BigInt(memoUtf8Bytes);
  return {
    bpt: BASIC_TX_BODY_SIZE + memoBytes + BigInt(sig.signatureMapBytes),
    recordByteSeconds: RECEIPT_STORAGE_TIME_SEC * (BASIC_TX_RECORD_SIZE + memoBytes),
    receiptByteSeconds: RECEIPT_STORAGE_TIME_SEC * BASIC_RECEIPT_SIZE,
  };
}

function usageVector(sig: SignatureUsage, bpt: bigint, networkByteSeconds: bigint, serviceByteSeconds: bigint): FeeData<ResourceUsage> {
  return {
    nodedata: { constant: 1n, bpt, vpt: BigInt(sig.payerKeys), bpr: INT_SIZE },
    networkdata: { constant: 1n, bpt, vpt: BigInt(sig.signatures), rbh: hours(networkByteSeconds) },
    servicedata: { constant: 1n, rbh: hours(serviceByteSeconds) },
  };
}

export interface CreateTopicShape {
  /** The transaction memo's UTF-8 bytes (Laurel leaves it empty). */
  memoBytes: number;
  topicMemoBytes: number;
  /** The admin and submit keys' storage size as the node counts it (`keyStorageBytes`); Laurel sets a submit key only. */
  keyBytes: number;
  /** The SDK makes the payer the topic's auto-renew account unless told otherwise. */
  hasAutoRenewAccount: boolean;
  autoRenewPeriodSeconds: number;
}

/** ConsensusCreateTopic: the topic's RAM for its whole auto-renew period is most of the price. */
export function createTopicUsage(op: CreateTopicShape, sig: SignatureUsage): FeeData<ResourceUsage> {
  const base = baseUsage(op.memoBytes, sig);
  const variableBytes = BigInt(op.topicMemoBytes) + BigInt(op.keyBytes) + (op.hasAutoRenewAccount ? BASIC_ENTITY_ID_SIZE : 0n);
  // topic id; expiry, sequence number and auto-renew period; deleted flag; running hash; then the variable fields
  const topicRamBytes = BASIC_ENTITY_ID_SIZE + 3n * LONG_SIZE + BOOL_SIZE + TX_HASH_SIZE + variableBytes;
  const bodyBytes = variableBytes + LONG_SIZE; // and the auto-renew period
  return usageVector(
    sig,
    base.bpt + bodyBytes,
    base.receiptByteSeconds + BASIC_ENTITY_ID_SIZE * RECEIPT_STORAGE_TIME_SEC, // the receipt carries the topic id
    base.recordByteSeconds + topicRamBytes * BigInt(op.autoRenewPeriodSeconds),
  );
}

/** ConsensusSubmitMessage: priced by its bytes; its receipt carries a sequence number and a running hash. */
export function submitMessageUsage(op: { memoBytes: number; messageBytes: number }, sig: SignatureUsage): FeeData<ResourceUsage> {
  const base = baseUsage(op.memoBytes, sig);
  return usageVector(
    sig,
    base.bpt + BASIC_ENTITY_ID_SIZE + BigInt(op.messageBytes), // the topic id and the message
    base.receiptByteSeconds + (LONG_SIZE + TX_HASH_SIZE) * RECEIPT_STORAGE_TIME_SEC,
    base.recordByteSeconds,
  );
}
