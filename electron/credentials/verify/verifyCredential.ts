import jsonld, { type DocumentLoader } from 'jsonld';
import {
  CHECK_TITLES,
  outcomeOf,
  type CheckId,
  type CheckStatus,
  type VerificationCheck,
  type VerificationReport,
} from '../../../shared/credentials/verificationReport';
import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../../../shared/credentials/contexts';
import { bundledContexts, type ContextRevisions } from '../bundledContexts';
import { createDocumentLoader, refusedUrlIn } from '../documentLoader';
import { expandCached } from '../expansionCache';
import { ACHIEVEMENT_CREDENTIAL_SCHEMA, ENDORSEMENT_CREDENTIAL_SCHEMA, knownSchema, schemaProblems } from './obSchema';
import { checkProof, type ProofCheck } from './proofs';
import { readCredential } from './readCredential';
import type { KeyResolutionOptions } from './resolveKey';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const OB_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d\.\d)?\.json$/;
const LATEST_OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

export interface VerifyOptions extends KeyResolutionOptions {
  /** The moment validity is judged at; now by default. */
  now?: Date;
  /** Use the JSON-LD expansion cache (fast; the studio verifying its own specimens). */
  cached?: boolean;
  /** The contexts to load from, instead of Laurel's own (tests add the ones only conformance material has). */
  contexts?: ContextRevisions;
}

const check = (id: CheckId, status: CheckStatus, reason: string, required = true): VerificationCheck => ({ id, title: CHECK_TITLES[id], status, required, reason });

/** One loader for the current context revisions, then one per older revision of a context the credential names. */
function loaderVariants(credential: Json, contexts: ContextRevisions = bundledContexts()): { loader: DocumentLoader; key: string; older: string[] }[] {
  const urls = asArray(credential['@context']).filter((c): c is string => typeof c === 'string' && (contexts.get(c)?.length ?? 0) > 1);
  const variants: { loader: DocumentLoader; key: string; older: string[] }[] = [{ loader: createDocumentLoader({ contexts }), key: 'current', older: [] }];
  const choices: Map<string, number>[] = [];
  for (const url of urls) for (let i = 1; i < contexts.get(url)!.length; i++) choices.push(new Map([[url, i]]));
  if (urls.length > 1) choices.push(new Map(urls.map((u) => [u, 1])));
  for (const revisions of choices.slice(0, 8)) {
    variants.push({ loader: createDocumentLoader({ contexts, revisions }), key: JSON.stringify([...revisions]), older: [...revisions.keys()] });
  }
  return variants;
}

async function jsonLdCheck(credential: Json, loader: DocumentLoader, cached: boolean): Promise<VerificationCheck> {
  try {
    if (cached) await expandCached(credential, { documentLoader: loader });
    else await jsonld.expand(credential, { documentLoader: loader, safe: true });
    return check('jsonld', 'ok', 'Every term and type is defined by the bundled contexts (JSON-LD safe mode).');
  } catch (error) {
    const refused = refusedUrlIn(error);
    if (refused) return check('jsonld', 'unavailable', `The credential uses the context ${refused}, which Laurel does not have; contexts are never fetched.`);
    const event = (error as { details?: { event?: { message?: string } } }).details?.event?.message;
    return check('jsonld', 'failed', `JSON-LD safe mode refused it: ${event ?? (error as Error).message}`);
  }
}

function structureCheck(credential: Json, types: string[], warnings: string[]): VerificationCheck {
  const contexts = asArray(credential['@context']);
  const problems: string[] = [];
  const first = contexts[0];
  if (first !== VC_V2_CONTEXT && first !== VC_V1_CONTEXT) problems.push(`its first @context is not the VC context (${VC_V2_CONTEXT})`);
  if (!types.includes('VerifiableCredential')) problems.push('its type does not include VerifiableCredential');
  const issuer = credential.issuer;
  const issuerId = typeof issuer === 'string' ? issuer : isObject(issuer) ? issuer.id : undefined;
  if (typeof issuerId !== 'string' || !ABSOLUTE_URI.test(issuerId)) problems.push('it has no issuer id that is a URI');
  if (asArray(credential.credentialSubject).filter(isObject).length === 0) problems.push('it has no credentialSubject');
  if (credential.id !== undefined && (typeof credential.id !== 'string' || !ABSOLUTE_URI.test(credential.id))) problems.push(`its id “${String(credential.id)}” is not a URI`);
  const isOb = types.includes('OpenBadgeCredential') || types.includes('AchievementCredential') || types.includes('EndorsementCredential');
  if (isOb) {
    const ob = contexts.find((c): c is string => typeof c === 'string' && OB_CONTEXT.test(c));
    if (!ob) problems.push('it is an Open Badge without the OB 3.0 context');
    else if (ob !== LATEST_OB_CONTEXT) warnings.push(`It uses the OB context ${ob}; the current one is ${LATEST_OB_CONTEXT}.`);
    if (first === VC_V1_CONTEXT) warnings.push('It is an OB 3.0 credential on the VC 1.1 data model; OB 3.0 is defined on VC 2.0.');
  }
  if (problems.length > 0) return check('structure', 'failed', `Not a well-formed credential: ${problems.join('; ')}.`);
  return check('structure', 'ok', `A ${first === VC_V1_CONTEXT ? 'VC 1.1' : 'VC 2.0'} ${types.filter((t) => t !== 'VerifiableCredential').join(', ') || 'credential'}.`);
}

function proofCheck(results: ProofCheck[]): VerificationCheck {
  if (results.length === 0) return check('proof', 'failed', 'The credential has no proof: anyone could have written it.');
  const status: CheckStatus = results.some((r) => r.status === 'failed') ? 'failed' : results.some((r) => r.status === 'unavailable') ? 'unavailable' : 'ok';
  const summary =
    results.length === 1
      ? results[0]!.reason
      : `${results.filter((r) => r.status === 'ok').length} of ${results.length} proofs verified. ${results.filter((r) => r.status !== 'ok').map((r) => r.reason).join(' ')}`.trim();
  return { ...check('proof', status, summary), proofs: results.map(({ key: _key, olderContexts: _older, ...r }) => r) };
}

function issuerCheck(credential: Json, results: ProofCheck[]): VerificationCheck {
  const issuer = credential.issuer;
  const issuerId = typeof issuer === 'string' ? issuer : isObject(issuer) && typeof issuer.id === 'string' ? issuer.id : undefined;
  const verified = results.filter((r) => r.status === 'ok' && r.key);
  if (verified.length === 0) return check('issuer', 'unavailable', 'No proof verified, so nothing binds the credential to its issuer.');
  const match = verified.find((r) => r.key!.controller === issuerId);
  if (match) return check('issuer', 'ok', `The key ${match.key!.id} belongs to the issuer ${issuerId}.`);
  return check('issuer', 'failed', `The credential names ${issuerId ?? 'no issuer'} as its issuer, but it is signed by a key of ${verified.map((r) => r.key!.controller).join(', ')}.`);
}

function validityCheck(credential: Json, now: Date): VerificationCheck {
  const v1 = asArray(credential['@context'])[0] === VC_V1_CONTEXT;
  const [fromKey, untilKey] = v1 ? ['issuanceDate', 'expirationDate'] : ['validFrom', 'validUntil'];
  const parse = (key: string): Date | string | undefined => {
    const value = credential[key];
    if (value === undefined) return undefined;
    const date = typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value) ? new Date(value) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : `its ${key} “${String(value)}” is not a date and time`;
  };
  const from = parse(fromKey);
  const until = parse(untilKey);
  for (const d of [from, until]) if (typeof d === 'string') return check('validity', 'failed', `The validity period cannot be read: ${d}.`);
  if (v1 && from === undefined) return check('validity', 'failed', 'A VC 1.1 credential must have an issuanceDate.');
  if (from instanceof Date && now < from) return check('validity', 'failed', `Not valid yet: it becomes valid on ${credential[fromKey]}.`);
  if (until instanceof Date && now > until) return check('validity', 'failed', `Expired on ${credential[untilKey]}.`);
  const since = from ? `Valid since ${credential[fromKey]}` : 'Valid with no start date';
  return check('validity', 'ok', `${since}${until ? ` until ${credential[untilKey]}` : ', with no end date'}.`);
}

function schemaCheck(credential: Json, types: string[]): VerificationCheck {
  const declared = asArray(credential.credentialSchema).filter(isObject).map((s) => s.id).filter((id): id is string => typeof id === 'string');
  const byType = [
    ...(types.includes('OpenBadgeCredential') || types.includes('AchievementCredential') ? [ACHIEVEMENT_CREDENTIAL_SCHEMA] : []),
    ...(types.includes('EndorsementCredential') ? [ENDORSEMENT_CREDENTIAL_SCHEMA] : []),
  ];
  if (asArray(credential['@context'])[0] === VC_V1_CONTEXT && (byType.length > 0 || declared.length > 0)) {
    return check('schema', 'unavailable', 'The OB 3.0 JSON Schemas describe VC 2.0 credentials; this one is VC 1.1, so it was not checked against them.', false);
  }
  const unknown = declared.filter((id) => !knownSchema(id));
  const schemas = [...new Set([...byType, ...declared.filter(knownSchema)])];
  if (schemas.length === 0) {
    return check('schema', 'unavailable', unknown.length > 0 ? `Laurel has no schema for ${unknown.join(', ')}, and schemas are never fetched.` : 'Not an Open Badges credential: no OB 3.0 schema applies.', false);
  }
  const problems = schemas.flatMap((id) => schemaProblems(id, credential).map((p) => `${id.split('/').pop()}: ${p}`));
  if (problems.length > 0) return check('schema', 'failed', `It does not match the OB 3.0 JSON Schema: ${problems.join('; ')}.`);
  const note = unknown.length > 0 ? ` (Laurel has no schema for ${unknown.join(', ')}, so it was not checked)` : '';
  return check('schema', 'ok', `It matches the OB 3.0 data model of ${schemas.map((s) => s.split('/').pop()).join(' and ')} (Laurel's schema)${note}.`);
}

function statusCheck(credential: Json): VerificationCheck {
  const entries = asArray(credential.credentialStatus).filter(isObject);
  if (entries.length === 0) return check('status', 'ok', 'The credential has no status entry, so it cannot be revoked or suspended.', false);
  const where = entries.map((e) => String(e.statusListCredential ?? e.id ?? 'an unnamed list')).join(', ');
  return check('status', 'unavailable', `Its status (${entries.map((e) => String(e.type)).join(', ')}) is published at ${where}, which Laurel does not read: revocation was NOT checked.`);
}

/** Checks a credential already read as JSON. */
export async function verifyCredentialJson(credential: Json, options: VerifyOptions = {}, source: VerificationReport['source'] = 'json'): Promise<VerificationReport> {
  const warnings: string[] = [];
  const types = asArray(credential.type).filter((t): t is string => typeof t === 'string');
  const variants = loaderVariants(credential, options.contexts);
  const checks: VerificationCheck[] = [check('format', 'ok', source === 'json' ? 'Read a JSON credential.' : `Read the credential baked into the ${source.toUpperCase()}.`)];
  checks.push(await jsonLdCheck(credential, variants[0]!.loader, options.cached === true));
  checks.push(structureCheck(credential, types, warnings));
  const proofs = asArray(credential.proof).filter(isObject);
  const results: ProofCheck[] = [];
  for (const proof of proofs) results.push(await checkProof(credential, proof, proofs, { ...options, loaders: variants }));
  for (const r of results) if (r.olderContexts) warnings.push(`A proof verified only with an older revision of ${r.olderContexts.join(', ')}.`);
  if (results.some((r) => r.cryptosuite === 'eddsa-2022')) warnings.push('A proof uses the draft cryptosuite name eddsa-2022; the standard name is eddsa-rdfc-2022.');
  checks.push(proofCheck(results), issuerCheck(credential, results), validityCheck(credential, options.now ?? new Date()), schemaCheck(credential, types), statusCheck(credential));
  const issuer = credential.issuer;
  const summary: VerificationReport['credential'] = { types };
  if (typeof credential.id === 'string') summary.id = credential.id;
  if (typeof credential.name === 'string') summary.name = credential.name;
  const issuerName = typeof issuer === 'string' ? issuer : isObject(issuer) ? (issuer.name ?? issuer.id) : undefined;
  if (typeof issuerName === 'string') summary.issuer = issuerName;
  const outcome = outcomeOf(checks);
  return { outcome, verified: outcome === 'verified', source, credential: summary, checks, warnings };
}

/** `laurel verify`'s core: reads a JSON credential or a baked PNG/SVG and checks everything it can offline. */
export async function verifyCredentialBytes(bytes: Uint8Array, options: VerifyOptions = {}): Promise<VerificationReport> {
  const read = readCredential(bytes);
  if (read.credential) return verifyCredentialJson(read.credential, options, read.source);
  const checks = read.jwt
    ? [check('format', 'unavailable', 'This is a VC-JWT (a JOSE-signed credential); Laurel checks Data Integrity proofs only.')]
    : [check('format', 'failed', read.problem ?? 'No credential found.')];
  const outcome = outcomeOf(checks);
  return { outcome, verified: false, source: read.source, checks, warnings: [] };
}
