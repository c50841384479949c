import type { FontMetricsProvider } from '../fontMetrics';
import { cssColour } from '../layout/colour';
import type { DrawItem, ImageItem, Layout, PathItem, TextItem } from '../layout/drawList';
import type { PathOp } from '../layout/shapePaths';

/**
 * The part of a 2D canvas context the renderer uses. The page's CanvasRenderingContext2D and
 * @napi-rs/canvas's context both have it, so this file needs neither the DOM nor Node.
 */
export interface Canvas2D {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  globalAlpha: number;
  save(): void;
  restore(): void;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): void;
  closePath(): void;
  rect(x: number, y: number, w: number, h: number): void;
  fill(): void;
  stroke(): void;
  clip(): void;
  setLineDash(segments: number[]): void;
  drawImage(image: never, dx: number, dy: number, dw: number, dh: number): void;
}

export interface CanvasRenderOptions {
  /** The outlines of the glyphs the layout names: text is drawn as the font's own curves. */
  fonts: FontMetricsProvider;
  /** Decoded images by SHA-256 (an HTMLImageElement/ImageBitmap in the page, an @napi-rs Image in Node). */
  images: ReadonlyMap<string, unknown>;
  /** Pixels per point: dpi / 72. */
  scale: number;
}

function tracePath(ctx: Canvas2D, ops: readonly PathOp[]): void {
  ctx.beginPath();
  for (const op of ops) {
    switch (op[0]) {
      case 'M':
        ctx.moveTo(op[1], op[2]);
        break;
      case 'L':
        ctx.lineTo(op[1], op[2]);
        break;
      case 'Q':
        ctx.quadraticCurveTo(op[1], op[2], op[3], op[4]);
        break;
      case 'C':
        ctx.bezierCurveTo(op[1], op[2], op[3], op[4], op[5], op[6]);
        break;
      case 'Z':
        ctx.closePath();
        break;
    }
  }
}

function drawPath(ctx: Canvas2D, item: PathItem): void {
  tracePath(ctx, item.path);
  if (item.fill) {
    ctx.fillStyle = cssColour(item.fill);
    ctx.fill();
  }
  if (item.stroke && item.strokeWidth > 0) {
    ctx.strokeStyle = cssColour(item.stroke);
    ctx.lineWidth = item.strokeWidth;
    ctx.setLineDash(item.dash ? [...item.dash] : []);
    ctx.stroke();
  }
}

/**
 * Text as the font's outlines, placed glyph by glyph where the layout put them. Not fillText: the canvas
 * would shape and space the line itself (its own kerning, letter spacing and hinting), and then the PNG and
 * the page could drift from the layout and from the PDF. One path per text element, one fill.
 */
function drawText(ctx: Canvas2D, item: TextItem, fonts: FontMetricsProvider): void {
  if (item.colour.a === 0) return;
  const metrics = fonts.metrics(item.font);
  const s = item.size / metrics.unitsPerEm;
  ctx.beginPath();
  for (const line of item.lines) {
    for (const glyph of line.glyphs) {
      const ox = line.x + glyph.x;
      const oy = line.baseline;
      // Font units are y up; the page is y down.
      for (const op of metrics.glyphOutline(glyph.id)) {
        switch (op[0]) {
          case 'M':
            ctx.moveTo(ox + op[1] * s, oy - op[2] * s);
            break;
          case 'L':
            ctx.lineTo(ox + op[1] * s, oy - op[2] * s);
            break;
          case 'Q':
            ctx.quadraticCurveTo(ox + op[1] * s, oy - op[2] * s, ox + op[3] * s, oy - op[4] * s);
            break;
          case 'C':
            ctx.bezierCurveTo(ox + op[1] * s, oy - op[2] * s, ox + op[3] * s, oy - op[4] * s, ox + op[5] * s, oy - op[6] * s);
            break;
          case 'Z':
            ctx.closePath();
            break;
        }
      }
    }
  }
  ctx.fillStyle = cssColour(item.colour);
  ctx.fill();
}

function drawImage(ctx: Canvas2D, item: ImageItem, images: ReadonlyMap<string, unknown>): void {
  const image = images.get(item.asset);
  if (!image) return; // not loaded (a missing asset): the rest of the design still draws
  const { box, place } = item;
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.width, box.height);
  ctx.clip();
  ctx.drawImage(image as never, place.x, place.y, place.width, place.height);
}

export function drawItem(ctx: Canvas2D, item: DrawItem, options: Omit<CanvasRenderOptions, 'scale'>): void {
  ctx.save();
  ctx.transform(...item.transform);
  ctx.globalAlpha *= item.opacity;
  if (item.kind === 'path') drawPath(ctx, item);
  else if (item.kind === 'text') drawText(ctx, item, options.fonts);
  else drawImage(ctx, item, options.images);
  ctx.restore();
}

/**
 * Draws a layout onto a canvas at `scale` pixels per point, from the context's current transform (so the
 * editor can draw it into a zoomed, panned view). Outside a circle or shield page nothing is drawn.
 */
export function drawLayout(ctx: Canvas2D, layout: Layout, options: CanvasRenderOptions): void {
  ctx.save();
  ctx.transform(options.scale, 0, 0, options.scale, 0, 0);
  if (layout.clip) {
    tracePath(ctx, layout.clip);
    ctx.clip();
  }
  for (const item of layout.items) drawItem(ctx, item, options);
  ctx.restore();
}
