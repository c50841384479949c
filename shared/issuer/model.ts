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
  })
  .passthrough();
export type IssuerBody = z.infer<typeof IssuerBodySchema>;
