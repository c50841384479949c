import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import zlib from 'node:zlib';
import type { Layout } from '../../shared/template/layout';
import type { PdfImage } from '../../shared/template/render/pdf';
import { pdfRasterSizes, splitAlpha } from '../../shared/template/render/pdfImageSize';
import type { Workspace } from '../store/workspace';

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
    const sizes = pdfRasterSizes(layout, (sha256) => {
      const loaded = this.loaded.get(sha256);
      return loaded && { width: loaded.image.width, height: loaded.image.height, vector: loaded.mediaType === 'image/svg+xml' };
    });
    const out = new Map<string, PdfImage>();
    for (const [sha256, size] of sizes) {
      const { mediaType, bytes, image } = this.loaded.get(sha256)!;
      if (mediaType === 'image/jpeg') {
        out.set(sha256, { format: 'jpeg', bytes });
        continue;
      }
      const key = `${sha256}@${size.width}x${size.height}`;
      let prepared = this.pdfCache.get(key);
      if (!prepared) {
        prepared = rasterForPdf(image, size.width, size.height);
        this.pdfCache.set(key, prepared);
      }
      out.set(sha256, prepared);
    }
    return out;
  }
}

/** Draws a picture at a size and splits its pixels into compressed RGB and (if any pixel shows through) alpha. */
function rasterForPdf(image: Image, width: number, height: number): PdfImage {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, 0, 0, width, height);
  const { rgb, alpha } = splitAlpha(ctx.getImageData(0, 0, width, height).data, width * height);
  return { format: 'pixels', width, height, rgb: zlib.deflateSync(rgb), ...(alpha ? { alpha: zlib.deflateSync(alpha) } : {}) };
}
