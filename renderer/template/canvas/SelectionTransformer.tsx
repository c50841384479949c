import type Konva from 'konva';
import { memo, useEffect, useRef } from 'react';
import { Transformer } from './konva';
import { elementIndex, updateElements, type ElementPatch } from '../../../shared/template/edit';
import { roundPt } from '../../../shared/template/geometry';
import { shownTemplate, useEditor } from '../store/TemplateEditorStore';
import type { CanvasParts } from './CanvasParts';
import { liftNodes } from './nodeRegistry';
import { SNAP_PX } from './selectionGestures';
import { snapBox, snapTargetsFor, type SnapTargets } from './snapping';

const ROTATION_SNAPS = [0, 45, 90, 135, 180, 225, 270, 315];
const normaliseDegrees = (d: number) => roundPt(((d % 360) + 360) % 360);

/**
 * Move, resize and rotate handles around the selection (Konva's Transformer). While a handle is dragged the
 * nodes sit on the drag layer and their scale is turned into width and height at once (text re-wraps as the
 * box changes, strokes keep their width); on transformend the boxes are written back as one step.
 */
export const SelectionTransformer = memo(function SelectionTransformer({ parts }: { parts: CanvasParts }) {
  const { store } = parts;
  const ref = useRef<Konva.Transformer>(null);
  const selection = useEditor(store, (s) => s.selection);
  const template = useEditor(store, shownTemplate);
  const editingText = useEditor(store, (s) => s.editingText);
  const readOnly = useEditor(store, (s) => s.preview !== undefined);
  const restore = useRef<() => void>(undefined);
  const targets = useRef<SnapTargets>(undefined);

  const index = elementIndex(template);
  const chosen = [...selection].filter((id) => {
    const el = index.get(id);
    return el && !el.locked && !el.hidden && id !== editingText;
  });
  const keepRatio = chosen.some((id) => index.get(id)?.type === 'qr');
  const only = chosen.length === 1 ? index.get(chosen[0]!) : undefined;
  // A straight horizontal or vertical line has no height (or width) to resize.
  const anchors = only?.type !== 'line' ? undefined : only.height === 0 ? ['middle-left', 'middle-right'] : only.width === 0 ? ['top-center', 'bottom-center'] : undefined;

  useEffect(() => {
    const tr = ref.current;
    if (!tr) return;
    tr.nodes(readOnly ? [] : parts.nodes.visible(chosen));
    tr.getLayer()?.batchDraw();
  });

  const onTransformStart = () => {
    const tr = ref.current;
    if (!tr || !parts.dragLayer) return;
    parts.busy = true;
    store.beginGesture();
    targets.current = snapTargetsFor(store.document, tr.nodes().map((n) => n.id()), parts.guides.get());
    restore.current = liftNodes(tr.nodes() as Konva.Shape[], parts.dragLayer);
  };
  /** A resize handle snaps to the same lines a drag does (Alt turns it off); the rotation handle has its own snaps. */
  const snapAnchor = (_old: { x: number; y: number }, next: { x: number; y: number }, event: MouseEvent | undefined) => {
    if (!targets.current || event?.altKey || ref.current?.getActiveAnchor() === 'rotater') return next;
    const { zoom, x, y } = store.getState().viewport;
    const at = { x: (next.x - x) / zoom, y: (next.y - y) / zoom };
    const snap = snapBox({ ...at, width: 0, height: 0 }, targets.current, SNAP_PX / zoom);
    parts.showSnap(snap);
    return { x: next.x + snap.dx * zoom, y: next.y + snap.dy * zoom };
  };
  const onTransform = () => {
    for (const node of ref.current?.nodes() ?? []) {
      const width = Math.max(0, node.width() * node.scaleX());
      const height = Math.max(0, node.height() * node.scaleY());
      node.setAttrs({ width, height, scaleX: 1, scaleY: 1 });
    }
  };
  const onTransformEnd = () => {
    const nodes = ref.current?.nodes() ?? [];
    const patches = new Map<string, ElementPatch>();
    for (const node of nodes) {
      patches.set(node.id(), { x: roundPt(node.x()), y: roundPt(node.y()), width: roundPt(node.width()), height: roundPt(node.height()), rotation: normaliseDegrees(node.rotation()) || undefined });
    }
    restore.current?.();
    restore.current = undefined;
    targets.current = undefined;
    parts.showSnap(undefined);
    store.updateGesture((t) => updateElements(t, patches));
    store.endGesture(nodes.length === 1 ? 'Transform element' : 'Transform elements');
    parts.busy = false;
  };

  return (
    <Transformer
      ref={ref}
      rotationSnaps={ROTATION_SNAPS}
      rotationSnapTolerance={4}
      keepRatio={keepRatio}
      flipEnabled={false}
      ignoreStroke
      enabledAnchors={anchors}
      anchorSize={9}
      borderStroke="#1f5fbf"
      anchorStroke="#1f5fbf"
      anchorDragBoundFunc={snapAnchor}
      boundBoxFunc={(oldBox, newBox) => (newBox.width < 2 && newBox.height < 2 ? oldBox : newBox)}
      onTransformStart={onTransformStart}
      onTransform={onTransform}
      onTransformEnd={onTransformEnd}
    />
  );
});
