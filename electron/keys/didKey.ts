import type { KeyObject } from 'node:crypto';
import { decodePublicKeyMultibase, publicKeyMultibase } from './ed25519';

export const DID_V1_CONTEXT = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_V1_CONTEXT = 'https://w3id.org/security/multikey/v1';

export interface VerificationMethodDocument {
  id: string;
  type: string;
  controller: string;
  publicKeyMultibase?: string;
  publicKeyBase58?: string;
  publicKeyJwk?: Record<string, unknown>;
}

export interface DidDocument {
  '@context': string[] | string;
  id: string;
  verificationMethod: VerificationMethodDocument[];
  assertionMethod: (string | VerificationMethodDocument)[];
  authentication?: (string | VerificationMethodDocument)[];
  [other: string]: unknown;
}

/** `did:key:z6Mk…` of an Ed25519 public key. */
export function didKeyOf(publicKey: KeyObject): string {
  return `did:key:${publicKeyMultibase(publicKey)}`;
}

/**
 * The DID document of an Ed25519 `did:key`, derived from the DID itself (nothing is fetched), with its
 * one key as a Multikey that may assert credentials. Undefined when the DID is not an Ed25519 did:key.
 */
export function didKeyDocument(did: string): DidDocument | undefined {
  const match = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)$/.exec(did);
  if (!match || !decodePublicKeyMultibase(match[1]!)) return undefined;
  const id = `${did}#${match[1]}`;
  return {
    '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
    id: did,
    verificationMethod: [{ id, type: 'Multikey', controller: did, publicKeyMultibase: match[1]! }],
    assertionMethod: [id],
    authentication: [id],
    capabilityDelegation: [id],
    capabilityInvocation: [id],
  };
}

/** The verification method id the issuer signs with: `did:key:z…#z…`. */
export const didKeyVerificationMethod = (did: string) => `${did}#${did.slice('did:key:'.length)}`;
