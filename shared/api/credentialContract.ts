import { z } from 'zod';
import { DocumentIdSchema } from '../documents';
import { IssuerProfileFieldsSchema, LogoUploadSchema, type IssuerIdentity, type IssuerPublicExport } from '../credentials/issuerIdentity';
import type { ObAchievement } from '../credentials/obTypes';
import type { VerificationReport } from '../credentials/verificationReport';
import type { IssuerLook } from '../template/assetRefs';

/**
 * The credential and issuer methods of the one API (DESIGN §3, §6), spread into `contract`. Every answer
 * is public data: the issuer's private key is used only inside the Node side and never crosses the API.
 */
const method = <R>() => <A extends z.ZodType>(args: A): { args: A; result?: R } => ({ args });

const NoArgs = z.object({}).strict();
const CredentialRef = { pathwayId: DocumentIdSchema, nodeId: z.string().min(1).max(200) };
/** A credential file is small; a baked PNG with its image is the largest, a few MB at most. */
const MAX_CREDENTIAL_FILE = 8 * 1024 * 1024;

export const credentialContract = {
  /** The workspace's issuer profile, its did:key and whether this machine holds the key. */
  getIssuerIdentity: method<IssuerIdentity>()(NoArgs),
  /** The issuer's name and logo as templates show them (empty without a profile), in one request and without asking the key store. */
  getIssuerLook: method<IssuerLook>()(NoArgs),
  saveIssuerProfile: method<IssuerIdentity>()(z.object({ profile: IssuerProfileFieldsSchema, logo: LogoUploadSchema.optional() }).strict()),
  /** Makes a new Ed25519 issuer key in this machine's key store; `replace` to replace an existing one. */
  generateIssuerKey: method<IssuerIdentity>()(z.object({ replace: z.boolean().optional() }).strict()),
  /** Imports a private key (PKCS#8 PEM, JWK or Multikey JSON) into the key store; the text is never stored or echoed. */
  importIssuerKey: method<IssuerIdentity>()(
    z.object({ text: z.string().min(1).max(100_000), passphrase: z.string().max(1000).optional(), replace: z.boolean().optional() }).strict(),
  ),
  exportIssuerPublic: method<IssuerPublicExport>()(NoArgs),
  /** The OB 3.0 Achievement of a badge, certificate or program node. */
  getAchievement: method<{ achievement: ObAchievement; json: string; fileName: string }>()(z.object(CredentialRef).strict()),
  /** Signs a specimen OpenBadgeCredential for a sample recipient and verifies it. */
  issueSpecimen: method<{ json: string; fileName: string; report: VerificationReport }>()(
    z
      .object({
        ...CredentialRef,
        recipient: z.object({ name: z.string().trim().min(1, 'The recipient needs a name').max(300), email: z.string().max(300).optional() }).strict(),
      })
      .strict(),
  ),
  /** Verifies a credential file: JSON text (`utf8`) or a baked PNG/SVG (`base64`). */
  verifyCredential: method<VerificationReport>()(
    z.object({ data: z.string().min(1).max(MAX_CREDENTIAL_FILE), encoding: z.enum(['utf8', 'base64']) }).strict(),
  ),
  /** A signed credential baked into its badge image. */
  bakeCredential: method<{ base64: string; mediaType: string; fileName: string }>()(
    z.object({ json: z.string().min(1).max(MAX_CREDENTIAL_FILE), format: z.enum(['png', 'svg']) }).strict(),
  ),
  /** A pathway as laurel.pathway/1 (default), CLR 2.0-shaped JSON or a CASE CFPackage of its skills. */
  exportPathwayAs: method<{ json: string; fileName: string }>()(
    z.object({ id: DocumentIdSchema, as: z.enum(['laurel', 'clr', 'case']).optional() }).strict(),
  ),
};

export const CREDENTIAL_METHOD_NAMES = [
  'getIssuerIdentity',
  'getIssuerLook',
  'saveIssuerProfile',
  'generateIssuerKey',
  'importIssuerKey',
  'exportIssuerPublic',
  'getAchievement',
  'issueSpecimen',
  'verifyCredential',
  'bakeCredential',
  'exportPathwayAs',
] as const satisfies readonly (keyof typeof credentialContract)[];
