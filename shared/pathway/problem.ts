/**
 * One thing validation found wrong with a pathway. Errors make it wrong (it cannot work as drawn);
 * warnings are gaps in the design. Messages and hints are for a curriculum designer, not a developer.
 */
export interface Problem {
  severity: 'error' | 'warning';
  code: ProblemCode;
  message: string;
  /** What to do about it. */
  hint: string;
  /** The node the problem concerns; for an edge, the node it leads into (or comes from, if that is missing). */
  nodeId?: string;
  /** `edgeId(edge)` of the edge the problem concerns. */
  edgeId?: string;
  /** Every node involved, when there are several (the units of a cycle). */
  nodeIds?: string[];
}

export const PROBLEM_CODES = [
  // errors
  'duplicate-node-id',
  'dangling-edge',
  'edge-down-stack',
  'duplicate-edge',
  'unit-cycle',
  'at-least-unreachable',
  'points-unreachable',
  'input-never-satisfied',
  // warnings (credential-incomplete is an error at publish time)
  'badge-without-skill',
  'skill-not-assessed',
  'credential-without-inputs',
  'orphan-node',
  'duplicate-title',
  'credential-incomplete',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
