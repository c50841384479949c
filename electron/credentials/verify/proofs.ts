import crypto from 'node:crypto';
import jsonld, { type DocumentLoader } from 'jsonld';
import { canonicalJson } from '../../../shared/credentials/canonicalJson';
import type { CheckStatus, ProofResult } from '../../../shared/credentials/verificationReport';
import { base58Decode } from '../../keys/base58';
import { refusedUrlIn } from '../documentLoader';
import { canonizeCached } from '../expansionCache';
import { resolveVerificationMethod, type KeyResolutionOptions, type ResolvedKey } from './resolveKey';

type Json = Record<string, unknown>;

/** The proof suites Laurel checks: all Ed25519, over RDFC-1.0 or JCS canonical forms. */
export type ProofSuite = 'eddsa-rdfc-2022' | 'eddsa-2022' | 'eddsa-jcs-2022' | 'Ed25519Signature2020';

export function suiteOf(proof: Json): ProofSuite | undefined {
  if (proof.type === 'Ed25519Signature2020') return 'Ed25519Signature2020';
  if (proof.type !== 'DataIntegrityProof') return undefined;
  switch (proof.cryptosuite) {
    case 'eddsa-rdfc-2022':
    case 'eddsa-2022': // its name before the suite was split into rdfc and jcs; the same algorithm
    case 'eddsa-jcs-2022':
      return proof.cryptosuite;
    default:
      return undefined;
  }
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest();

export interface CanonOptions {
  documentLoader: DocumentLoader;
  /** Answer JSON-LD expansion from the cache (signing's own path); `loaderKey` names the loader's revisions. */
  cached?: { loaderKey: string };
}

async function canonizeRdf(input: unknown, options: CanonOptions): Promise<string> {
  if (options.cached) return canonizeCached(input, { documentLoader: options.documentLoader }, options.cached.loaderKey);
  return jsonld.canonize(input, {
    algorithm: 'RDFC-1.0',
    format: 'application/n-quads',
    base: null,
    safe: true,
    rdfDirection: 'i18n-datatype',
    documentLoader: options.documentLoader,
  });
}

/**
 * The bytes a proof signs (VC Data Integrity EdDSA §3; Ed25519Signature2020 as jsonld-signatures makes
 * it): SHA-256 of the canonical proof options (the proof without its value, with the document's
 * @context) followed by SHA-256 of the canonical document without its proof.
 */
export async function hashData(suite: ProofSuite, unsecured: Json, proof: Json, options: CanonOptions): Promise<Buffer> {
  const { proofValue: _value, jws: _jws, signatureValue: _signature, ...rest } = proof;
  const config: Json = unsecured['@context'] === undefined ? rest : { '@context': unsecured['@context'], ...rest };
  if (suite === 'eddsa-jcs-2022') return Buffer.concat([sha256(canonicalJson(config)), sha256(canonicalJson(unsecured))]);
  const [proofCanon, documentCanon] = await Promise.all([canonizeRdf(config, options), canonizeRdf(unsecured, options)]);
  return Buffer.concat([sha256(proofCanon), sha256(documentCanon)]);
}

/** A multibase base58btc (`z…`) proof value as bytes. */
export function decodeProofValue(value: unknown): Buffer | undefined {
  if (typeof value !== 'string' || !value.startsWith('z')) return undefined;
  const bytes = base58Decode(value.slice(1));
  return bytes && Buffer.from(bytes);
}

/**
 * The document a proof was made over: without any proof, except that a chained proof (`previousProof`)
 * covers the proofs it names (VC Data Integrity §4.3).
 */
function unsecuredFor(document: Json, proof: Json, proofs: Json[]): Json | string {
  const { proof: _proof, ...unsecured } = document;
  if (proof.previousProof === undefined) return unsecured;
  const wanted = [proof.previousProof].flat();
  const previous = wanted.map((id) => proofs.find((p) => p.id === id));
  if (previous.some((p) => p === undefined)) return `it is chained to a proof that is not in the credential (${wanted.join(', ')})`;
  return { ...unsecured, proof: previous.length === 1 ? previous[0] : previous };
}

export interface ProofCheck extends ProofResult {
  key?: ResolvedKey;
  /** Set when the proof verified only with an older revision of these contexts. */
  olderContexts?: string[];
}

export interface ProofOptions extends KeyResolutionOptions {
  /** One loader per choice of context revisions; the first is the current revisions. */
  loaders: { loader: DocumentLoader; key: string; older: string[] }[];
  cached?: boolean;
}

/** Checks one proof of a credential: its suite, its purpose, its key, and its signature. */
export async function checkProof(document: Json, proof: Json, proofs: Json[], options: ProofOptions): Promise<ProofCheck> {
  const result = (status: CheckStatus, reason: string, extra: Partial<ProofCheck> = {}): ProofCheck => {
    const out: ProofCheck = { type: String(proof.type ?? '(none)'), status, reason, ...extra };
    if (typeof proof.cryptosuite === 'string') out.cryptosuite = proof.cryptosuite;
    if (typeof proof.verificationMethod === 'string') out.verificationMethod = proof.verificationMethod;
    return out;
  };
  const suite = suiteOf(proof);
  if (!suite) {
    const name = proof.type === 'DataIntegrityProof' ? `DataIntegrityProof with cryptosuite “${String(proof.cryptosuite)}”` : `“${String(proof.type)}”`;
    return result('unavailable', `Laurel does not check ${name} proofs (it checks eddsa-rdfc-2022, eddsa-jcs-2022 and Ed25519Signature2020).`);
  }
  if (proof.proofPurpose !== 'assertionMethod') return result('failed', `The proof's purpose is “${String(proof.proofPurpose)}”, not assertionMethod.`);
  const signature = decodeProofValue(proof.proofValue);
  if (!signature || signature.length !== 64) return result('failed', 'The proofValue is not a base58btc Ed25519 signature.');
  const resolved = resolveVerificationMethod(proof.verificationMethod, options);
  if (!resolved.ok) return result(resolved.status, resolved.reason);
  if (!resolved.key.mayAssert) return result('failed', `${resolved.key.id} is not listed as an assertionMethod of ${resolved.key.controller}.`, { key: resolved.key });
  const unsecured = unsecuredFor(document, proof, proofs);
  if (typeof unsecured === 'string') return result('failed', `The proof cannot be checked: ${unsecured}.`);
  // JCS signs the JSON itself; only the RDF suites depend on context revisions.
  const loaders = suite === 'eddsa-jcs-2022' ? options.loaders.slice(0, 1) : options.loaders;
  let firstError: unknown;
  for (const { loader, key, older } of loaders) {
    let data: Buffer;
    try {
      data = await hashData(suite, unsecured, proof, { documentLoader: loader, ...(options.cached ? { cached: { loaderKey: key } } : {}) });
    } catch (error) {
      firstError ??= error;
      continue;
    }
    if (crypto.verify(null, data, resolved.key.publicKey, signature)) {
      const via = `signed by ${resolved.key.id} (key from ${resolved.key.via})`;
      const legacy = suite === 'eddsa-2022' ? ' under the draft name eddsa-2022' : '';
      return older.length > 0
        ? result('ok', `Valid ${suite}${legacy} signature ${via}, with an older revision of ${older.join(', ')}.`, { key: resolved.key, olderContexts: older })
        : result('ok', `Valid ${suite}${legacy} signature ${via}.`, { key: resolved.key });
    }
  }
  if (firstError !== undefined) {
    const refused = refusedUrlIn(firstError);
    if (refused) return result('unavailable', `The proof cannot be checked: it needs the context ${refused}, which Laurel does not have (contexts are never fetched).`, { key: resolved.key });
    if (loaders.length === 1) return result('failed', `The proof cannot be checked: ${(firstError as Error).message}`, { key: resolved.key });
  }
  return result('failed', 'The signature does not match: the credential was changed after signing, or signed by another key.', { key: resolved.key });
}
