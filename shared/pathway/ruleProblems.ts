import type { PathwayGraph } from './graph';
import { edgeId, isActivity, pointsOf, ruleOf, type PathwayEdge, type PathwayNode } from './model';
import { formatPoints, inputNoun, joinAnd, nameOf, pointsText, satisfiedWord } from './names';
import type { Problem } from './problem';
import { reaches } from './rule';
import { satisfiableMask } from './satisfiable';

/**
 * Rules that can never hold. A rule is checked against its inputs as drawn ("at least 4" of 3) and
 * against the inputs that can ever be satisfied, so a blocked badge shows up on every certificate that
 * depends on it, transitively, each with the blocked input named. A node without inputs holds
 * trivially and is left to the design warnings.
 */
export function ruleProblems(graph: PathwayGraph, cycles: readonly (readonly number[])[]): Problem[] {
  const { nodes, edges, source, inStart, inEdges } = graph;
  const satisfiable = satisfiableMask(graph);
  const cycleOf = new Int32Array(nodes.length).fill(-1);
  cycles.forEach((cycle, c) => cycle.forEach((i) => (cycleOf[i] = c)));
  const problems: Problem[] = [];

  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const inputs = inStart[i + 1]! - inStart[i]!;
    if (inputs === 0) continue;
    const rule = ruleOf(node);
    const blocked: number[] = [];
    let open = 0;
    let total = 0;
    let reachable = 0;
    for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
      const e = inEdges[k]!;
      total += pointsOf(edges[e]!);
      if (satisfiable[source[e]!] === 1) {
        open += 1;
        reachable += pointsOf(edges[e]!);
      } else blocked.push(e);
    }
    // Most nodes of a sound design stop here, before any message is built.
    const countOk = rule.type !== 'atLeast' || inputs >= rule.count;
    const pointsOk = rule.type !== 'points' || reaches(total, rule.min);
    if (blocked.length === 0 && countOk && pointsOk) continue;

    const blockedNames = joinAnd(blocked.slice(0, 3).map((e) => nameOf(nodes[source[e]!]!)));
    const base = { severity: 'error', nodeId: node.id } as const;
    if (rule.type === 'atLeast') {
      if (inputs < rule.count) {
        problems.push({
          ...base,
          code: 'at-least-unreachable',
          message: `${nameOf(node)} needs at least ${rule.count} of its inputs but only ${inputs} lead into it`,
          hint: `Lower the count to ${inputs} or connect another ${inputNoun(node.kind)}`,
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

    for (const e of blocked) {
      const from = source[e]!;
      // Within a cycle the units block each other; the cycle's own error says so once.
      if (cycleOf[from] !== -1 && cycleOf[from] === cycleOf[i]) continue;
      // Under `all` every input is in effect required.
      if (edges[e]!.required !== true && rule.type !== 'all') continue;
      const input = nodes[from]!;
      const why =
        cycleOf[from] !== -1
          ? 'it is on a cycle of units'
          : inStart[from + 1] === inStart[from] && !isActivity(input.kind)
            ? 'nothing leads into it'
            : 'its own rule can never be met';
      problems.push(neverSatisfied(node, input, edges[e]!, why, rule.type === 'all'));
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
