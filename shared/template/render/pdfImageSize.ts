import type { Layout } from '../layout/drawList';

/** Print resolution for pictures that are not JPEG in a PDF: sharp on paper, and no larger than that needs. */
export const PDF_IMAGE_DPI = 300;
/** A side no rasterised picture goes beyond, however large it is placed. */
const MAX_RASTER_SIDE = 4096;

/**
 * The pixel size at which each picture of a layout is rasterised for its PDF (JPEGs go in as they are): its
 * largest placement at PDF_IMAGE_DPI, never enlarged beyond its own pixels unless it is vector (SVG), at
 * most MAX_RASTER_SIDE a side. Node and the page both size pictures with this, so their PDFs match.
 */
export function pdfRasterSizes(
  layout: Layout,
  natural: (asset: string) => { width: number; height: number; vector: boolean } | undefined,
): Map<string, { width: number; height: number }> {
  const placed = new Map<string, { width: number; height: number }>();
  for (const item of layout.items) {
    if (item.kind !== 'image' || !natural(item.asset)) continue;
    const size = placed.get(item.asset) ?? { width: 0, height: 0 };
    // Element transforms turn but never scale, so the placement is the printed size.
    placed.set(item.asset, { width: Math.max(size.width, item.place.width), height: Math.max(size.height, item.place.height) });
  }
  const sizes = new Map<string, { width: number; height: number }>();
  for (const [asset, points] of placed) {
    const own = natural(asset)!;
    let width = Math.ceil((points.width * PDF_IMAGE_DPI) / 72);
    let height = Math.ceil((points.height * PDF_IMAGE_DPI) / 72);
    if (!own.vector && width > own.width) [width, height] = [own.width, own.height];
    const shrink = Math.min(1, MAX_RASTER_SIDE / Math.max(width, height));
    sizes.set(asset, { width: Math.max(1, Math.round(width * shrink)), height: Math.max(1, Math.round(height * shrink)) });
  }
  return sizes;
}

/** Splits straight RGBA pixels into RGB and alpha planes; alpha is undefined when every pixel is opaque. */
export function splitAlpha(rgba: Uint8Array | Uint8ClampedArray, pixels: number): { rgb: Uint8Array; alpha?: Uint8Array } {
  const rgb = new Uint8Array(pixels * 3);
  const alpha = new Uint8Array(pixels);
  let opaque = true;
  for (let p = 0, q = 0; p < pixels; p++, q += 4) {
    rgb[p * 3] = rgba[q]!;
    rgb[p * 3 + 1] = rgba[q + 1]!;
    rgb[p * 3 + 2] = rgba[q + 2]!;
    alpha[p] = rgba[q + 3]!;
    if (rgba[q + 3] !== 255) opaque = false;
  }
  return opaque ? { rgb } : { rgb, alpha };
}
