import { z } from 'zod';
import { KEY_TYPES, NETWORK_NAMES } from './network';

/**
 * Network settings as zod schemas, for what checks them: the API and the CLI. The types are inferred from
 * them (network.ts); the page does not import them (see shared/pathway/schema.ts).
 */

const ENTITY_ID = /^\d{1,10}\.\d{1,10}\.\d{1,19}$/;

export const EntityIdSchema = z.string().trim().regex(ENTITY_ID, 'Expected an id like 0.0.1234');

const HostPortSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.-]{1,253}:\d{1,5}$/, 'Expected host:port, like 127.0.0.1:50211')
  .refine((text) => Number(text.split(':')[1]) <= 65_535, 'The port must be 65535 or less');

const MirrorUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, 'Expected a mirror node URL like http://127.0.0.1:5551')
  .transform((text) => text.replace(/\/+$/, '').replace(/\/api\/v1$/, ''));

/** Where a network's consensus node and mirror node answer. */
export const EndpointsSchema = z
  .object({ consensus: HostPortSchema, nodeAccountId: EntityIdSchema, mirrorUrl: MirrorUrlSchema })
  .strict();

/** The "Hedera network" settings: which network, its endpoints for local and custom, and the operator. */
export const NetworkSettingsSchema = z
  .object({
    network: z.enum(NETWORK_NAMES),
    /** For `local` (default LOCAL_ENDPOINTS) and `custom` (required). */
    endpoints: EndpointsSchema.optional(),
    operatorAccountId: EntityIdSchema.optional(),
    /** Chosen explicitly: a DER or hex key does not always say which curve it is on. */
    keyType: z.enum(KEY_TYPES).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.network === 'custom' && !value.endpoints) ctx.addIssue({ code: 'custom', path: ['endpoints'], message: 'A custom network needs its consensus node and mirror node' });
  });
