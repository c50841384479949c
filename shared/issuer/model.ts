import { z } from 'zod';

/** The organisation that issues a workspace's credentials; becomes the OB 3.0 issuer Profile. */
export const IssuerBodySchema = z
  .object({
    schemaVersion: z.literal(1),
    name: z.string().min(1).max(300),
    url: z.string().max(2000).optional(),
    email: z.string().max(300).optional(),
    description: z.string().max(10_000).optional(),
    logoAsset: z.string().max(100).optional(),
    /**
     * The issuer's `did:key`: public, so it travels with the workspace. Its private key never does: it stays
     * in the key store of the machine that made or imported it.
     */
    did: z.string().max(200).regex(/^did:key:z[1-9A-HJ-NP-Za-km-z]+$/, 'Expected a did:key').optional(),
  })
  .passthrough();
export type IssuerBody = z.infer<typeof IssuerBodySchema>;
