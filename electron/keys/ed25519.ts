import crypto, { type KeyObject } from 'node:crypto';
import { base58Decode, base58Encode } from './base58';

/** Multicodec prefixes (varint) of an Ed25519 public key (0xed) and private key (0x1300), as Multikey writes them. */
const PUBLIC_PREFIX = Buffer.from([0xed, 0x01]);
const SECRET_PREFIX = Buffer.from([0x80, 0x26]);
/** DER framing of a raw 32-byte Ed25519 key (RFC 8410). */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export const isEd25519 = (key: KeyObject) => key.asymmetricKeyType === 'ed25519';

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new Error(`An Ed25519 public key is 32 bytes, not ${raw.length}.`);
  return crypto.createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export function privateKeyFromSeed(seed: Uint8Array): KeyObject {
  if (seed.length !== 32) throw new Error(`An Ed25519 private key is 32 bytes, not ${seed.length}.`);
  return crypto.createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

export function rawPublicKey(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
}

/** `z6Mk…`: a public key as Multikey `publicKeyMultibase` (and the method-specific id of its did:key). */
export function publicKeyMultibase(key: KeyObject): string {
  return `z${base58Encode(Buffer.concat([PUBLIC_PREFIX, rawPublicKey(key)]))}`;
}

/** The raw public key in a Multikey `publicKeyMultibase`, or undefined when it is not an Ed25519 one. */
export function decodePublicKeyMultibase(multibase: string): Uint8Array | undefined {
  if (!multibase.startsWith('z')) return undefined;
  const bytes = base58Decode(multibase.slice(1));
  if (!bytes || bytes.length !== 34 || bytes[0] !== PUBLIC_PREFIX[0] || bytes[1] !== PUBLIC_PREFIX[1]) return undefined;
  return bytes.subarray(2);
}

/** The 32-byte seed in a Multikey `secretKeyMultibase` (which may also carry the public key after it). */
export function decodeSecretKeyMultibase(multibase: string): Uint8Array | undefined {
  if (!multibase.startsWith('z')) return undefined;
  const bytes = base58Decode(multibase.slice(1));
  if (!bytes || (bytes.length !== 34 && bytes.length !== 66) || bytes[0] !== SECRET_PREFIX[0] || bytes[1] !== SECRET_PREFIX[1]) return undefined;
  return bytes.subarray(2, 34);
}
