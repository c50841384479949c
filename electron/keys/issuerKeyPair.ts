import crypto, { type KeyObject } from 'node:crypto';
import { LaurelError } from '../../shared/api/result';
import { didKeyDocument, didKeyOf, type DidDocument } from './didKey';
import { decodePublicKeyMultibase, decodeSecretKeyMultibase, isEd25519, privateKeyFromSeed, publicKeyMultibase, rawPublicKey } from './ed25519';

/**
 * An issuer's Ed25519 key pair, as `KeyObject`s: parsing a key per signature is slow (MEASURING.md), and a
 * KeyObject does not print its secret when logged or serialised by mistake.
 */
export interface IssuerKeyPair {
  did: string;
  publicKeyMultibase: string;
  publicKey: KeyObject;
  privateKey: KeyObject;
}

export function keyPairFromPrivateKey(privateKey: KeyObject): IssuerKeyPair {
  if (!isEd25519(privateKey)) throw new LaurelError('invalid-argument', `This is a ${privateKey.asymmetricKeyType ?? 'secret'} key; Laurel's issuer keys are Ed25519.`);
  const publicKey = crypto.createPublicKey(privateKey);
  return { did: didKeyOf(publicKey), publicKeyMultibase: publicKeyMultibase(publicKey), publicKey, privateKey };
}

export function generateIssuerKeyPair(): IssuerKeyPair {
  return keyPairFromPrivateKey(crypto.generateKeyPairSync('ed25519').privateKey);
}

const notAKey = (why: string) =>
  new LaurelError('invalid-argument', `This file is not an Ed25519 private key Laurel can import (${why}). Import a PKCS#8 PEM file, a JWK, or a Multikey JSON with secretKeyMultibase.`);

/**
 * Reads a private key a person imports: PKCS#8 PEM (encrypted with `passphrase` or not), an OKP/Ed25519
 * JWK with `d`, or a Multikey JSON (`secretKeyMultibase`, as the W3C test vectors and Digital Bazaar's
 * libraries write it). Error messages never quote the input: it holds a secret.
 */
export function parseImportedKey(text: string, passphrase?: string): IssuerKeyPair {
  const trimmed = text.trim();
  if (trimmed.startsWith('-----BEGIN')) {
    if (!/-----BEGIN (ENCRYPTED )?PRIVATE KEY-----/.test(trimmed)) throw notAKey('a PEM file, but not a PKCS#8 private key');
    let key: KeyObject;
    try {
      key = crypto.createPrivateKey(passphrase === undefined ? { key: trimmed, format: 'pem' } : { key: trimmed, format: 'pem', passphrase });
    } catch {
      throw notAKey(trimmed.includes('ENCRYPTED') ? 'the passphrase is missing or wrong' : 'the PEM cannot be read');
    }
    return keyPairFromPrivateKey(key);
  }
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    throw notAKey('neither PEM nor JSON'); // JSON.parse quotes its input in its message: never pass it on
  }
  if (typeof data !== 'object' || data === null) throw notAKey('JSON, but not an object');
  const json = data as Record<string, unknown>;
  if (json.kty !== undefined) {
    if (json.kty !== 'OKP' || json.crv !== 'Ed25519' || typeof json.d !== 'string') throw notAKey('a JWK, but not an Ed25519 private one');
    try {
      return keyPairFromPrivateKey(crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: json.d, x: String(json.x ?? '') }, format: 'jwk' }));
    } catch {
      // `x` may be absent or wrong; the seed alone defines the key.
      const seed = Buffer.from(json.d, 'base64url');
      if (seed.length !== 32) throw notAKey('the JWK’s d is not 32 bytes');
      return checkPublic(keyPairFromPrivateKey(privateKeyFromSeed(seed)), undefined);
    }
  }
  // Digital Bazaar writes `secretKeyMultibase`; the W3C test vectors `privateKeyMultibase`.
  const secret = json.secretKeyMultibase ?? json.privateKeyMultibase;
  if (typeof secret === 'string') {
    const seed = decodeSecretKeyMultibase(secret);
    if (!seed) throw notAKey('secretKeyMultibase is not an Ed25519 private key');
    return checkPublic(keyPairFromPrivateKey(privateKeyFromSeed(seed)), typeof json.publicKeyMultibase === 'string' ? json.publicKeyMultibase : undefined);
  }
  throw notAKey('JSON without a JWK’s d or a secretKeyMultibase');
}

/** A file that names its public key must name the one its private key makes. */
function checkPublic(pair: IssuerKeyPair, publicKeyMultibase: string | undefined): IssuerKeyPair {
  if (publicKeyMultibase !== undefined && publicKeyMultibase !== pair.publicKeyMultibase) {
    const raw = decodePublicKeyMultibase(publicKeyMultibase);
    if (!raw || !Buffer.from(raw).equals(rawPublicKey(pair.publicKey))) throw notAKey('its public key does not belong to its private key');
  }
  return pair;
}

export interface IssuerPublicKey {
  did: string;
  publicKeyMultibase: string;
  publicKeyJwk: { kty: 'OKP'; crv: 'Ed25519'; x: string };
  didDocument: DidDocument;
}

/** What may be shared about an issuer key: the DID, the public key in two notations, the DID document. */
export function issuerPublicKey(did: string): IssuerPublicKey {
  const didDocument = didKeyDocument(did);
  if (!didDocument) throw new LaurelError('invalid-document', `“${did}” is not an Ed25519 did:key.`);
  const publicKeyMultibase = did.slice('did:key:'.length);
  const raw = decodePublicKeyMultibase(publicKeyMultibase)!;
  return { did, publicKeyMultibase, publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, didDocument };
}
