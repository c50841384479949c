import type { z } from 'zod';
import type { AlignmentSchema, CredentialSchema, PathwayEdgeSchema, PathwayNodeSchema, PathwaySchema, RuleSchema } from './schema';

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

export type Rule = z.infer<typeof RuleSchema>;

/** OB 3.0 AlignmentTargetType: what an alignment's target is (a CASE item, a CTDL competency…). */
export const ALIGNMENT_TARGET_TYPES = ['ceasn:Competency', 'ceterms:Credential', 'CFItem', 'CFRubric', 'CFRubricCriterion', 'CFRubricCriterionLevel', 'CTDL'] as const;
export type AlignmentTargetType = (typeof ALIGNMENT_TARGET_TYPES)[number];

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

export type Credential = z.infer<typeof CredentialSchema>;

export type PathwayNode = z.infer<typeof PathwayNodeSchema>;

export type PathwayEdge = z.infer<typeof PathwayEdgeSchema>;

export const PATHWAY_FORMAT = 'laurel.pathway/1';

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
