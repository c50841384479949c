import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { useLayoutEffect, useMemo, useRef, type PointerEvent } from 'react';
import { onlySelectedChanged } from './flowModel';
import { drawPicture, fitBackingStore, kindColours, pictureBounds, type Picture, type Transform } from './pathwayPicture';
import type { StackFlowNode } from './StackNode';

const SIZE = { width: 200, height: 150 };
const VEIL = 'rgb(240 240 240 / 0.6)'; // React Flow's mini-map mask

/**
 * The mini-map, drawn on a canvas like the overview: React Flow's MiniMap renders a component per node,
 * each subscribed to React Flow's store, so at 2,000 nodes every drag or pan frame ran 2,000 selectors
 * and repainted 2,000 SVG rectangles (a fifth of the main thread's time in a drag). Drag it to pan; wheel to zoom.
 *
 * The nodes that are not selected are drawn once on a still layer, and copied while only selected
 * nodes move (a drag): each frame then draws the dragged nodes, not 2,000.
 */
export function PathwayMinimap({ picture }: { picture: Picture }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flowStore = useStoreApi();
  const flow = useReactFlow();
  /** Flow units per mini-map pixel in the last drawing, to turn a drag on the map into a pan. */
  const scale = useRef(1);
  const pointer = useRef<{ x: number; y: number }>(undefined);
  const bounds = useMemo(() => pictureBounds(picture.nodes), [picture]);
  const still = useRef<{ canvas: HTMLCanvasElement; transform?: Transform; nodes?: readonly StackFlowNode[] }>(undefined);

  useLayoutEffect(() => {
    const element = canvas.current!;
    const ctx = element.getContext('2d')!;
    const pixelRatio = fitBackingStore(element, SIZE);
    const colours = kindColours(element);

    let frame = 0;
    const draw = () => {
      frame = 0;
      const { transform: [x, y, zoom], width, height } = flowStore.getState();
      // As React Flow's mini-map: everything, and the view, fitted and centred.
      const view = { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
      const box = picture.nodes.length ? bounds : view;
      const x0 = Math.min(box.x, view.x);
      const y0 = Math.min(box.y, view.y);
      const w = Math.max(box.x + box.width, view.x + view.width) - x0;
      const h = Math.max(box.y + box.height, view.y + view.height) - y0;
      const s = Math.max(w / SIZE.width, h / SIZE.height) || 1;
      const dx = (SIZE.width - w / s) / 2 - x0 / s;
      const dy = (SIZE.height - h / s) / 2 - y0 / s;
      const transform: Transform = [dx, dy, 1 / s];
      const layer = (still.current ??= { canvas: document.createElement('canvas') });
      if (!layer.nodes || !layer.transform!.every((v, i) => v === transform[i]) || !onlySelectedChanged(layer.nodes, picture.nodes)) {
        [layer.canvas.width, layer.canvas.height] = [element.width, element.height];
        drawPicture(layer.canvas.getContext('2d')!, { nodes: picture.nodes.filter((n) => !n.selected), edges: [] }, transform, SIZE, colours, { pixelRatio, edges: false });
        Object.assign(layer, { transform, nodes: picture.nodes });
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, element.width, element.height);
      ctx.drawImage(layer.canvas, 0, 0);
      drawPicture(ctx, { nodes: picture.nodes.filter((n) => n.selected), edges: [] }, transform, SIZE, colours, { pixelRatio, edges: false, clear: false });
      ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
      ctx.beginPath();
      ctx.rect(0, 0, SIZE.width, SIZE.height);
      ctx.rect(dx + view.x / s, dy + view.y / s, view.width / s, view.height / s);
      ctx.fillStyle = VEIL;
      ctx.fill('evenodd');
      scale.current = s;
    };
    draw();
    const unsubscribe = flowStore.subscribe((s, previous) => {
      if ((s.transform !== previous.transform || s.width !== previous.width || s.height !== previous.height) && !frame) frame = requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [flowStore, picture, bounds]);

  const onPointerDown = (e: PointerEvent) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    pointer.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!pointer.current) return;
    // The view's frame on the map follows the pointer.
    const { x, y, zoom } = flow.getViewport();
    const k = scale.current * zoom;
    void flow.setViewport({ x: x - (e.clientX - pointer.current.x) * k, y: y - (e.clientY - pointer.current.y) * k, zoom });
    pointer.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = () => {
    pointer.current = undefined;
  };

  return (
    <Panel position="bottom-right">
      <canvas
        ref={canvas}
        className="pathway-minimap"
        style={SIZE}
        role="img"
        aria-label="Mini map"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onWheel={(e) => void flow.zoomTo(flow.getZoom() * 2 ** (-e.deltaY * 0.002))}
      />
    </Panel>
  );
}
