import { designWarnings } from './designWarnings';
import { indexPathway, type PathwayGraph } from './graph';
import { edgeAllowed, edgeId, type Pathway } from './model';
import { joinAnd, nameOf, titleOf } from './names';
import type { Problem } from './problem';
import { ruleProblems } from './ruleProblems';
import { unitCycles } from './unitCycles';

export type { Problem, ProblemCode } from './problem';
export { PROBLEM_CODES } from './problem';

/**
 * Everything that would make a pathway wrong (errors) or leave gaps in its design (warnings), errors
 * first (DESIGN §1). Never throws on a schema-valid pathway, however malformed its graph.
 */
export function validatePathway(pathway: Pathway): Problem[] {
  return collectProblems(pathway, false);
}

/** As `validatePathway`, with a credential's missing name, description, criteria or template an error. */
export function validateForPublish(pathway: Pathway): Problem[] {
  return collectProblems(pathway, true);
}

function collectProblems(pathway: Pathway, publishing: boolean): Problem[] {
  const graph = indexPathway(pathway);
  const cycles = unitCycles(graph);
  const problems = [
    ...structureProblems(graph, cycles),
    ...ruleProblems(graph, cycles),
    ...designWarnings(graph, publishing),
  ];
  return [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
}

/** Duplicate ids, faulty edges and unit cycles: the graph itself is not what the stack model allows. */
function structureProblems(graph: PathwayGraph, cycleIndices: readonly number[][]): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.duplicateNodes) {
    const first = graph.nodeById(node.id)!;
    problems.push({
      severity: 'error',
      code: 'duplicate-node-id',
      nodeId: node.id,
      message: `${nameOf(first)} and ${nameOf(node)} have the same id '${node.id}'`,
      hint: `Give ${nameOf(node)} an id of its own; connections to '${node.id}' only reach ${nameOf(first)}`,
    });
  }

  graph.pathway.edges.forEach((edge, i) => {
    const from = graph.nodeById(edge.from);
    const to = graph.nodeById(edge.to);
    const id = edgeId(edge);
    switch (graph.edgeStatus[i]) {
      case 'dangling': {
        const known = to ?? from;
        problems.push({
          severity: 'error',
          code: 'dangling-edge',
          edgeId: id,
          ...(known ? { nodeId: known.id } : {}),
          message: from
            ? `A connection from ${nameOf(from)} leads into '${edge.to}', which is not in this pathway`
            : to
              ? `A connection into ${nameOf(to)} comes from '${edge.from}', which is not in this pathway`
              : `A connection joins '${edge.from}' to '${edge.to}', neither of which is in this pathway`,
          hint: `Remove the connection, or add the missing node`,
        });
        break;
      }
      case 'down-stack':
        problems.push({
          severity: 'error',
          code: 'edge-down-stack',
          edgeId: id,
          nodeId: to!.id,
          message: `${nameOf(from!)} cannot lead into ${nameOf(to!)}: connections go up the stack, from units to assessments, evidence, skills, badges, certificates and programs`,
          hint: edgeAllowed(to!.kind, from!.kind)
            ? `Reverse it so that ${nameOf(to!)} leads into ${nameOf(from!)}, or remove it`
            : `Remove the connection`,
        });
        break;
      case 'duplicate':
        problems.push({
          severity: 'error',
          code: 'duplicate-edge',
          edgeId: id,
          nodeId: to!.id,
          message: `${nameOf(from!)} is connected to ${nameOf(to!)} more than once`,
          hint: `Remove the extra connection; only the first one counts`,
        });
        break;
      case 'ok':
      case undefined:
        break;
    }
  });

  for (const cycle of cycleIndices.map((indices) => indices.map((i) => graph.nodes[i]!))) {
    const [first] = cycle;
    problems.push({
      severity: 'error',
      code: 'unit-cycle',
      nodeId: first!.id,
      nodeIds: cycle.map((node) => node.id),
      message:
        cycle.length === 1
          ? `${nameOf(first!)} leads into itself, so it can never come first`
          : `Units ${joinAnd(cycle.map((node) => `'${titleOf(node)}'`))} lead back into each other, so none of them can come first`,
      hint:
        cycle.length === 1
          ? `Remove the connection from ${nameOf(first!)} to itself`
          : `Remove one of the connections between them to give the units an order`,
    });
  }
  return problems;
}
