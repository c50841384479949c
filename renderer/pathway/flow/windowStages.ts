import type { Edge, XYPosition } from '@xyflow/react';
import type { StackFlowNode } from './StackNode';

/**
 * Coming out of the overview, React Flow used to be handed the whole window around the view at once
 * (flowWindow.ts), and mounted every node and edge then in view in one task: at zoom 0.31 on a
 * 2,000-node pathway ~190 nodes and ~650 edges, 0.4–0.9 s on a loaded 2-core machine, during which the
 * editor answered no input. Handed in stages instead, nearest the view's centre first and a few dozen
 * nodes a frame, each frame stays short; the view fills in from the middle out.
 */
export const STAGE_SIZE = 24;

/** How much of the window React Flow holds while it fills in: the `count` nodes nearest `centre`. */
export interface WindowStage {
  centre: XYPosition;
  count: number;
}

/**
 * The part of `nodes` and `edges` a stage gives. Selected nodes come first, as the one the person
 * clicked in the overview is the one they zoom in on. An edge waits for both its ends (React Flow
 * draws none without them). The nodes keep their order, which is their stacking order.
 */
export function stageOf(nodes: readonly StackFlowNode[], edges: readonly Edge[], stage: WindowStage): { nodes: StackFlowNode[]; edges: Edge[] } {
  const distance = (n: StackFlowNode) =>
    n.selected ? -1 : Math.hypot(n.position.x + (n.measured?.width ?? 0) / 2 - stage.centre.x, n.position.y + (n.measured?.height ?? 0) / 2 - stage.centre.y);
  const nearest = nodes
    .map((n) => ({ id: n.id, d: distance(n) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, stage.count);
  const ids = new Set(nearest.map((n) => n.id));
  return { nodes: nodes.filter((n) => ids.has(n.id)), edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}
