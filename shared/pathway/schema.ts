import { z } from 'zod';
import { ACHIEVEMENT_TYPES, ALIGNMENT_TARGET_TYPES, NODE_KINDS, PATHWAY_FORMAT } from './model';

/**
 * `laurel.pathway/1` as zod schemas, for what checks input: the API, imports and the CLI. The model's
 * types are inferred from them (model.ts). The page does not import them: building zod's schemas took
 * about 40 ms of every page load.
 */

const Id = z.string().min(1).max(200);

const Text = (max: number) => z.string().max(max);

export const RuleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('all') }).strict(),
  z.object({ type: z.literal('atLeast'), count: z.number().int().min(1).max(10_000) }).strict(),
  z.object({ type: z.literal('points'), min: z.number().min(0).max(1_000_000) }).strict(),
]);

/** A skill's link to a framework entry; becomes an OB 3.0 `alignment`. */
export const AlignmentSchema = z
  .object({
    framework: Text(200),
    code: Text(200).optional(),
    name: Text(500),
    url: z.string().max(2000).optional(),
    description: Text(4000).optional(),
    /** OB 3.0 `targetType`; absent, the alignment says nothing about what kind of entry it points at. */
    targetType: z.enum(ALIGNMENT_TARGET_TYPES).optional(),
  })
  .strict();

/** What a badge, certificate or program is designed to mean; the seed of its OB 3.0 Achievement. */
export const CredentialSchema = z
  .object({
    name: Text(300).optional(),
    description: Text(10_000).optional(),
    criteria: Text(10_000).optional(),
    achievementType: z.enum(ACHIEVEMENT_TYPES).optional(),
    templateId: Id.optional(),
    /** OB 3.0 `tag`: keywords for search. */
    tags: z.array(Text(100)).max(50).optional(),
    /** OB 3.0 `creditsAvailable`, e.g. 3 credit hours. */
    creditsAvailable: z.number().min(0).max(100_000).optional(),
    /** OB 3.0 `fieldOfStudy`. */
    fieldOfStudy: Text(300).optional(),
    /** How long an issued credential stays valid: its `validUntil` is this many months after `validFrom`. */
    validForMonths: z.number().int().min(1).max(1200).optional(),
    /** What a learner must submit, in words; part of the criteria narrative. */
    evidenceRequirements: Text(10_000).optional(),
    /** OB 3.0 `inLanguage`, a BCP 47 tag such as `en` or `nl-NL`. */
    language: Text(100).optional(),
  })
  .passthrough();

export const PositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() }).strict();

export const PathwayNodeSchema = z
  .object({
    id: Id,
    kind: z.enum(NODE_KINDS),
    title: Text(300),
    description: Text(10_000).optional(),
    rule: RuleSchema.optional(),
    position: PositionSchema.optional(),
    // kind-specific fields
    durationMinutes: z.number().min(0).max(100_000).optional(),
    format: Text(100).optional(),
    method: Text(200).optional(),
    evidenceType: Text(200).optional(),
    alignments: z.array(AlignmentSchema).max(100).optional(),
    credential: CredentialSchema.optional(),
  })
  // Unknown fields are kept so a file written by a newer Laurel round-trips without loss.
  .passthrough();

export const PathwayEdgeSchema = z
  .object({
    from: Id,
    to: Id,
    required: z.boolean().optional(),
    points: z.number().min(0).max(1_000_000).optional(),
  })
  .passthrough();

export const PathwaySchema = z
  .object({
    format: z.literal(PATHWAY_FORMAT),
    id: Id,
    name: Text(300),
    description: Text(10_000).optional(),
    nodes: z.array(PathwayNodeSchema).max(50_000),
    edges: z.array(PathwayEdgeSchema).max(200_000),
  })
  .passthrough();
