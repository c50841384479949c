import { Position, type Edge, type NodeHandle } from '@xyflow/react';
import { describeRule } from '../../../shared/pathway/describeRule';
import type { Evaluation } from '../../../shared/pathway/evaluate';
import { edgeId, isCredential, type Pathway, type PathwayEdge, type PathwayNode } from '../../../shared/pathway/model';
import { titleOf } from '../../../shared/pathway/names';
import type { Problem } from '../../../shared/pathway/problem';
import { NODE_SIZE } from '../autoLayout';
import type { StackFlowNode } from './StackNode';

/**
 * Turns the document into React Flow's nodes and edges. Objects are reused while what they show is the
 * same (cached by the document node's identity plus a key of everything else shown), so React Flow and
 * the memoised node components re-render only what changed: during a drag, the dragged node.
 */
interface Cached<T> {
  key: string;
  item: T;
}
const nodeCache = new WeakMap<PathwayNode, Cached<StackFlowNode>>();
const edgeCache = new WeakMap<PathwayEdge, Cached<Edge>>();

export type Measured = ReadonlyMap<string, { width: number; height: number }>;

/** Where React Flow's default handle CSS puts the 6 px handles: centred on the left and right sides. */
const HANDLE = 6;
function handlesOf(kind: PathwayNode['kind'], size: { width: number; height: number }): NodeHandle[] {
  const y = size.height / 2 - HANDLE / 2;
  const target: NodeHandle = { type: 'target', position: Position.Left, x: -HANDLE / 2, y, width: HANDLE, height: HANDLE, id: null };
  if (kind === 'program') return [target];
  return [target, { type: 'source', position: Position.Right, x: size.width - HANDLE / 2, y, width: HANDLE, height: HANDLE, id: null }];
}

/**
 * `measured` holds the sizes React Flow reported: a controlled flow must hand them back on its nodes, or
 * React Flow forgets a changed node's handle positions (and its edges vanish mid-drag).
 *
 * A node React Flow has not measured yet gets its CSS size (210 × 92, fixed in styles.css) and its
 * handles up front, as for server-side rendering. Without them React Flow renders every unmeasured
 * node once to measure it, visible or not: opening a 2,000-node pathway mounted 2,000 full nodes and
 * 3,000 edges before `onlyRenderVisibleElements` could help. A node that does render is measured as
 * usual, and a size that differs comes back through `measured`.
 */
export function toFlowNodes(pathway: Pathway, selected: ReadonlySet<string>, evaluation: Evaluation | undefined, problems: ReadonlyMap<string, 'error' | 'warning'>, measured: Measured): StackFlowNode[] {
  const incoming = new Map<string, PathwayEdge[]>();
  for (const e of pathway.edges) {
    const list = incoming.get(e.to);
    if (list) list.push(e);
    else incoming.set(e.to, [e]);
  }
  const byId = new Map(pathway.nodes.map((n) => [n.id, n]));
  const title = (id: string) => {
    const n = byId.get(id);
    return n ? titleOf(n) : id;
  };

  return pathway.nodes.map((node, index) => {
    const ruleText = isCredential(node.kind) ? describeRule(node, incoming.get(node.id) ?? [], title) : undefined;
    const state = evaluation?.nodes[node.id];
    const isSelected = selected.has(node.id);
    const problem = problems.get(node.id);
    const size = measured.get(node.id) ?? NODE_SIZE;
    const key = `${isSelected}|${ruleText}|${state?.state}|${state?.missingText}|${problem}|${size.width}|${size.height}`;
    const cached = nodeCache.get(node);
    if (cached && cached.key === key) return cached.item;
    const item: StackFlowNode = {
      id: node.id,
      type: 'stack',
      position: node.position ?? { x: 0, y: index * 100 },
      selected: isSelected,
      measured: size,
      handles: handlesOf(node.kind, size),
      data: { kind: node.kind, title: node.title, ruleText, state: state?.state, missingText: state?.missingText, problem },
    };
    nodeCache.set(node, { key, item });
    return item;
  });
}

/** `hidden`: zoomed out so far that edges are not drawn (levelOfDetail.ts). */
export function toFlowEdges(edges: readonly PathwayEdge[], selected: ReadonlySet<string>, evaluation: Evaluation | undefined, hidden = false): Edge[] {
  return edges.map((edge) => {
    const id = edgeId(edge);
    const isSelected = selected.has(id);
    const active = evaluation?.nodes[edge.from]?.satisfied ?? false;
    const label = [edge.required ? 'required' : '', edge.points !== undefined ? `${edge.points} pts` : ''].filter(Boolean).join(' · ');
    const key = `${isSelected}|${active}|${label}|${hidden}`;
    const cached = edgeCache.get(edge);
    if (cached && cached.key === key) return cached.item;
    const item: Edge = {
      id,
      source: edge.from,
      target: edge.to,
      selected: isSelected,
      label: label || undefined,
      className: [edge.required ? 'edge-required' : '', active ? 'edge-active' : ''].join(' '),
      animated: active && evaluation !== undefined,
      hidden,
    };
    edgeCache.set(edge, { key, item });
    return item;
  });
}

/** The worst problem of each node, for the flag on the node. */
export function problemsByNode(problems: readonly Problem[]): Map<string, 'error' | 'warning'> {
  const map = new Map<string, 'error' | 'warning'>();
  for (const p of problems) {
    if (!p.nodeId) continue;
    if (p.severity === 'error' || !map.has(p.nodeId)) map.set(p.nodeId, p.severity);
  }
  return map;
}
