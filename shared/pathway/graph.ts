import { edgeAllowed, type Pathway, type PathwayEdge, type PathwayNode } from './model';

/** What is wrong with an edge of the document, if anything; only `ok` edges carry meaning. */
export type EdgeStatus = 'ok' | 'dangling' | 'down-stack' | 'duplicate';

/**
 * A pathway indexed once for validation and evaluation. Both read the same graph so they agree on what
 * a malformed document means: on a duplicate node id the first node wins, and edges that validation
 * rejects (dangling, down the stack, repeated) take no part in rules, so evaluation never depends on them.
 */
export interface PathwayGraph {
  readonly pathway: Pathway;
  /** Nodes with distinct ids, in document order. */
  readonly nodes: readonly PathwayNode[];
  readonly nodeById: ReadonlyMap<string, PathwayNode>;
  /** Later nodes whose id an earlier node already uses. */
  readonly duplicateNodes: readonly PathwayNode[];
  /** The status of `pathway.edges[i]`. */
  readonly edgeStatus: readonly EdgeStatus[];
  /** The `ok` edges into each node, in document order (an empty list for a node without inputs). */
  inputsOf(id: string): readonly PathwayEdge[];
  /** The `ok` edges out of each node, in document order. */
  outputsOf(id: string): readonly PathwayEdge[];
}

const NONE: readonly PathwayEdge[] = [];

export function indexPathway(pathway: Pathway): PathwayGraph {
  const nodeById = new Map<string, PathwayNode>();
  const nodes: PathwayNode[] = [];
  const duplicateNodes: PathwayNode[] = [];
  for (const node of pathway.nodes) {
    if (nodeById.has(node.id)) {
      duplicateNodes.push(node);
    } else {
      nodeById.set(node.id, node);
      nodes.push(node);
    }
  }

  const inputs = new Map<string, PathwayEdge[]>();
  const outputs = new Map<string, PathwayEdge[]>();
  // Keyed by `from` then `to` rather than by edgeId, which two different edges could share ("a->b" + "c").
  const seen = new Map<string, Set<string>>();
  const edgeStatus = pathway.edges.map((edge): EdgeStatus => {
    const from = nodeById.get(edge.from);
    const to = nodeById.get(edge.to);
    if (!from || !to) return 'dangling';
    if (!edgeAllowed(from.kind, to.kind)) return 'down-stack';
    let targets = seen.get(edge.from);
    if (!targets) seen.set(edge.from, (targets = new Set()));
    if (targets.has(edge.to)) return 'duplicate';
    targets.add(edge.to);
    append(inputs, edge.to, edge);
    append(outputs, edge.from, edge);
    return 'ok';
  });

  return {
    pathway,
    nodes,
    nodeById,
    duplicateNodes,
    edgeStatus,
    inputsOf: (id) => inputs.get(id) ?? NONE,
    outputsOf: (id) => outputs.get(id) ?? NONE,
  };
}

function append(map: Map<string, PathwayEdge[]>, key: string, edge: PathwayEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}
