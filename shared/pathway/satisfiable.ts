import type { PathwayGraph } from './graph';
import { isActivity, pointsOf, ruleOf, type PathwayNode } from './model';
import { emptyTally, ruleHolds, type InputTally } from './rule';

/**
 * The nodes a learner can ever satisfy: what a learner reaches who completes every activity as soon as
 * it unlocks. Validation uses it to find rules that can never hold.
 *
 * Unlike evaluation, which counts any completion, an activity counts here only once its rule can hold:
 * an assessment that can never unlock is a design error even though a tick could mark it done. So units
 * on a cycle that wait for each other never unlock, and a skill or credential needs at least one input.
 *
 * It is the least fixpoint of "the rule holds over satisfiable inputs", found with a worklist that
 * bumps each target's tally once per edge (as in Horn satisfiability): O(nodes + edges), cycles or not.
 */
export function satisfiableNodes(graph: PathwayGraph): Set<string> {
  const tallies = new Map<string, InputTally>();
  for (const node of graph.nodes) {
    const inputs = graph.inputsOf(node.id);
    tallies.set(node.id, emptyTally(inputs.length, inputs.filter((edge) => edge.required === true).length));
  }
  const canSatisfy = (node: PathwayNode): boolean => {
    const tally = tallies.get(node.id)!;
    if (tally.inputs === 0 && !isActivity(node.kind)) return false;
    return ruleHolds(ruleOf(node), tally);
  };

  const satisfiable = new Set<string>();
  const queue: string[] = [];
  for (const node of graph.nodes) {
    if (canSatisfy(node)) {
      satisfiable.add(node.id);
      queue.push(node.id);
    }
  }
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const edge of graph.outputsOf(id)) {
      const tally = tallies.get(edge.to)!;
      tally.satisfied += 1;
      tally.points += pointsOf(edge);
      if (edge.required === true) tally.requiredMissing -= 1;
      const target = graph.nodeById.get(edge.to)!;
      if (!satisfiable.has(target.id) && canSatisfy(target)) {
        satisfiable.add(target.id);
        queue.push(target.id);
      }
    }
  }
  return satisfiable;
}
