import { edgeAllowed, type Pathway, type PathwayEdge, type PathwayNode } from './model';

/** What is wrong with an edge of the document, if anything; only `ok` edges carry meaning. */
export type EdgeStatus = 'ok' | 'dangling' | 'down-stack' | 'duplicate';

/**
 * A pathway indexed once for validation and evaluation. Both read the same graph so they agree on what
 * a malformed document means: on a duplicate node id the first node wins, and edges that validation
 * rejects (dangling, down the stack, repeated) take no part in rules, so evaluation never depends on them.
 *
 * Nodes are numbered by their position in `nodes` and the `ok` edges are kept in compressed rows
 * (`inStart`/`inEdges`, `outStart`/`outEdges`), so that validation and evaluation walk integer arrays
 * instead of maps: both run on every edit of a 2,000-node pathway.
 */
export interface PathwayGraph {
  readonly pathway: Pathway;
  /** Nodes with distinct ids, in document order; a node's index is its position here. */
  readonly nodes: readonly PathwayNode[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Later nodes whose id an earlier node already uses. */
  readonly duplicateNodes: readonly PathwayNode[];
  /** The status of `pathway.edges[i]`. */
  readonly edgeStatus: readonly EdgeStatus[];
  /** The `ok` edges in document order, with the index of each one's source and target node. */
  readonly edges: readonly PathwayEdge[];
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** The `ok` edges into node i are `edges[inEdges[k]]` for `inStart[i] <= k < inStart[i + 1]`. */
  readonly inStart: Int32Array;
  readonly inEdges: Int32Array;
  /** Likewise the `ok` edges out of node i. */
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
  /** 1 for a node that any edge of the document names, even a faulty one. */
  readonly connected: Uint8Array;
  nodeById(id: string): PathwayNode | undefined;
  /** The `ok` edges into the node with this id, in document order. */
  inputsOf(id: string): PathwayEdge[];
  /** The `ok` edges out of the node with this id, in document order. */
  outputsOf(id: string): PathwayEdge[];
}

export function indexPathway(pathway: Pathway): PathwayGraph {
  const indexOf = new Map<string, number>();
  const nodes: PathwayNode[] = [];
  const duplicateNodes: PathwayNode[] = [];
  for (const node of pathway.nodes) {
    if (indexOf.has(node.id)) {
      duplicateNodes.push(node);
    } else {
      indexOf.set(node.id, nodes.length);
      nodes.push(node);
    }
  }
  const n = nodes.length;

  const connected = new Uint8Array(n);
  const edges: PathwayEdge[] = [];
  const sources: number[] = [];
  const targets: number[] = [];
  // Keyed by the pair of node indices rather than by edgeId, which two different edges could share.
  const seen = new Set<number>();
  const edgeStatus = pathway.edges.map((edge): EdgeStatus => {
    const from = indexOf.get(edge.from);
    const to = indexOf.get(edge.to);
    if (from !== undefined) connected[from] = 1;
    if (to !== undefined) connected[to] = 1;
    if (from === undefined || to === undefined) return 'dangling';
    if (!edgeAllowed(nodes[from]!.kind, nodes[to]!.kind)) return 'down-stack';
    const pair = from * n + to;
    if (seen.has(pair)) return 'duplicate';
    seen.add(pair);
    edges.push(edge);
    sources.push(from);
    targets.push(to);
    return 'ok';
  });
  const source = Int32Array.from(sources);
  const target = Int32Array.from(targets);
  const [inStart, inEdges] = compressedRows(n, target);
  const [outStart, outEdges] = compressedRows(n, source);

  const rowOf = (start: Int32Array, row: Int32Array, id: string): PathwayEdge[] => {
    const i = indexOf.get(id);
    if (i === undefined) return [];
    const list: PathwayEdge[] = [];
    for (let k = start[i]!; k < start[i + 1]!; k++) list.push(edges[row[k]!]!);
    return list;
  };
  return {
    pathway,
    nodes,
    indexOf,
    duplicateNodes,
    edgeStatus,
    edges,
    source,
    target,
    inStart,
    inEdges,
    outStart,
    outEdges,
    connected,
    nodeById: (id) => {
      const i = indexOf.get(id);
      return i === undefined ? undefined : nodes[i];
    },
    inputsOf: (id) => rowOf(inStart, inEdges, id),
    outputsOf: (id) => rowOf(outStart, outEdges, id),
  };
}

/** Groups edge numbers by `key[e]` (a counting sort, stable, so rows keep document order). */
function compressedRows(n: number, key: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (const k of key) start[k + 1]! += 1;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const cursor = start.slice(0, n);
  const rows = new Int32Array(key.length);
  key.forEach((k, e) => (rows[cursor[k]!++] = e));
  return [start, rows];
}
