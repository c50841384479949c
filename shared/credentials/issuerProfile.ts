import type { IssuerBody } from '../issuer/model';
import type { ObImage, ObProfile } from './obTypes';

/**
 * The OB 3.0 issuer Profile of a workspace's issuer. Its id is the issuer's `did:key` when there is one,
 * because a verifier checks that the proof's key belongs to the issuer; without a key it cannot be signed
 * for, and the URN only names the profile in exports.
 */
export function issuerProfile(body: IssuerBody, options: { did?: string; logo?: ObImage; fallbackId?: string } = {}): ObProfile {
  const profile: ObProfile = { id: options.did ?? body.did ?? options.fallbackId ?? 'urn:laurel:issuer', type: ['Profile'], name: body.name };
  if (body.url?.trim()) profile.url = body.url.trim();
  if (body.email?.trim()) profile.email = body.email.trim();
  if (body.description?.trim()) profile.description = body.description.trim();
  if (options.logo) profile.image = options.logo;
  return profile;
}
