import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { LaurelError } from '../../shared/api/result';
import type { FontMetricsProvider } from '../../shared/template/fontMetrics';
import type { Layout } from '../../shared/template/layout';
import { drawLayout } from '../../shared/template/render/canvas';
import { encodePng } from './encodePng';

/** The pixel size of a page at `dpi`: points × dpi / 72, rounded as the page's canvas rounds it. */
export const pixelSize = (points: number, dpi: number) => Math.max(1, Math.round((points * dpi) / 72));

/** The largest page Laurel rasterises (a 100 MP canvas is 400 MB of pixels). */
export const MAX_PNG_PIXELS = 100_000_000;

/**
 * The last page's canvas, kept for the next of the same size (a batch renders one size again and again). A
 * new canvas at 300 DPI is 35 MB of fresh memory, and Skia's first writes to it (page faults) took 25 ms of
 * a certificate here, nearly as long as drawing it. `reset()` clears it and its state as a new canvas would.
 */
let last: { canvas: Canvas; ctx: SKRSContext2D } | undefined;

function blankCanvas(width: number, height: number): SKRSContext2D {
  if (last?.canvas.width === width && last.canvas.height === height) last.ctx.reset();
  else {
    const canvas = createCanvas(width, height);
    last = { canvas, ctx: canvas.getContext('2d') };
  }
  return last.ctx;
}

/**
 * Draws a layout with the shared canvas renderer onto a Skia canvas at `dpi` and encodes it as PNG. Outside a
 * circle or shield page the PNG is transparent; a rectangular page is drawn on its own background.
 */
export function renderPng(layout: Layout, options: { fonts: FontMetricsProvider; images: ReadonlyMap<string, unknown>; dpi: number }): Buffer {
  const width = pixelSize(layout.width, options.dpi);
  const height = pixelSize(layout.height, options.dpi);
  if (width * height > MAX_PNG_PIXELS) {
    throw new LaurelError('invalid-argument', `At ${options.dpi} DPI this page is ${width} × ${height} pixels, more than Laurel draws (${MAX_PNG_PIXELS / 1e6} megapixels); choose a lower DPI.`);
  }
  const ctx = blankCanvas(width, height);
  // Scale by pixels over points on each axis, so rounding the size does not leave a blank edge.
  drawLayout(ctx, layout, { fonts: options.fonts, images: options.images, scale: width / layout.width });
  const { data } = ctx.getImageData(0, 0, width, height);
  return encodePng(data, width, height, options.dpi);
}
