import crypto from 'node:crypto';
import { decodeMessage, encodeMessage, hederaProtos, type KeyShape, type SignatureMapShape, type SignaturePairShape } from './hederaProtos';

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function verifyEd25519(publicKey: Buffer, message: Buffer, signature: Buffer): boolean {
  if (signature.length !== 64) return false;
  const key = crypto.createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
  return crypto.verify(null, message, key, signature);
}

type Verify = (publicKey: Buffer, message: Buffer, signature: Buffer) => boolean;
let ecdsaSecp256k1Verify: Verify | undefined;

/**
 * Hedera's ECDSA signs keccak-256 of the body bytes; Node's OpenSSL 3.0 has no keccak, so the SDK's own
 * secp256k1 code checks these (Ed25519, the operator's kind, is checked by node:crypto above). The SDK takes
 * seconds to import, so it is loaded once, when a ledger starts, not whenever this module is.
 */
export async function loadEcdsaVerifier(): Promise<void> {
  if (ecdsaSecp256k1Verify) return;
  const { PublicKey } = await import('@hiero-ledger/sdk');
  ecdsaSecp256k1Verify = (publicKey, message, signature) => {
    try {
      return PublicKey.fromBytesECDSA(publicKey).verify(message, signature);
    } catch {
      return false;
    }
  };
}

function verifyEcdsaSecp256k1(publicKey: Buffer, message: Buffer, signature: Buffer): boolean {
  if (!ecdsaSecp256k1Verify) throw new Error('loadEcdsaVerifier() must run before an ECDSA signature is checked');
  return ecdsaSecp256k1Verify(publicKey, message, signature);
}

/**
 * The signatures on one transaction, checked lazily against the keys a rule requires: a signature pair
 * applies to a key when its `pubKeyPrefix` is a prefix of the key's bytes and its kind matches.
 */
export class SignatureCheck {
  private readonly verified = new Map<string, boolean>();

  constructor(
    private readonly bodyBytes: Buffer,
    private readonly sigMap: SignatureMapShape | undefined,
  ) {}

  private signedBy(kind: 'ed25519' | 'ECDSASecp256k1', publicKey: Buffer): boolean {
    const cacheKey = `${kind}:${publicKey.toString('hex')}`;
    const cached = this.verified.get(cacheKey);
    if (cached !== undefined) return cached;
    const applies = (pair: SignaturePairShape) =>
      pair[kind] !== undefined && publicKey.subarray(0, pair.pubKeyPrefix?.length ?? 0).equals(pair.pubKeyPrefix ?? Buffer.alloc(0));
    const verify = kind === 'ed25519' ? verifyEd25519 : verifyEcdsaSecp256k1;
    const result = (this.sigMap?.sigPair ?? []).some((pair) => applies(pair) && verify(publicKey, this.bodyBytes, pair[kind]!));
    this.verified.set(cacheKey, result);
    return result;
  }

  /** Whether the signatures satisfy `key`: every key of a list, `threshold` keys of a threshold key. */
  satisfies(key: KeyShape): boolean {
    if (key.ed25519) return this.signedBy('ed25519', key.ed25519);
    if (key.ECDSASecp256k1) return this.signedBy('ECDSASecp256k1', key.ECDSASecp256k1);
    if (key.keyList) {
      const keys = key.keyList.keys ?? [];
      return keys.length > 0 && keys.every((k) => this.satisfies(k));
    }
    if (key.thresholdKey) {
      const keys = key.thresholdKey.keys?.keys ?? [];
      const threshold = key.thresholdKey.threshold ?? 0;
      return threshold > 0 && keys.filter((k) => this.satisfies(k)).length >= threshold;
    }
    // Contract ids and the deprecated RSA and P-384 keys: nothing here can sign for them.
    return false;
  }
}

/** A key the network accepts on an entity: well-sized primitive keys, non-empty lists, sane thresholds. */
export function isWellFormedKey(key: KeyShape): boolean {
  if (key.ed25519) return key.ed25519.length === 32;
  if (key.ECDSASecp256k1) return key.ECDSASecp256k1.length === 33 && [2, 3].includes(key.ECDSASecp256k1[0]!);
  if (key.keyList) return (key.keyList.keys ?? []).length > 0 && key.keyList.keys!.every(isWellFormedKey);
  if (key.thresholdKey) {
    const keys = key.thresholdKey.keys?.keys ?? [];
    const threshold = key.thresholdKey.threshold ?? 0;
    return threshold >= 1 && threshold <= keys.length && keys.every(isWellFormedKey);
  }
  return false;
}

/** An empty key list marks an entity immutable: the network treats it as no admin key at all. */
export const isImmutableKey = (key: KeyShape): boolean => key.keyList !== undefined && (key.keyList.keys ?? []).length === 0;

/** Keys are kept as protobuf `Key` bytes, the form the mirror node reports and the state file stores. */
export const encodeKey = (key: KeyShape): Buffer => encodeMessage(hederaProtos().Key, key);
export const decodeKey = (bytes: Buffer): KeyShape => decodeMessage<KeyShape>(hederaProtos().Key, bytes);
