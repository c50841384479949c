import { z } from 'zod';

/**
 * What the studio may know about the workspace's issuer: its profile and its public identity, and whether
 * this machine holds the private key. Never the key itself (DESIGN §5's rule for secrets, applied to
 * issuer keys): the renderer only ever sees this.
 */
export interface IssuerIdentity {
  /** The issuer profile document's id; absent until the profile is first saved. */
  issuerId?: string;
  profile: IssuerProfileFields & { logo?: string };
  did?: string;
  /**
   * `none`: the issuer has no key yet; `present`: this machine has it; `absent`: the workspace names a key
   * this machine does not have (import it); `locked`: it is here but cannot be opened now (`keyReason`).
   */
  key: 'none' | 'present' | 'absent' | 'locked';
  keyReason?: string;
  /** Where this machine keeps issuer keys, in words. */
  keyStore: string;
}

export const IssuerProfileFieldsSchema = z
  .object({
    name: z.string().trim().min(1, 'The issuer needs a name').max(300),
    url: z.string().trim().max(2000).optional(),
    email: z.string().trim().max(300).optional(),
    description: z.string().max(10_000).optional(),
  })
  .strict();
export type IssuerProfileFields = z.infer<typeof IssuerProfileFieldsSchema>;

/** A logo as the renderer sends it: a small PNG, JPEG or SVG, base64. `null` removes the logo. */
export const LogoUploadSchema = z
  .object({ mediaType: z.enum(['image/png', 'image/jpeg', 'image/svg+xml']), base64: z.string().max(2_000_000) })
  .strict()
  .nullable();
export type LogoUpload = z.infer<typeof LogoUploadSchema>;

/** What may be shared about the issuer's key: the DID, the public key in two notations, the DID document. */
export interface IssuerPublicExport {
  did: string;
  publicKeyMultibase: string;
  publicKeyJwk: { kty: 'OKP'; crv: 'Ed25519'; x: string };
  didDocument: Record<string, unknown>;
  fileName: string;
}
