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
 * same (cached by the document node's identity, and compared on everything else shown), so React Flow
 * and the memoised node components re-render only what changed: during a drag, the dragged node.
 */
interface Cached<T> {
  key: string;
  item: T;
}
const nodeCache = new WeakMap<PathwayNode, StackFlowNode>();
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

/** Where a node is drawn: a node without a position (an imported pathway may have none) goes in a column. */
export const positionOf = (node: PathwayNode, index: number) => node.position ?? { x: 0, y: index * 100 };

/** The box of every node of the pathway, for fitting the view to it. */
export const nodeBoxes = (pathway: Pathway) => pathway.nodes.map((node, index) => ({ position: positionOf(node, index), measured: NODE_SIZE }));

/** Each credential's rule at a glance ("3 of 5 · SQL required"), by node id. */
export function ruleTexts(pathway: Pathway): Map<string, string> {
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
  const texts = new Map<string, string>();
  for (const node of pathway.nodes) if (isCredential(node.kind)) texts.set(node.id, describeRule(node, incoming.get(node.id) ?? [], title));
  return texts;
}

/** Everything besides the document that a node shows. */
export interface NodeView {
  selected: ReadonlySet<string>;
  evaluation: Evaluation | undefined;
  problems: ReadonlyMap<string, 'error' | 'warning'>;
  measured: Measured;
  /** From `ruleTexts`, computed when the structure changes: not on every frame of a drag. */
  ruleTexts: ReadonlyMap<string, string>;
}

/** React Flow's nodes for a document under a view, for `toFlowNodes` to start from next time. */
export interface FlowNodes {
  pathway: Pathway;
  view: NodeView;
  nodes: StackFlowNode[];
}

const sameView = (a: NodeView, b: NodeView) =>
  a.selected === b.selected && a.evaluation === b.evaluation && a.problems === b.problems && a.measured === b.measured && a.ruleTexts === b.ruleTexts;

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
export function toFlowNodes(pathway: Pathway, view: NodeView, previous?: FlowNodes): FlowNodes {
  // A drag frame changes the dragged nodes and nothing else: under the same view, a node that is the
  // same object as in `previous` shows the same, and is taken from it without looking anything up.
  const before = previous && sameView(previous.view, view) && previous.pathway.nodes.length === pathway.nodes.length ? previous : undefined;
  const nodes = pathway.nodes.map((node, index) => {
    if (before && node === before.pathway.nodes[index]) return before.nodes[index]!;
    const ruleText = view.ruleTexts.get(node.id);
    const state = view.evaluation?.nodes[node.id];
    const isSelected = view.selected.has(node.id);
    const problem = view.problems.get(node.id);
    const size = view.measured.get(node.id) ?? NODE_SIZE;
    // Field by field, not through a key string: this runs for every node on every frame of a drag.
    const cached = nodeCache.get(node);
    if (
      cached &&
      cached.selected === isSelected &&
      cached.measured === size &&
      cached.data.ruleText === ruleText &&
      cached.data.state === state?.state &&
      cached.data.missingText === state?.missingText &&
      cached.data.problem === problem
    ) {
      return cached;
    }
    const item: StackFlowNode = {
      id: node.id,
      type: 'stack',
      position: positionOf(node, index),
      selected: isSelected,
      measured: size,
      handles: handlesOf(node.kind, size),
      data: { kind: node.kind, title: node.title, ruleText, state: state?.state, missingText: state?.missingText, problem },
    };
    nodeCache.set(node, item);
    return item;
  });
  return { pathway, view, nodes };
}

/**
 * Whether `after` differs from `before` only in selected nodes: all a drag changes. What is derived from
 * the unselected nodes (the flow window, the mini-map's still picture) can then be kept.
 */
export function onlySelectedChanged(before: readonly StackFlowNode[], after: readonly StackFlowNode[]): boolean {
  return before.length === after.length && after.every((n, i) => n === before[i] || (n.selected && before[i]!.selected && n.id === before[i]!.id));
}

export function toFlowEdges(edges: readonly PathwayEdge[], selected: ReadonlySet<string>, evaluation: Evaluation | undefined): Edge[] {
  return edges.map((edge) => {
    const id = edgeId(edge);
    const isSelected = selected.has(id);
    const active = evaluation?.nodes[edge.from]?.satisfied ?? false;
    const label = [edge.required ? 'required' : '', edge.points !== undefined ? `${edge.points} pts` : ''].filter(Boolean).join(' · ');
    const key = `${isSelected}|${active}|${label}`;
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
