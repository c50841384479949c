import { indexPathway } from './graph';
import { isActivity, NODE_KINDS, ruleOf, TIER, type Pathway, type PathwayNode } from './model';
import { titleOf } from './names';
import { ruleHolds, ruleShortfall, tallyInputs } from './rule';

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
  const completed = new Set(completedActivityIds);
  const satisfied = new Set<string>();
  for (const node of graph.nodes) {
    if (isActivity(node.kind) && completed.has(node.id)) satisfied.add(node.id);
  }
  const isSatisfied = (id: string) => satisfied.has(id);
  const titleOfId = (id: string) => titleOf(graph.nodeById.get(id)!);

  const results = new Map<string, NodeEvaluation>();
  for (const node of inTierOrder(graph.nodes)) {
    const inputs = graph.inputsOf(node.id);
    const rule = ruleOf(node);
    const tally = tallyInputs(inputs, isSatisfied);
    const holds = ruleHolds(rule, tally);
    const shortfall = () => {
      const { missing, text } = ruleShortfall(rule, inputs, isSatisfied, titleOfId);
      return { satisfied: false, missing, missingText: text };
    };

    if (isActivity(node.kind)) {
      if (satisfied.has(node.id)) results.set(node.id, { state: 'completed', satisfied: true, missing: [] });
      else if (holds) results.set(node.id, { state: 'available', satisfied: false, missing: [node.id], missingText: 'not completed yet' });
      else results.set(node.id, { state: 'locked', ...shortfall() });
    } else if (inputs.length === 0) {
      // "Holds trivially" does not earn anything: a credential must rest on something.
      results.set(node.id, { state: 'locked', satisfied: false, missing: [], missingText: 'nothing leads into it yet' });
    } else if (holds) {
      satisfied.add(node.id);
      results.set(node.id, { state: 'earned', satisfied: true, missing: [] });
    } else {
      results.set(node.id, { state: tally.satisfied > 0 ? 'in-progress' : 'locked', ...shortfall() });
    }
  }
  // Reported in document order, which is what a reader of the record expects.
  const nodes: Record<string, NodeEvaluation> = Object.create(null);
  for (const node of graph.nodes) nodes[node.id] = results.get(node.id)!;
  return { nodes };
}

/** The nodes bucketed by tier, in document order within a tier: a stable counting sort, O(nodes). */
function inTierOrder(nodes: readonly PathwayNode[]): PathwayNode[] {
  const buckets: PathwayNode[][] = NODE_KINDS.map(() => []);
  for (const node of nodes) buckets[TIER[node.kind]]!.push(node);
  return buckets.flat();
}
