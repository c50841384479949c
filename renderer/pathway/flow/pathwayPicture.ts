import type { Edge, Node, Rect } from '@xyflow/react';
import { NODE_KINDS, type NodeKind } from '../../../shared/pathway/model';
import type { StackFlowNode } from './StackNode';

/**
 * The pathway drawn on a canvas, for the overview and the mini-map: React Flow's own nodes and edges
 * (flowModel.ts), so the picture shows exactly what the DOM view would, as plain shapes.
 */
export interface Picture {
  nodes: readonly StackFlowNode[];
  edges: readonly Edge[];
}

// The nodes by id, to find an edge's ends: made once per picture, and only where edges are drawn.
const lookups = new WeakMap<Picture, Map<string, StackFlowNode>>();
function lookupOf(picture: Picture): Map<string, StackFlowNode> {
  let byId = lookups.get(picture);
  if (!byId) lookups.set(picture, (byId = new Map(picture.nodes.map((n) => [n.id, n]))));
  return byId;
}

/** React Flow's viewport transform: a screen point is `flow × zoom + (x, y)`. */
export type Transform = readonly [x: number, y: number, zoom: number];

export type KindColours = Record<NodeKind, string>;

let colours: KindColours | undefined;

/**
 * The kind colours from styles.css (`--kind-unit`…), so the picture and the DOM nodes agree. Read once:
 * reading a style forces the browser to recalculate styles first, which in the middle of a drag or
 * just after nodes were added to the page can take longer than the frame.
 */
export function kindColours(element: Element): KindColours {
  if (!colours) {
    const style = getComputedStyle(element);
    colours = Object.fromEntries(NODE_KINDS.map((kind) => [kind, style.getPropertyValue(`--kind-${kind}`).trim() || '#888'])) as KindColours;
  }
  return colours;
}

// The colours of React Flow's edges and of a selected node's ring in styles.css.
const EDGE = 'rgb(177 177 183 / 0.7)';
const EDGE_ACTIVE = '#10b981';
const SELECTED = '#1f5fbf';

const sizeOf = (n: Pick<Node, 'measured'>) => ({ width: n.measured?.width ?? 0, height: n.measured?.height ?? 0 });

/** The box around `nodes`, in flow coordinates. */
export function pictureBounds(nodes: readonly Pick<Node, 'position' | 'measured'>[]): Rect {
  if (nodes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const { width, height } = sizeOf(n);
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + width);
    y1 = Math.max(y1, n.position.y + height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The topmost node under a point in flow coordinates (drawn last, so searched from the end). */
export function nodeAt(picture: Picture, point: { x: number; y: number }): string | undefined {
  for (let i = picture.nodes.length - 1; i >= 0; i--) {
    const n = picture.nodes[i]!;
    const { width, height } = sizeOf(n);
    if (point.x >= n.position.x && point.x <= n.position.x + width && point.y >= n.position.y && point.y <= n.position.y + height) return n.id;
  }
  return undefined;
}

/**
 * The nodes in `rect` (flow coordinates) as React Flow's box selection finds them (its
 * `getNodesInside`): wholly inside, or with `partially` any overlap. Kept in drawing order.
 */
export function nodesInside(picture: Picture, rect: Rect, partially: boolean): string[] {
  const ids: string[] = [];
  for (const n of picture.nodes) {
    const { width, height } = sizeOf(n);
    const overlapX = Math.max(0, Math.min(rect.x + rect.width, n.position.x + width) - Math.max(rect.x, n.position.x));
    const overlapY = Math.max(0, Math.min(rect.y + rect.height, n.position.y + height) - Math.max(rect.y, n.position.y));
    const overlap = overlapX * overlapY;
    if (partially ? overlap > 0 : overlap >= width * height) ids.push(n.id);
  }
  return ids;
}

/**
 * Draws the picture on a canvas of `size` CSS pixels (its backing store `pixelRatio` times larger), under
 * `transform`. Shapes are batched into one path per colour: a few fills and strokes for 2,000 nodes and
 * 3,000 edges, rather than one per shape. What lies outside the canvas is skipped.
 */
export function drawPicture(
  ctx: CanvasRenderingContext2D,
  picture: Picture,
  [tx, ty, zoom]: Transform,
  size: { width: number; height: number },
  colours: KindColours,
  options: { pixelRatio: number; edges: boolean; clear?: boolean },
): void {
  const { pixelRatio } = options;
  if (options.clear !== false) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  }
  ctx.setTransform(pixelRatio * zoom, 0, 0, pixelRatio * zoom, pixelRatio * tx, pixelRatio * ty);
  const view = { x0: -tx / zoom, y0: -ty / zoom, x1: (size.width - tx) / zoom, y1: (size.height - ty) / zoom };

  if (options.edges) {
    const byId = lookupOf(picture);
    const plain = new Path2D();
    const active = new Path2D();
    for (const edge of picture.edges) {
      const from = byId.get(edge.source);
      const to = byId.get(edge.target);
      if (!from || !to) continue;
      // From the source's right side to the target's left, where the handles are.
      const x0 = from.position.x + sizeOf(from).width;
      const y0 = from.position.y + sizeOf(from).height / 2;
      const x1 = to.position.x;
      const y1 = to.position.y + sizeOf(to).height / 2;
      if (Math.max(x0, x1) < view.x0 || Math.min(x0, x1) > view.x1 || Math.max(y0, y1) < view.y0 || Math.min(y0, y1) > view.y1) continue;
      const path = edge.selected || edge.animated ? active : plain;
      path.moveTo(x0, y0);
      path.lineTo(x1, y1);
    }
    ctx.lineWidth = 1 / zoom;
    ctx.strokeStyle = EDGE;
    ctx.stroke(plain);
    ctx.strokeStyle = EDGE_ACTIVE;
    ctx.stroke(active);
  }

  // One path per kind, and per kind a faded one for nodes a simulated learner cannot reach yet.
  const fills = new Map<string, Path2D>();
  const selected = new Path2D();
  // The DOM node's 8 px corners, where they would show: a rounded rectangle costs several times a
  // plain one to build (2,000 took ~3 ms a frame here), for corners under a pixel and a half.
  const radius = 8 * zoom >= 1.5 ? 8 : 0;
  for (const n of picture.nodes) {
    const { width, height } = sizeOf(n);
    if (n.position.x > view.x1 || n.position.x + width < view.x0 || n.position.y > view.y1 || n.position.y + height < view.y0) continue;
    const key = n.data.state === 'locked' ? `${n.data.kind} faded` : n.data.kind;
    let path = fills.get(key);
    if (!path) fills.set(key, (path = new Path2D()));
    if (radius) path.roundRect(n.position.x, n.position.y, width, height, radius);
    else path.rect(n.position.x, n.position.y, width, height);
    if (n.selected) selected.roundRect(n.position.x, n.position.y, width, height, radius);
  }
  for (const [key, path] of fills) {
    const [kind, faded] = key.split(' ') as [NodeKind, string | undefined];
    ctx.globalAlpha = faded ? 0.35 : 0.9;
    ctx.fillStyle = colours[kind];
    ctx.fill(path);
  }
  ctx.globalAlpha = 1;
  ctx.lineWidth = 3 / zoom;
  ctx.strokeStyle = SELECTED;
  ctx.stroke(selected);
}

/**
 * Gives a canvas a backing store of `size` CSS pixels at the screen's pixel ratio, and returns that ratio.
 * Resizing clears the canvas and its backing store, so it is done only when the size changes.
 */
export function fitBackingStore(element: HTMLCanvasElement, size: { width: number; height: number }): number {
  const pixelRatio = window.devicePixelRatio || 1;
  const width = Math.round(size.width * pixelRatio);
  const height = Math.round(size.height * pixelRatio);
  if (element.width !== width) element.width = width;
  if (element.height !== height) element.height = height;
  return pixelRatio;
}
