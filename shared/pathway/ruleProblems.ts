import type { PathwayGraph } from './graph';
import { edgeId, isActivity, pointsOf, ruleOf, type PathwayEdge, type PathwayNode } from './model';
import { formatPoints, inputNoun, joinAnd, nameOf, pointsText, satisfiedWord } from './names';
import type { Problem } from './problem';
import { reaches } from './rule';
import { satisfiableNodes } from './satisfiable';

/**
 * Rules that can never hold. A rule is checked against its inputs as drawn ("at least 4" of 3) and
 * against the inputs that can ever be satisfied, so a blocked badge shows up on every certificate that
 * depends on it, transitively, each with the blocked input named. A node without inputs holds
 * trivially and is left to the design warnings.
 */
export function ruleProblems(graph: PathwayGraph, cycles: readonly (readonly PathwayNode[])[]): Problem[] {
  const satisfiable = satisfiableNodes(graph);
  const cycleOf = new Map<string, number>();
  cycles.forEach((cycle, i) => cycle.forEach((unit) => cycleOf.set(unit.id, i)));
  const problems: Problem[] = [];
  for (const node of graph.nodes) {
    const inputs = graph.inputsOf(node.id);
    if (inputs.length === 0) continue;
    const rule = ruleOf(node);
    const blocked = inputs.filter((edge) => !satisfiable.has(edge.from));
    const blockedNames = joinAnd(blocked.slice(0, 3).map((edge) => nameOf(graph.nodeById.get(edge.from)!)));
    const base = { severity: 'error', nodeId: node.id } as const;

    if (rule.type === 'atLeast') {
      const open = inputs.length - blocked.length;
      if (inputs.length < rule.count) {
        problems.push({
          ...base,
          code: 'at-least-unreachable',
          message: `${nameOf(node)} needs at least ${rule.count} of its inputs but only ${inputs.length} lead into it`,
          hint: `Lower the count to ${inputs.length} or connect another ${inputNoun(node.kind)}`,
        });
      } else if (open < rule.count) {
        problems.push({
          ...base,
          code: 'at-least-unreachable',
          message: `${nameOf(node)} needs at least ${rule.count} of its inputs but only ${open} of them can ever be reached: ${blockedNames} never can`,
          hint: open > 0 ? `Lower the count to ${open}, or fix ${blockedNames} first` : `Fix ${blockedNames} first`,
        });
      }
    } else if (rule.type === 'points') {
      const total = sumPoints(inputs);
      const reachable = sumPoints(inputs.filter((edge) => satisfiable.has(edge.from)));
      if (!reaches(total, rule.min)) {
        problems.push({
          ...base,
          code: 'points-unreachable',
          message: `${nameOf(node)} needs ${pointsText(rule.min)} but its inputs add up to only ${formatPoints(total)}`,
          hint: `Lower the minimum to ${formatPoints(total)} or connect inputs worth ${formatPoints(rule.min - total)} more`,
        });
      } else if (!reaches(reachable, rule.min)) {
        problems.push({
          ...base,
          code: 'points-unreachable',
          message: `${nameOf(node)} needs ${pointsText(rule.min)} but only ${formatPoints(reachable)} can ever be reached: ${blockedNames} never can`,
          hint: `Lower the minimum to ${formatPoints(reachable)}, or fix ${blockedNames} first`,
        });
      }
    }

    for (const edge of blocked) {
      // Within a cycle the units block each other; the cycle's own error says so once.
      const inCycle = cycleOf.get(edge.from);
      if (inCycle !== undefined && inCycle === cycleOf.get(edge.to)) continue;
      // Under `all` every input is in effect required.
      if (edge.required === true || rule.type === 'all') {
        const input = graph.nodeById.get(edge.from)!;
        const why =
          inCycle !== undefined
            ? 'it is on a cycle of units'
            : graph.inputsOf(input.id).length === 0 && !isActivity(input.kind)
              ? 'nothing leads into it'
              : 'its own rule can never be met';
        problems.push(neverSatisfied(node, input, edge, why, rule.type === 'all'));
      }
    }
  }
  return problems;
}

function neverSatisfied(node: PathwayNode, input: PathwayNode, edge: PathwayEdge, why: string, all: boolean): Problem {
  const never = `${nameOf(input)}, which can never be ${satisfiedWord(input.kind)} (${why})`;
  return {
    severity: 'error',
    code: 'input-never-satisfied',
    nodeId: node.id,
    edgeId: edgeId(edge),
    message: all ? `${nameOf(node)} needs all its inputs, including ${never}` : `${nameOf(node)} requires ${never}`,
    hint: all
      ? `Fix ${nameOf(input)} first, or change the rule to 'at least' so it is not needed`
      : `Fix ${nameOf(input)} first, or make it optional`,
  };
}

function sumPoints(edges: readonly PathwayEdge[]): number {
  return edges.reduce((total, edge) => total + pointsOf(edge), 0);
}
