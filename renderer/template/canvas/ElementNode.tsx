import type Konva from 'konva';
import { memo, useCallback, useMemo } from 'react';
import { Shape } from './konva';
import type { DrawItem } from '../../../shared/template/layout';
import type { TemplateElement } from '../../../shared/template/model';
import { countRender } from '../../editing/renderCounts';
import { useAssetImage } from '../assets/assetImages';
import { assetOf, isOutlineOnly, layoutElement, paintItems } from './elementPainter';
import type { Look } from './look';
import type { NodeRegistry } from './nodeRegistry';
import { encodeWhenIdle, isEncoded } from './qrWhenIdle';

/** Hits closer than this many screen pixels to a line (or an unfilled shape's outline) count. */
const HIT_SLOP_PX = 10;

export interface ElementNodeProps {
  element: TemplateElement;
  look: Look;
  /** Its text is being edited in place: the editor's text box shows it instead. */
  editing: boolean;
  readOnly: boolean;
  /** The font its text draws with is loaded (or it has no text). */
  fontReady: boolean;
  nodes: NodeRegistry;
}

/**
 * One element on the canvas: a Konva shape that paints the element's draw items. Memoised on what it
 * draws, which ElementList hands it, so a change re-renders what changed; a drag moves the Konva node
 * and writes back once, on dragend (STYLE: React renders, it does not own the document). It holds no
 * subscription of its own: 2,000 elements with five each ran 10,000 selectors on every change of the
 * editor's state, and made opening a large template slower.
 */
export const ElementNode = memo(function ElementNode({ element, look, editing, readOnly, fontReady, nodes }: ElementNodeProps) {
  const { id } = element;
  const image = useAssetImage(assetOf(element, look));
  const ref = useCallback((node: Konva.Shape | null) => nodes.register(id, node), [nodes, id]);
  countRender(id);

  const painter = useMemo(() => (fontReady ? makePainter(element, look, image) : undefined), [element, look, image, fontReady]);
  if (!painter) return null;
  return (
    <Shape
      ref={ref}
      id={id}
      name="element"
      x={element.x}
      y={element.y}
      width={element.width}
      height={element.height}
      rotation={element.rotation ?? 0}
      opacity={element.opacity ?? 1}
      visible={!element.hidden && !editing}
      listening={!element.locked}
      draggable={!element.locked && !readOnly}
      perfectDrawEnabled={false}
      shadowForStrokeEnabled={false}
      sceneFunc={painter.scene}
      hitFunc={painter.hit}
    />
  );
});

function drawQrPlaceholder(ctx: CanvasRenderingContext2D, width: number, height: number) {
  const size = Math.min(width, height);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#c8ccd3';
  const cell = size / 7;
  for (const [x, y] of [[1, 1], [4, 1], [1, 4]] as const) ctx.fillRect((width - size) / 2 + x * cell, (height - size) / 2 + y * cell, cell * 2, cell * 2);
}

/**
 * Where an image has no picture yet (none chosen, still loading, a logo the issuer or kit does not have),
 * a QR code cannot hold its text, or a text is empty: a crossed box, so the element can be seen and picked. Exports leave
 * such an element out.
 */
function drawEmptyBox(ctx: CanvasRenderingContext2D, width: number, height: number, colour: string) {
  const pixel = 1 / ctx.getTransform().a;
  ctx.save();
  ctx.fillStyle = 'rgba(138, 147, 163, 0.12)';
  ctx.fillRect(0, 0, width, height);
  ctx.strokeStyle = colour;
  ctx.lineWidth = pixel;
  ctx.setLineDash([4 * pixel, 3 * pixel]);
  ctx.strokeRect(0, 0, width, height);
  ctx.beginPath();
  ctx.moveTo(0, 0);
  ctx.lineTo(width, height);
  ctx.moveTo(width, 0);
  ctx.lineTo(0, height);
  ctx.stroke();
  ctx.restore();
}

/** The scene and hit functions of one element version; the layout is redone only when the size changes. */
function makePainter(element: TemplateElement, look: Look, image: HTMLImageElement | undefined) {
  let cache: { width: number; height: number; items: DrawItem[] } | undefined;
  const itemsAt = (width: number, height: number) => {
    if (!cache || cache.width !== width || cache.height !== height) cache = { width, height, items: layoutElement(element, look, image, width, height) };
    return cache.items;
  };
  const qrKey = (width: number, height: number) => (element.type === 'qr' ? `${width}x${height} ${look.shown(element.text ?? '')}` : '');
  const outlineOnly = isOutlineOnly(element, look);
  const strokeWidth = 'strokeWidth' in element ? (element.strokeWidth ?? 1) : 1;
  return {
    scene(context: Konva.Context, shape: Konva.Shape) {
      const width = shape.width();
      const height = shape.height();
      const key = qrKey(width, height);
      if (key && !isEncoded(key) && !cache) {
        drawQrPlaceholder(context._context, width, height);
        encodeWhenIdle(key, () => {
          itemsAt(width, height);
          return shape.getLayer();
        });
        return;
      }
      const items = itemsAt(width, height);
      const blankText = element.type === 'text' && element.text.trim() === '';
      if (blankText || (items.length === 0 && (element.type === 'image' || element.type === 'qr'))) drawEmptyBox(context._context, width, height, element.type === 'qr' ? '#b3261e' : '#8a93a3');
      else paintItems(context._context, items, image);
    },
    hit(context: Konva.Context, shape: Konva.Shape) {
      const ctx = context._context;
      const width = shape.width();
      const height = shape.height();
      ctx.beginPath();
      if (!outlineOnly) {
        ctx.rect(0, 0, width, height);
        ctx.fillStyle = shape.colorKey;
        ctx.fill();
        return;
      }
      const path = itemsAt(width, height).find((i) => i.kind === 'path');
      if (element.type === 'line' || !path || path.kind !== 'path') {
        ctx.moveTo(0, 0);
        ctx.lineTo(width, height);
      } else {
        for (const op of path.path) {
          if (op[0] === 'M') ctx.moveTo(op[1], op[2]);
          else if (op[0] === 'L') ctx.lineTo(op[1], op[2]);
          else if (op[0] === 'Q') ctx.quadraticCurveTo(op[1], op[2], op[3], op[4]);
          else if (op[0] === 'C') ctx.bezierCurveTo(op[1], op[2], op[3], op[4], op[5], op[6]);
          else ctx.closePath();
        }
      }
      ctx.lineWidth = Math.max(strokeWidth, HIT_SLOP_PX / Math.max(0.01, shape.getAbsoluteScale().x));
      ctx.strokeStyle = shape.colorKey;
      ctx.stroke();
    },
  };
}
