import type { Edge, Rect, Viewport } from '@xyflow/react';
import { onlySelectedChanged } from './flowModel';
import { OVERVIEW_BELOW } from './levelOfDetail';
import type { StackFlowNode } from './StackNode';

/**
 * The part of the pathway React Flow is given: the nodes in a window around the view, and the edges
 * that touch them or pass through it. React Flow works over every node and edge it holds on each change
 * of its store, every frame of a drag: adopting the nodes, finding those in view, the edges in view,
 * the selection. At 2,000 nodes and 3,000 edges that was ~40% of a drag frame's script. The document,
 * not React Flow, answers for the rest of the pathway (fitting the view, finding a node). In the
 * overview the window is empty: the canvas draws everything.
 */
export interface FlowWindow {
  nodes: StackFlowNode[];
  edges: Edge[];
  /** The ids of `nodes`, and what they were found from: see `windowOf`. */
  found: { area: Rect | undefined; nodes: readonly StackFlowNode[]; edges: readonly Edge[]; ids: ReadonlySet<string> };
}

export const EMPTY_WINDOW: FlowWindow = { nodes: [], edges: [], found: { area: undefined, nodes: [], edges: [], ids: new Set() } };

/**
 * The window for a view: the view and one view's width or height on each side, so that a pan can go
 * that far before the window moves. Undefined in the overview.
 */
export function windowAround(viewport: Viewport, size: { width: number; height: number }): Rect | undefined {
  if (viewport.zoom < OVERVIEW_BELOW) return undefined;
  const width = size.width / viewport.zoom;
  const height = size.height / viewport.zoom;
  return { x: -viewport.x / viewport.zoom - width, y: -viewport.y / viewport.zoom - height, width: 3 * width, height: 3 * height };
}

/** Whether `area` still serves the view: it holds it, and is not much larger than it should be (after zooming in). */
export function windowServes(area: Rect | undefined, viewport: Viewport, size: { width: number; height: number }): boolean {
  const wanted = windowAround(viewport, size);
  if (!area || !wanted) return area === wanted;
  const view = { x: wanted.x + wanted.width / 3, y: wanted.y + wanted.height / 3, width: wanted.width / 3, height: wanted.height / 3 };
  return contains(area, view) && area.width <= 2 * wanted.width;
}

const contains = (outer: Rect, inner: Rect) => outer.x <= inner.x && outer.y <= inner.y && outer.x + outer.width >= inner.x + inner.width && outer.y + outer.height >= inner.y + inner.height;
const overlaps = (a: Rect, x0: number, y0: number, x1: number, y1: number) => x1 >= a.x && x0 <= a.x + a.width && y1 >= a.y && y0 <= a.y + a.height;

/** Whether the segment from (x0, y0) to (x1, y1) meets `r` (Liang–Barsky clipping). */
function meets(r: Rect, x0: number, y0: number, x1: number, y1: number): boolean {
  const [dx, dy] = [x1 - x0, y1 - y0];
  let [t0, t1] = [0, 1];
  for (const [p, q] of [[-dx, x0 - r.x], [dx, r.x + r.width - x0], [-dy, y0 - r.y], [dy, r.y + r.height - y0]] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 <= t1;
}

/**
 * Whether an edge between these nodes can show in `area`, its ends being outside: its straight line
 * meets the area grown by a quarter of the edge's extent (React Flow's curve strays from the line by
 * under a sixth of it). The line, not the box around it: a long diagonal edge's box covers much of the
 * map, and each edge given to React Flow is looked at on every frame.
 */
function passesThrough(area: Rect, from: StackFlowNode, to: StackFlowNode): boolean {
  const [x0, y0] = [from.position.x + (from.measured?.width ?? 0), from.position.y + (from.measured?.height ?? 0) / 2];
  const [x1, y1] = [to.position.x, to.position.y + (to.measured?.height ?? 0) / 2];
  const [gx, gy] = [Math.abs(x1 - x0) / 4, Math.abs(y1 - y0) / 4];
  return meets({ x: area.x - gx, y: area.y - gy, width: area.width + 2 * gx, height: area.height + 2 * gy }, x0, y0, x1, y1);
}

/**
 * What React Flow is given of `nodes` and `edges` through the window `area`. Selected nodes are always
 * given, so that a selection dragged from afar moves whole; so are both ends of a given edge, which
 * React Flow needs to draw it.
 *
 * A drag moves selected nodes only, which are in the window anyway: when `previous` was found from the
 * same area and edges, and no other node changed, its members are kept rather than found again among
 * every node and edge, each frame. Its edge list is kept too (React Flow rebuilds its connection
 * lookup for a new one).
 */
export function windowOf(nodes: readonly StackFlowNode[], edges: readonly Edge[], area: Rect | undefined, previous = EMPTY_WINDOW): FlowWindow {
  if (!area) return EMPTY_WINDOW;
  const was = previous.found;
  if (was.area === area && was.edges === edges && onlySelectedChanged(was.nodes, nodes)) return { nodes: nodes.filter((n) => was.ids.has(n.id)), edges: previous.edges, found: { ...was, nodes } };

  const ids = new Set<string>();
  const byId = new Map<string, StackFlowNode>();
  for (const n of nodes) {
    byId.set(n.id, n);
    const { width = 0, height = 0 } = n.measured ?? {};
    if (n.selected || overlaps(area, n.position.x, n.position.y, n.position.x + width, n.position.y + height)) ids.add(n.id);
  }
  const given = edges.filter((e) => {
    const from = byId.get(e.source);
    const to = byId.get(e.target);
    if (!from || !to) return false;
    return ids.has(from.id) || ids.has(to.id) || passesThrough(area, from, to);
  });
  for (const e of given) ids.add(e.source).add(e.target);
  const sameEdges = given.length === previous.edges.length && given.every((e, i) => e === previous.edges[i]);
  return { nodes: nodes.filter((n) => ids.has(n.id)), edges: sameEdges ? previous.edges : given, found: { area, nodes, edges, ids } };
}
