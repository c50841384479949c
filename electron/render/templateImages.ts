import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import zlib from 'node:zlib';
import type { Layout } from '../../shared/template/layout';
import type { PdfImage } from '../../shared/template/render/pdf';
import type { Workspace } from '../store/workspace';

/** Print resolution for pictures that are not JPEG in a PDF: sharp on paper, and no larger than that needs. */
export const PDF_IMAGE_DPI = 300;
/** A side no rasterised picture goes beyond, however large it is placed. */
const MAX_RASTER_SIDE = 4096;

interface Loaded {
  mediaType: string;
  bytes: Buffer;
  image: Image;
}

/**
 * A template's pictures, loaded from the workspace once and kept for every file rendered from it: decoded
 * for the canvas, and prepared for PDF (JPEG as it is, anything else as compressed pixels at print size).
 */
export class TemplateImages {
  private readonly pdfCache = new Map<string, PdfImage>();

  private constructor(
    private readonly loaded: ReadonlyMap<string, Loaded>,
    /** Assets the template names that the workspace does not hold: drawn as nothing. */
    readonly missing: readonly string[],
  ) {}

  static async load(workspace: Workspace, assets: readonly string[]): Promise<TemplateImages> {
    const loaded = new Map<string, Loaded>();
    const missing: string[] = [];
    for (const sha256 of assets) {
      const asset = workspace.getAsset(sha256);
      if (!asset) {
        missing.push(sha256);
        continue;
      }
      try {
        loaded.set(sha256, { mediaType: asset.mediaType, bytes: asset.data, image: await loadImage(asset.data) });
      } catch {
        missing.push(sha256); // stored before checks existed, or damaged since: the rest still renders
      }
    }
    return new TemplateImages(loaded, missing);
  }

  get sizes(): ReadonlyMap<string, { width: number; height: number }> {
    return new Map([...this.loaded].map(([sha, l]) => [sha, { width: l.image.width, height: l.image.height }]));
  }

  get forCanvas(): ReadonlyMap<string, unknown> {
    return new Map([...this.loaded].map(([sha, l]) => [sha, l.image]));
  }

  /** The images of a layout as its PDF embeds them. */
  forPdf(layout: Layout): ReadonlyMap<string, PdfImage> {
    const placed = new Map<string, { width: number; height: number }>();
    for (const item of layout.items) {
      if (item.kind !== 'image' || !this.loaded.has(item.asset)) continue;
      const size = placed.get(item.asset) ?? { width: 0, height: 0 };
      // The largest placement decides the resolution; the transform's scale is 1 (rotation only).
      placed.set(item.asset, { width: Math.max(size.width, item.place.width), height: Math.max(size.height, item.place.height) });
    }
    const out = new Map<string, PdfImage>();
    for (const [sha256, size] of placed) out.set(sha256, this.pdfImage(sha256, size));
    return out;
  }

  private pdfImage(sha256: string, placedPoints: { width: number; height: number }): PdfImage {
    const { mediaType, bytes, image } = this.loaded.get(sha256)!;
    if (mediaType === 'image/jpeg') return { format: 'jpeg', bytes };
    const scale = PDF_IMAGE_DPI / 72;
    const vector = mediaType === 'image/svg+xml';
    // A raster picture is never enlarged (that adds bytes, not detail); a vector one is drawn at print size.
    let width = Math.ceil(placedPoints.width * scale);
    let height = Math.ceil(placedPoints.height * scale);
    if (!vector && width > image.width) [width, height] = [image.width, image.height];
    const shrink = Math.min(1, MAX_RASTER_SIDE / Math.max(width, height));
    width = Math.max(1, Math.round(width * shrink));
    height = Math.max(1, Math.round(height * shrink));
    const key = `${sha256}@${width}x${height}`;
    let prepared = this.pdfCache.get(key);
    if (!prepared) {
      prepared = rasterForPdf(image, width, height);
      this.pdfCache.set(key, prepared);
    }
    return prepared;
  }
}

/** Draws a picture at a size and splits its pixels into compressed RGB and (if any pixel shows through) alpha. */
function rasterForPdf(image: Image, width: number, height: number): PdfImage {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, 0, 0, width, height);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const rgb = Buffer.allocUnsafe(width * height * 3);
  const alpha = Buffer.allocUnsafe(width * height);
  let opaque = true;
  for (let p = 0, q = 0; p < width * height; p++, q += 4) {
    rgb[p * 3] = rgba[q]!;
    rgb[p * 3 + 1] = rgba[q + 1]!;
    rgb[p * 3 + 2] = rgba[q + 2]!;
    alpha[p] = rgba[q + 3]!;
    if (rgba[q + 3] !== 255) opaque = false;
  }
  return { format: 'pixels', width, height, rgb: zlib.deflateSync(rgb), ...(opaque ? {} : { alpha: zlib.deflateSync(alpha) }) };
}
