import crypto from 'node:crypto';
import {
  decodeMessage,
  encodeMessage,
  hederaProtos,
  type ResponseCode,
  type SignedTransactionShape,
  type SignatureMapShape,
  type TransactionBodyShape,
  type TransactionShape,
} from './hederaProtos';
import { accountIdFromProto, formatEntityId, transactionIdFromProto, type TransactionId } from './ledgerIds';
import type { TransactionName } from './ledgerState';
import { SignatureCheck } from './signatures';

/** The network's limits on what a node takes in (services' `hedera.transaction.*` defaults). */
export const MAX_TRANSACTION_BYTES = 6144;
export const MAX_MEMO_BYTES = 100;
export const MIN_VALID_DURATION_SECONDS = 15;
export const MAX_VALID_DURATION_SECONDS = 180;

/** A transaction as a node reads it off the wire, before any state is consulted. */
export interface SubmittedTransaction {
  id: TransactionId;
  /** SHA-384 of the signed transaction bytes: the transaction hash. */
  hash: Buffer;
  body: TransactionBodyShape;
  /** Which transaction the body carries, if it is one this ledger handles. */
  name: TransactionName | undefined;
  node: string | undefined;
  validDurationSeconds: number;
  maxFee: bigint;
  signatures: SignatureCheck;
  /** The signature map's pairs and encoded size: what the fee counts as verifications and bytes. */
  signatureCount: number;
  signatureMapBytes: number;
  /** The serialized `SignedTransaction` (or, in the older form, the whole `Transaction`): what simple fees count as PROCESSING_BYTES. */
  signedBytes: number;
}

export type Parsed = { ok: true; transaction: SubmittedTransaction } | { ok: false; code: ResponseCode };

const NAME_BY_DATA: Readonly<Record<string, TransactionName>> = {
  consensusCreateTopic: 'CONSENSUSCREATETOPIC',
  consensusSubmitMessage: 'CONSENSUSSUBMITMESSAGE',
};

/**
 * Decodes `Transaction` → `SignedTransaction` → `TransactionBody` and checks what needs no state, in the
 * order a node's ingest does: size, encoding, transaction id, node, memo, validity window.
 */
export function parseTransaction(bytes: Buffer, nowNanos: bigint, allowedClockSkewMs: number): Parsed {
  if (bytes.length > MAX_TRANSACTION_BYTES) return { ok: false, code: 'TRANSACTION_OVERSIZE' };
  const protos = hederaProtos();
  let bodyBytes: Buffer;
  let sigMap: SignatureMapShape | undefined;
  let hashed: Buffer;
  let body: TransactionBodyShape;
  try {
    const transaction = decodeMessage<TransactionShape>(protos.Transaction, bytes);
    const deprecatedForm = transaction.bodyBytes !== undefined || transaction.sigMap !== undefined || transaction.body !== undefined || transaction.sigs !== undefined;
    if (transaction.signedTransactionBytes?.length) {
      if (deprecatedForm) return { ok: false, code: 'INVALID_TRANSACTION' };
      const signed = decodeMessage<SignedTransactionShape>(protos.SignedTransaction, transaction.signedTransactionBytes);
      bodyBytes = signed.bodyBytes ?? Buffer.alloc(0);
      sigMap = signed.sigMap;
      hashed = transaction.signedTransactionBytes;
    } else {
      // The form before SignedTransaction, which nodes still accept: body bytes and signatures side by side.
      bodyBytes = transaction.bodyBytes ?? Buffer.alloc(0);
      sigMap = transaction.sigMap;
      hashed = bytes;
    }
    if (bodyBytes.length === 0) return { ok: false, code: 'INVALID_TRANSACTION_BODY' };
    body = decodeMessage<TransactionBodyShape>(protos.TransactionBody, bodyBytes);
  } catch {
    return { ok: false, code: 'INVALID_TRANSACTION' };
  }

  const id = transactionIdFromProto(body.transactionID);
  if (!id || id.scheduled || id.nonce !== 0) return { ok: false, code: 'INVALID_TRANSACTION_ID' };
  const nodeId = accountIdFromProto(body.nodeAccountID);
  const memoCode = checkMemo(body.memo ?? '');
  if (memoCode) return { ok: false, code: memoCode };
  const validDurationSeconds = Number(body.transactionValidDuration?.seconds ?? '0');
  if (validDurationSeconds < MIN_VALID_DURATION_SECONDS || validDurationSeconds > MAX_VALID_DURATION_SECONDS) {
    return { ok: false, code: 'INVALID_TRANSACTION_DURATION' };
  }
  // A node takes a transaction from its valid start (give or take clock skew) until the duration runs out.
  if (id.validStartNanos > nowNanos + BigInt(allowedClockSkewMs) * 1_000_000n) return { ok: false, code: 'INVALID_TRANSACTION_START' };
  if (id.validStartNanos + BigInt(validDurationSeconds) * 1_000_000_000n <= nowNanos) return { ok: false, code: 'TRANSACTION_EXPIRED' };

  return {
    ok: true,
    transaction: {
      id,
      hash: crypto.createHash('sha384').update(hashed).digest(),
      body,
      name: body.data === undefined ? undefined : NAME_BY_DATA[body.data],
      node: nodeId && formatEntityId(nodeId),
      validDurationSeconds,
      maxFee: BigInt(body.transactionFee ?? '0'),
      signatures: new SignatureCheck(bodyBytes, sigMap),
      signatureCount: sigMap?.sigPair?.length ?? 0,
      signatureMapBytes: sigMap ? encodeMessage(protos.SignatureMap, sigMap).length : 0,
      signedBytes: hashed.length,
    },
  };
}

/** The transaction id in a `Transaction`'s bytes, if they hold one; for logging what a node turned away. */
export function peekTransactionId(bytes: Buffer): TransactionId | undefined {
  const protos = hederaProtos();
  try {
    const transaction = decodeMessage<TransactionShape>(protos.Transaction, bytes);
    const bodyBytes = transaction.signedTransactionBytes?.length
      ? decodeMessage<SignedTransactionShape>(protos.SignedTransaction, transaction.signedTransactionBytes).bodyBytes
      : transaction.bodyBytes;
    return bodyBytes && transactionIdFromProto(decodeMessage<TransactionBodyShape>(protos.TransactionBody, bodyBytes).transactionID);
  } catch {
    return undefined;
  }
}

/** Memos (transaction and topic) are at most 100 bytes of UTF-8 and hold no zero byte. */
export function checkMemo(memo: string): ResponseCode | undefined {
  if (Buffer.byteLength(memo, 'utf8') > MAX_MEMO_BYTES) return 'MEMO_TOO_LONG';
  if (memo.includes('\0')) return 'INVALID_ZERO_BYTE_IN_STRING';
  return undefined;
}
