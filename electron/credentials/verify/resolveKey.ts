import type { KeyObject } from 'node:crypto';
import crypto from 'node:crypto';
import { base58Decode } from '../../keys/base58';
import { didKeyDocument } from '../../keys/didKey';
import { decodePublicKeyMultibase, publicKeyFromRaw } from '../../keys/ed25519';

export interface ResolvedKey {
  id: string;
  /** Who controls the key: the DID or controller document it belongs to. */
  controller: string;
  publicKey: KeyObject;
  /** Whether the controller document lists the key as one that may assert credentials. */
  mayAssert: boolean;
  /** How it was found, for the report. */
  via: string;
}

export type KeyResolution = { ok: true; key: ResolvedKey } | { ok: false; status: 'failed' | 'unavailable'; reason: string };

export interface KeyResolutionOptions {
  /** DID and controller documents given locally (`--did-doc`), by id. */
  controllerDocuments?: ReadonlyMap<string, Record<string, unknown>>;
  /**
   * The 1EdTech validator's convention: a key id `https://…#z6Mk…` whose document cannot be fetched names
   * its Ed25519 key in the fragment. Off unless asked for: a standards verifier dereferences the URL.
   */
  keyFromUrlFragment?: boolean;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The Ed25519 key of a verification method object, in any of the notations Ed25519 keys are published in. */
function publicKeyOf(method: Json): KeyObject | string {
  try {
    if (typeof method.publicKeyMultibase === 'string') {
      const raw = decodePublicKeyMultibase(method.publicKeyMultibase);
      if (raw) return publicKeyFromRaw(raw);
      // Ed25519VerificationKey2020 writes the bare key, Multikey the multicodec-prefixed one.
      const bare = method.publicKeyMultibase.startsWith('z') ? base58Decode(method.publicKeyMultibase.slice(1)) : undefined;
      if (bare?.length === 32) return publicKeyFromRaw(bare);
      return 'its publicKeyMultibase is not an Ed25519 key';
    }
    if (typeof method.publicKeyBase58 === 'string') {
      const raw = base58Decode(method.publicKeyBase58);
      return raw?.length === 32 ? publicKeyFromRaw(raw) : 'its publicKeyBase58 is not an Ed25519 key';
    }
    if (isObject(method.publicKeyJwk)) {
      const jwk = method.publicKeyJwk;
      if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') return 'its publicKeyJwk is not an Ed25519 key';
      return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
    }
  } catch {
    return 'its public key cannot be read';
  }
  return 'it has no public key Laurel can read';
}

/** Finds `id` in a controller document and checks it may assert credentials (proof purpose assertionMethod). */
function fromDocument(document: Json, id: string, via: string): KeyResolution {
  const docId = typeof document.id === 'string' ? document.id : '';
  const absolute = (ref: string) => (ref.startsWith('#') ? `${docId}${ref}` : ref);
  const methods = [document.verificationMethod, document.assertionMethod, document.publicKey].flat().filter(isObject);
  const method = methods.find((m) => typeof m.id === 'string' && absolute(m.id) === id);
  if (!method) return { ok: false, status: 'failed', reason: `${via} has no verification method ${id}.` };
  const publicKey = publicKeyOf(method);
  if (typeof publicKey === 'string') return { ok: false, status: 'failed', reason: `The verification method ${id} cannot be used: ${publicKey}.` };
  const assertion = [document.assertionMethod].flat().some((m) => (typeof m === 'string' ? absolute(m) === id : isObject(m) && typeof m.id === 'string' && absolute(m.id) === id));
  const controller = typeof method.controller === 'string' ? method.controller : docId;
  return { ok: true, key: { id, controller, publicKey, mayAssert: assertion, via } };
}

/**
 * The public key a proof names, found without the network: `did:key` from the DID itself, `did:web` and
 * any other controller document only from local documents, `https://…#z6Mk…` from its fragment only under
 * the 1EdTech convention. Anything else cannot be resolved here: `unavailable`, with the reason.
 */
export function resolveVerificationMethod(id: unknown, options: KeyResolutionOptions = {}): KeyResolution {
  if (typeof id !== 'string' || id.length === 0) return { ok: false, status: 'failed', reason: 'The proof names no verificationMethod.' };
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(id)?.[1]?.toLowerCase();
  if (!scheme) return { ok: false, status: 'failed', reason: `The verificationMethod “${id}” is not a URL or DID.` };
  const [base, fragment] = id.split('#') as [string, string | undefined];
  const local = options.controllerDocuments?.get(base);
  if (local) return fromDocument(local, id, `The local document for ${base}`);
  if (base.startsWith('did:key:')) {
    const document = didKeyDocument(base);
    if (!document) return { ok: false, status: 'unavailable', reason: `${base} is not an Ed25519 did:key; Laurel verifies Ed25519 proofs only.` };
    if (fragment !== undefined && fragment !== base.slice('did:key:'.length)) return { ok: false, status: 'failed', reason: `${id} is not a key of ${base}.` };
    return fromDocument(document as unknown as Json, fragment === undefined ? document.verificationMethod[0]!.id : id, base);
  }
  if (base.startsWith('did:web:')) {
    return { ok: false, status: 'unavailable', reason: `${base} is resolved from the web, which Laurel does not use; give its DID document with --did-doc.` };
  }
  if (scheme === 'did') {
    const method = base.split(':')[1];
    return { ok: false, status: 'unavailable', reason: `Laurel cannot resolve did:${method} DIDs (it resolves did:key, and did:web from local documents).` };
  }
  if (scheme === 'http' || scheme === 'https') {
    if (options.keyFromUrlFragment && fragment) {
      const raw = decodePublicKeyMultibase(fragment);
      if (!raw) return { ok: false, status: 'failed', reason: `The fragment of ${id} is not an Ed25519 Multikey.` };
      return { ok: true, key: { id, controller: base, publicKey: publicKeyFromRaw(raw), mayAssert: true, via: 'the key in the URL fragment (1EdTech convention)' } };
    }
    return { ok: false, status: 'unavailable', reason: `The key ${id} is published on the web, which Laurel does not fetch; give its controller document with --did-doc.` };
  }
  return { ok: false, status: 'unavailable', reason: `Laurel cannot resolve “${scheme}:” verification methods.` };
}
