import type { PathwayGraph } from './graph';
import { isActivity, pointsOf, ruleOf } from './model';
import { ruleHolds, type InputTally } from './rule';

/**
 * Which nodes a learner can ever satisfy, by node index (1 = can): what a learner reaches who completes
 * every activity as soon as it unlocks. Validation uses it to find rules that can never hold.
 *
 * Unlike evaluation, which counts any completion, an activity counts here only once its rule can hold:
 * an assessment that can never unlock is a design error even though a tick could mark it done. So units
 * on a cycle that wait for each other never unlock, and a skill or credential needs at least one input.
 *
 * It is the least fixpoint of "the rule holds over satisfiable inputs", found with a worklist that
 * bumps each target's tally once per edge (as in Horn satisfiability): O(nodes + edges), cycles or not.
 */
export function satisfiableMask(graph: PathwayGraph): Uint8Array {
  const { nodes, inStart, inEdges, outStart, outEdges, edges, target } = graph;
  const n = nodes.length;
  const satisfiedCount = new Int32Array(n);
  const points = new Float64Array(n);
  const requiredMissing = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
      if (edges[inEdges[k]!]!.required === true) requiredMissing[i]! += 1;
    }
  }
  const tally: InputTally = { inputs: 0, satisfied: 0, points: 0, requiredMissing: 0 };
  const canSatisfy = (i: number): boolean => {
    tally.inputs = inStart[i + 1]! - inStart[i]!;
    if (tally.inputs === 0 && !isActivity(nodes[i]!.kind)) return false;
    tally.satisfied = satisfiedCount[i]!;
    tally.points = points[i]!;
    tally.requiredMissing = requiredMissing[i]!;
    return ruleHolds(ruleOf(nodes[i]!), tally);
  };

  const satisfiable = new Uint8Array(n);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) {
    if (canSatisfy(i)) {
      satisfiable[i] = 1;
      queue.push(i);
    }
  }
  while (queue.length > 0) {
    const i = queue.pop()!;
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
      const e = outEdges[k]!;
      const to = target[e]!;
      satisfiedCount[to]! += 1;
      points[to]! += pointsOf(edges[e]!);
      if (edges[e]!.required === true) requiredMissing[to]! -= 1;
      if (satisfiable[to] === 0 && canSatisfy(to)) {
        satisfiable[to] = 1;
        queue.push(to);
      }
    }
  }
  return satisfiable;
}

/** The ids of the nodes a learner can ever satisfy (see `satisfiableMask`). */
export function satisfiableNodes(graph: PathwayGraph): Set<string> {
  const mask = satisfiableMask(graph);
  return new Set(graph.nodes.filter((_, i) => mask[i] === 1).map((node) => node.id));
}
