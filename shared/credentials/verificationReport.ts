/**
 * What `laurel verify` and the studio's verifier conclude about a credential: one entry per check, each
 * `ok`, `failed` or `unavailable` (could not be checked here, with the reason), and whether the check is
 * required. A credential is verified only when every required check is `ok`; a required check that is
 * `unavailable` leaves it unverified, never assumed fine (a status list that cannot be read is not "not
 * revoked").
 */
export type CheckStatus = 'ok' | 'failed' | 'unavailable';

export const CHECK_IDS = ['format', 'jsonld', 'structure', 'proof', 'issuer', 'validity', 'schema', 'status'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const CHECK_TITLES: Record<CheckId, string> = {
  format: 'Credential found',
  jsonld: 'JSON-LD (safe mode)',
  structure: 'Verifiable Credential structure',
  proof: 'Proof',
  issuer: 'Issuer controls the key',
  validity: 'Validity period',
  schema: 'Open Badges 3.0 JSON Schema',
  status: 'Revocation status',
};

export interface ProofResult {
  type: string;
  cryptosuite?: string;
  verificationMethod?: string;
  status: CheckStatus;
  reason: string;
}

export interface VerificationCheck {
  id: CheckId;
  title: string;
  status: CheckStatus;
  required: boolean;
  reason: string;
  /** For `proof`: each proof's own result. */
  proofs?: ProofResult[];
}

export type VerificationOutcome = 'verified' | 'failed' | 'incomplete';

export interface VerificationReport {
  /** `verified`: every required check ok; `failed`: one failed; `incomplete`: none failed, one could not be checked. */
  outcome: VerificationOutcome;
  verified: boolean;
  /** Where the credential was read from. */
  source: 'json' | 'png' | 'svg' | 'jwt' | 'unknown';
  credential?: { id?: string; name?: string; issuer?: string; types: string[] };
  checks: VerificationCheck[];
  /** Things worth knowing that do not decide the outcome (an older context revision, a VC 1.1 OB credential…). */
  warnings: string[];
}

export function outcomeOf(checks: readonly VerificationCheck[]): VerificationOutcome {
  const required = checks.filter((c) => c.required);
  if (required.some((c) => c.status === 'failed')) return 'failed';
  if (required.some((c) => c.status === 'unavailable')) return 'incomplete';
  return 'verified';
}
