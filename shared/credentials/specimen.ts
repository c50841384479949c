import type { ObAchievement, ObIdentityObject, ObProfile, UnsignedOpenBadgeCredential } from './obTypes';
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from './contexts';

export interface SpecimenInput {
  /** The credential's own id, e.g. `urn:uuid:…`. */
  id: string;
  achievement: ObAchievement;
  issuer: ObProfile;
  /** How the sample recipient is identified: their name in plain text, a hashed email… */
  identifiers: ObIdentityObject[];
  validFrom: Date;
  /** From the credential's `validForMonths`; absent, the credential does not expire. */
  validForMonths?: number;
}

/** ISO 8601 to the second, as VC 2.0 examples write it. */
export const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** `validFrom` plus whole months (the day of the month is kept where the month has it, else its last day). */
export function addMonths(date: Date, months: number): Date {
  const out = new Date(date.getTime());
  const day = out.getUTCDate();
  out.setUTCDate(1);
  out.setUTCMonth(out.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(out.getUTCFullYear(), out.getUTCMonth() + 1, 0)).getUTCDate();
  out.setUTCDate(Math.min(day, lastDay));
  return out;
}

/**
 * An unsigned OB 3.0 `OpenBadgeCredential` (VC 2.0 + OB 3.0 contexts) for a sample recipient: what a
 * learner who earned the credential would receive. Its description says it is a specimen, because it is
 * signed with the issuer's real key and would otherwise be indistinguishable from an award.
 */
export function specimenCredential(input: SpecimenInput): UnsignedOpenBadgeCredential {
  const credential: UnsignedOpenBadgeCredential = {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: input.achievement.name,
    description: `Specimen of “${input.achievement.name}” for design review, made with Laurel Studio; not an award.`,
    issuer: input.issuer,
    validFrom: isoSeconds(input.validFrom),
    credentialSubject: { type: ['AchievementSubject'], achievement: input.achievement },
  };
  if (input.validForMonths !== undefined) credential.validUntil = isoSeconds(addMonths(input.validFrom, input.validForMonths));
  if (input.identifiers.length > 0) credential.credentialSubject.identifier = input.identifiers;
  return credential;
}
