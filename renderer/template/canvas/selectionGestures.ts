import type Konva from 'konva';
import { Rect } from 'konva/lib/shapes/Rect';
import type { KonvaEventObject } from 'konva/lib/Node';
import { elementIndex, updateElements, type ElementPatch } from '../../../shared/template/edit';
import { boundsOf, boxFromCorners, intersects, roundPt, unionOf, type Box } from '../../../shared/template/geometry';
import type { CanvasParts } from './CanvasParts';
import { liftNodes } from './nodeRegistry';
import { snapBox, snapTargetsFor, type SnapTargets } from './snapping';
import { toPage } from './viewport';

/** Snap when an edge or centre comes within this many screen pixels of a target (Alt turns snapping off). */
export const SNAP_PX = 6;
/** A press that moves less than this is a click, not a selection rectangle. */
const CLICK_SLOP_PX = 3;

const isElement = (node: Konva.Node) => node.name() === 'element';

interface Drag {
  primary: Konva.Node;
  start: Map<Konva.Node, { x: number; y: number }>;
  box: Box;
  targets: SnapTargets;
  restore: () => void;
}

/**
 * Selecting and moving elements with the mouse: click, Shift+click, the selection rectangle, and dragging
 * the selection. A drag lifts the selected nodes onto the drag layer, moves them there (snapping the
 * selection's box), and writes the new positions to the store once, on dragend, as one "Move" step.
 */
export function selectionGestures(parts: CanvasParts) {
  const { store } = parts;
  let drag: Drag | undefined;
  let dragged = false;

  function startDrag(e: KonvaEventObject<DragEvent>) {
    const node = e.target;
    if (!isElement(node) || !parts.dragLayer) return;
    dragged = true;
    if (!store.getState().selection.has(node.id())) store.select([node.id()]);
    const index = elementIndex(store.document);
    const ids = [...store.getState().selection].filter((id) => {
      const el = index.get(id);
      return el && !el.locked && !el.hidden;
    });
    const nodes = parts.nodes.visible(ids);
    if (!nodes.includes(node as Konva.Shape)) nodes.push(node as Konva.Shape);
    parts.busy = true;
    store.beginGesture();
    drag = {
      primary: node,
      start: new Map(nodes.map((n) => [n, n.position()])),
      box: unionOf(ids.map((id) => boundsOf(index.get(id)!)))!,
      targets: snapTargetsFor(store.document, ids, parts.guides.get()),
      restore: liftNodes(nodes, parts.dragLayer),
    };
  }

  function moveDrag(e: KonvaEventObject<DragEvent>) {
    if (!drag || e.target !== drag.primary) return;
    const origin = drag.start.get(drag.primary)!;
    let dx = drag.primary.x() - origin.x;
    let dy = drag.primary.y() - origin.y;
    const snap = e.evt.altKey ? undefined : snapBox({ ...drag.box, x: drag.box.x + dx, y: drag.box.y + dy }, drag.targets, SNAP_PX / store.getState().viewport.zoom);
    if (snap) {
      dx += snap.dx;
      dy += snap.dy;
    }
    for (const [n, p] of drag.start) n.position({ x: p.x + dx, y: p.y + dy });
    parts.showSnap(snap);
  }

  function endDrag(e: KonvaEventObject<DragEvent>) {
    if (!drag || e.target !== drag.primary) return;
    const patches = new Map<string, ElementPatch>();
    for (const n of drag.start.keys()) patches.set(n.id(), { x: roundPt(n.x()), y: roundPt(n.y()) });
    drag.restore();
    drag = undefined;
    parts.showSnap(undefined);
    store.updateGesture((t) => updateElements(t, patches));
    store.endGesture('Move');
    parts.busy = false;
  }

  function onMouseDown(e: KonvaEventObject<MouseEvent>) {
    if (e.evt.button !== 0) return;
    dragged = false;
    const target = e.target;
    if (isElement(target)) {
      if (e.evt.shiftKey) store.toggle([target.id()]);
      else if (!store.getState().selection.has(target.id())) store.select([target.id()]);
      return;
    }
    if (target === parts.stage) boxSelect(e.evt);
  }

  /** A click on an element of a larger selection, without dragging, selects just that element (and its group). */
  function onClick(e: KonvaEventObject<MouseEvent>) {
    if (e.evt.button !== 0 || dragged || e.evt.shiftKey || !isElement(e.target)) return;
    store.select([e.target.id()]);
  }

  function onDblClick(e: KonvaEventObject<MouseEvent>) {
    if (!isElement(e.target) || store.readOnly) return;
    const el = elementIndex(store.document).get(e.target.id());
    if (el?.type === 'text' && !el.locked) store.editText(el.id);
  }

  /** The selection rectangle: elements whose box it touches are selected (added to the selection with Shift). */
  function boxSelect(start: MouseEvent) {
    const stage = parts.stage;
    const overlay = parts.overlay;
    if (!stage || !overlay) return;
    const origin = stage.container().getBoundingClientRect();
    const at = (ev: MouseEvent) => toPage(store.getState().viewport, { x: ev.clientX - origin.left, y: ev.clientY - origin.top });
    const from = at(start);
    const additive = start.shiftKey;
    const before = store.getState().selection;
    const zoom = store.getState().viewport.zoom;
    const rect = new Rect({ fill: 'rgba(31, 95, 191, 0.08)', stroke: '#1f5fbf', strokeWidth: 1 / zoom, listening: false, visible: false });
    overlay.add(rect);
    parts.busy = true;
    let box: Box | undefined;
    const move = (ev: MouseEvent) => {
      const to = at(ev);
      if (!box && Math.hypot(ev.clientX - start.clientX, ev.clientY - start.clientY) < CLICK_SLOP_PX) return;
      box = boxFromCorners(from, to);
      rect.setAttrs({ ...box, visible: true });
      overlay.batchDraw();
    };
    const up = () => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      rect.destroy();
      overlay.batchDraw();
      parts.busy = false;
      if (!box) {
        if (!additive) store.select([]);
        return;
      }
      const hit = store.document.elements.filter((el) => !el.hidden && !el.locked && intersects(boundsOf(el), box!)).map((el) => el.id);
      store.select(additive ? [...before, ...hit] : hit);
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  }

  return { onDragStart: startDrag, onDragMove: moveDrag, onDragEnd: endDrag, onMouseDown, onClick, onDblClick };
}
