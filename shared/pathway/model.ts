import { z } from 'zod';

/**
 * The stack model (DESIGN §1): a typed, directed graph whose edges point from a contributor to what it
 * contributes to, always up the stack, except `unit → unit` (a suggested order of units).
 */
export const NODE_KINDS = ['unit', 'assessment', 'evidence', 'skill', 'badge', 'certificate', 'program'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const TIER: Record<NodeKind, number> = {
  unit: 0,
  assessment: 1,
  evidence: 2,
  skill: 3,
  badge: 4,
  certificate: 5,
  program: 6,
};

export const ACTIVITY_KINDS = ['unit', 'assessment', 'evidence'] as const satisfies readonly NodeKind[];
export const CREDENTIAL_KINDS = ['badge', 'certificate', 'program'] as const satisfies readonly NodeKind[];
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export function isActivity(kind: NodeKind): boolean {
  return (ACTIVITY_KINDS as readonly NodeKind[]).includes(kind);
}
export function isCredential(kind: NodeKind): kind is CredentialKind {
  return (CREDENTIAL_KINDS as readonly NodeKind[]).includes(kind);
}

/** Whether the stack model allows an edge from a node of kind `from` to one of kind `to`. */
export function edgeAllowed(from: NodeKind, to: NodeKind): boolean {
  return TIER[from] < TIER[to] || (from === 'unit' && to === 'unit');
}

const Id = z.string().min(1).max(200);
const Text = (max: number) => z.string().max(max);

export const RuleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('all') }).strict(),
  z.object({ type: z.literal('atLeast'), count: z.number().int().min(1).max(10_000) }).strict(),
  z.object({ type: z.literal('points'), min: z.number().min(0).max(1_000_000) }).strict(),
]);
export type Rule = z.infer<typeof RuleSchema>;

/** OB 3.0 AlignmentTargetType: what an alignment's target is (a CASE item, a CTDL competency…). */
export const ALIGNMENT_TARGET_TYPES = ['ceasn:Competency', 'ceterms:Credential', 'CFItem', 'CFRubric', 'CFRubricCriterion', 'CFRubricCriterionLevel', 'CTDL'] as const;
export type AlignmentTargetType = (typeof ALIGNMENT_TARGET_TYPES)[number];

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
export type Alignment = z.infer<typeof AlignmentSchema>;

/**
 * The OB 3.0 AchievementType enumeration, in the specification's order (its `ext:` extensions are not
 * offered). The first ten are the ones Laurel offered first, kept first so existing choices stay on top.
 */
export const ACHIEVEMENT_TYPES = [
  'Badge',
  'MicroCredential',
  'Certificate',
  'Certification',
  'Diploma',
  'Degree',
  'License',
  'Course',
  'Competency',
  'Achievement',
  'ApprenticeshipCertificate',
  'Assessment',
  'Assignment',
  'AssociateDegree',
  'Award',
  'BachelorDegree',
  'CertificateOfCompletion',
  'CommunityService',
  'CoCurricular',
  'DoctoralDegree',
  'Fieldwork',
  'GeneralEducationDevelopment',
  'JourneymanCertificate',
  'LearningProgram',
  'Membership',
  'ProfessionalDoctorate',
  'QualityAssuranceCredential',
  'MasterCertificate',
  'MasterDegree',
  'ResearchDoctorate',
  'SecondarySchoolDiploma',
] as const;
export type AchievementType = (typeof ACHIEVEMENT_TYPES)[number];

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
export type Credential = z.infer<typeof CredentialSchema>;

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
export type PathwayNode = z.infer<typeof PathwayNodeSchema>;

export const PathwayEdgeSchema = z
  .object({
    from: Id,
    to: Id,
    required: z.boolean().optional(),
    points: z.number().min(0).max(1_000_000).optional(),
  })
  .passthrough();
export type PathwayEdge = z.infer<typeof PathwayEdgeSchema>;

export const PATHWAY_FORMAT = 'laurel.pathway/1';

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
export type Pathway = z.infer<typeof PathwaySchema>;

/** The rule a node uses: absent means `all`. */
export function ruleOf(node: PathwayNode): Rule {
  return node.rule ?? { type: 'all' };
}

/** An edge's weight under a `points` rule (default 1). */
export function pointsOf(edge: PathwayEdge): number {
  return edge.points ?? 1;
}

/** How problems, selections and the editor name an edge: `${from}->${to}`. */
export function edgeId(edge: Pick<PathwayEdge, 'from' | 'to'>): string {
  return `${edge.from}->${edge.to}`;
}
