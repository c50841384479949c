import { loadImage, type Image } from '@napi-rs/canvas';
import type { GalleryItem } from '../../shared/api/contract';
import { layoutTemplate } from '../../shared/template/layout';
import { bundledFonts } from '../render/bundledFonts';
import { renderPng } from '../render/renderPng';
import { galleryBodyWithHashes, listGallery } from './gallery';

/** Wide enough for a card in the gallery, small enough that all of them come back in one quick answer. */
export const PREVIEW_WIDTH = 320;

let previews: Promise<GalleryItem[]> | undefined;

async function preview(id: string): Promise<string> {
  const { body, images } = galleryBodyWithHashes(id);
  const decoded = new Map<string, Image>();
  for (const [sha256, image] of images) decoded.set(sha256, await loadImage(image.bytes));
  const sizes = new Map([...decoded].map(([sha, image]) => [sha, { width: image.width, height: image.height }]));
  // Sample values and no brand kit or issuer: the design as it ships.
  const layout = layoutTemplate(body, { fonts: bundledFonts(), imageSizes: sizes });
  return renderPng(layout, { fonts: bundledFonts(), images: decoded, dpi: (PREVIEW_WIDTH / body.page.width) * 72 }).toString('base64');
}

/** The gallery with a PNG preview of each design, drawn once per process (they only change with the app). */
export function galleryPreviews(): Promise<GalleryItem[]> {
  previews ??= Promise.all(listGallery().map(async (entry) => ({ ...entry, previewBase64: await preview(entry.id) }))).catch((error: unknown) => {
    previews = undefined;
    throw error;
  });
  return previews;
}
