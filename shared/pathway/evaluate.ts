import { indexPathway } from './graph';
import { isActivity, NODE_KINDS, pointsOf, ruleOf, TIER, type Pathway, type PathwayEdge, type PathwayNode } from './model';
import { titleOf } from './names';
import { ruleHolds, ruleShortfall, type InputTally } from './rule';

/** Activities are `completed`, `available` or `locked`; skills and credentials `earned`, `in-progress` or `locked`. */
export type NodeState = 'completed' | 'available' | 'locked' | 'earned' | 'in-progress';

export interface NodeEvaluation {
  state: NodeState;
  satisfied: boolean;
  /**
   * What is still missing, as node ids: the inputs the rule still needs, or, for an available
   * activity, the activity itself. Empty when satisfied.
   */
  missing: string[];
  /** The same in words ("2 more of: SQL Basics, Dashboards"); absent when satisfied. */
  missingText?: string;
}

export interface Evaluation {
  /** By node id; a prototype-free record, so an id such as `__proto__` is an ordinary key. */
  nodes: Record<string, NodeEvaluation>;
}

/**
 * Every node's state for a learner who has completed `completedActivityIds` (DESIGN §1).
 *
 * An activity is satisfied by completion alone, whatever its rule (a learner may do things out of
 * order); ids that are not activities are ignored, since skills and credentials are earned, not ticked.
 * Because of that, evaluating nodes tier by tier is a topological order: a skill or credential only
 * depends on lower tiers, and unit → unit edges (even on a cycle) only decide whether a unit is
 * `available`, from completions known up front. O(nodes + edges).
 *
 * Edges that validation rejects (dangling, down the stack, repeated) take no part; on a duplicate id the
 * first node wins.
 */
export function evaluatePathway(pathway: Pathway, completedActivityIds: Iterable<string>): Evaluation {
  const graph = indexPathway(pathway);
  const { nodes, edges, source, inStart, inEdges, indexOf } = graph;
  const completed = new Set(completedActivityIds);
  const satisfied = new Uint8Array(nodes.length);
  nodes.forEach((node, i) => {
    if (isActivity(node.kind) && completed.has(node.id)) satisfied[i] = 1;
  });
  const isSatisfied = (id: string) => satisfied[indexOf.get(id)!] === 1;
  const titleOfId = (id: string) => titleOf(nodes[indexOf.get(id)!]!);
  const shortfall = (i: number): Omit<NodeEvaluation, 'state'> => {
    const inputs: PathwayEdge[] = [];
    for (let k = inStart[i]!; k < inStart[i + 1]!; k++) inputs.push(edges[inEdges[k]!]!);
    const { missing, text } = ruleShortfall(ruleOf(nodes[i]!), inputs, isSatisfied, titleOfId);
    return { satisfied: false, missing, missingText: text };
  };

  const results: NodeEvaluation[] = [];
  const tally: InputTally = { inputs: 0, satisfied: 0, points: 0, requiredMissing: 0 };
  for (const i of inTierOrder(nodes)) {
    const node = nodes[i]!;
    tally.inputs = inStart[i + 1]! - inStart[i]!;
    tally.satisfied = tally.points = tally.requiredMissing = 0;
    for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
      const edge = edges[inEdges[k]!]!;
      if (satisfied[source[inEdges[k]!]!] === 1) {
        tally.satisfied += 1;
        tally.points += pointsOf(edge);
      } else if (edge.required === true) {
        tally.requiredMissing += 1;
      }
    }
    const holds = ruleHolds(ruleOf(node), tally);

    if (isActivity(node.kind)) {
      if (satisfied[i] === 1) results[i] = { state: 'completed', satisfied: true, missing: [] };
      else if (holds) results[i] = { state: 'available', satisfied: false, missing: [node.id], missingText: 'not completed yet' };
      else results[i] = { state: 'locked', ...shortfall(i) };
    } else if (tally.inputs === 0) {
      // "Holds trivially" does not earn anything: a credential must rest on something.
      results[i] = { state: 'locked', satisfied: false, missing: [], missingText: 'nothing leads into it yet' };
    } else if (holds) {
      satisfied[i] = 1;
      results[i] = { state: 'earned', satisfied: true, missing: [] };
    } else {
      results[i] = { state: tally.satisfied > 0 ? 'in-progress' : 'locked', ...shortfall(i) };
    }
  }

  // Reported in document order, which is what a reader of the record expects.
  const record: Record<string, NodeEvaluation> = Object.create(null);
  nodes.forEach((node, i) => (record[node.id] = results[i]!));
  return { nodes: record };
}

/** Node indices by tier, in document order within a tier: a stable counting sort, O(nodes). */
function inTierOrder(nodes: readonly PathwayNode[]): number[] {
  const buckets: number[][] = NODE_KINDS.map(() => []);
  nodes.forEach((node, i) => buckets[TIER[node.kind]]!.push(i));
  return buckets.flat();
}
