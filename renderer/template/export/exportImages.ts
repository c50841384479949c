import type { Layout } from '../../../shared/template/layout';
import type { PdfImage } from '../../../shared/template/render/pdf';
import { pdfRasterSizes, splitAlpha } from '../../../shared/template/render/pdfImageSize';
import { api } from '../../api/client';

/** A template's picture, fetched from the workspace and decoded. */
export interface ExportImage {
  mediaType: string;
  bytes: Uint8Array<ArrayBuffer>;
  image: HTMLImageElement;
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Fetches and decodes the pictures a template draws. One that the workspace does not have, or that does not
 * decode, is left out: the rest of the design still exports, as `laurel render` does.
 */
export async function loadExportImages(assets: readonly string[]): Promise<Map<string, ExportImage>> {
  const loaded = new Map<string, ExportImage>();
  await Promise.all(
    assets.map(async (sha256) => {
      const result = await api.getAsset({ sha256 });
      if (!result.ok) return;
      const bytes = fromBase64(result.value.dataBase64);
      const image = new Image();
      const url = URL.createObjectURL(new Blob([bytes], { type: result.value.mediaType }));
      try {
        image.src = url;
        await image.decode();
        loaded.set(sha256, { mediaType: result.value.mediaType, bytes, image });
      } catch {
        // not decodable: left out
      } finally {
        URL.revokeObjectURL(url);
      }
    }),
  );
  return loaded;
}

/** zlib (RFC 1950) compression, as PDF's FlateDecode reads it, with the browser's own compressor. */
async function zlibDeflate(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The pictures of a layout as its PDF embeds them: JPEG as it is, anything else as pixels at print size. */
export async function pdfImages(layout: Layout, images: ReadonlyMap<string, ExportImage>): Promise<Map<string, PdfImage>> {
  const sizes = pdfRasterSizes(layout, (sha256) => {
    const loaded = images.get(sha256);
    return loaded && { width: loaded.image.naturalWidth, height: loaded.image.naturalHeight, vector: loaded.mediaType === 'image/svg+xml' };
  });
  const out = new Map<string, PdfImage>();
  for (const [sha256, { width, height }] of sizes) {
    const { mediaType, bytes, image } = images.get(sha256)!;
    if (mediaType === 'image/jpeg') {
      out.set(sha256, { format: 'jpeg', bytes });
      continue;
    }
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d')!;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(image, 0, 0, width, height);
    const { rgb, alpha } = splitAlpha(ctx.getImageData(0, 0, width, height).data, width * height);
    out.set(sha256, {
      format: 'pixels',
      width,
      height,
      rgb: await zlibDeflate(rgb as Uint8Array<ArrayBuffer>),
      ...(alpha ? { alpha: await zlibDeflate(alpha as Uint8Array<ArrayBuffer>) } : {}),
    });
  }
  return out;
}
