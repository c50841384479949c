import { z } from 'zod';
import { DocumentIdSchema } from '../documents';
import { type NetworkView } from '../publish/network';
import { NetworkSettingsSchema } from '../publish/networkSchema';
import type { PublicationSummary, PublicationVerification, PublishPlan } from '../publish/plan';

/**
 * The publishing methods of the one API (DESIGN §5), spread into `contract`. The operator's key goes in
 * through `saveHederaNetwork` and never comes back out: answers say only whether a key is stored.
 */
const method = <R>() => <A extends z.ZodType>(args: A): { args: A; result?: R } => ({ args });

const NoArgs = z.object({}).strict();
const ByPathway = z.object({ pathwayId: DocumentIdSchema }).strict();

export const publishContract = {
  getHederaNetwork: method<NetworkView>()(NoArgs),
  /** Saves the network; `operatorKey` (DER or hex, of `settings.keyType`) is stored in the key store. */
  saveHederaNetwork: method<NetworkView>()(
    z.object({ settings: NetworkSettingsSchema, operatorKey: z.string().trim().min(1).max(1000).optional() }).strict(),
  ),
  /** What publishing the pathway now would do and cost; spends nothing. */
  planPublication: method<PublishPlan>()(ByPathway),
  /** Puts the pathway's publication in the outbox and starts sending it; unchanged content is not queued again. */
  publishPathway: method<{ publication: PublicationSummary; unchanged: boolean }>()(ByPathway),
  listPublications: method<PublicationSummary[]>()(z.object({ pathwayId: DocumentIdSchema.optional() }).strict()),
  /** Reads a publication back from the mirror node and compares it with the workspace. */
  verifyPublication: method<PublicationVerification>()(z.object({ publicationId: z.number().int().min(1) }).strict()),
};

export const PUBLISH_METHOD_NAMES = [
  'getHederaNetwork',
  'saveHederaNetwork',
  'planPublication',
  'publishPathway',
  'listPublications',
  'verifyPublication',
] as const satisfies readonly (keyof typeof publishContract)[];
