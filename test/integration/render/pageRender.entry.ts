/**
 * What the page does to export a PNG (renderer/template/export), minus the API: bundled for Chromium by
 * pageParity.test.ts, which hands it the font files and pictures and compares the result with Node's.
 */
import { layoutTemplate, type LayoutOptions } from '../../../shared/template/layout';
import { fontSetFromBytes } from '../../../shared/template/fontSet';
import type { TemplateBody } from '../../../shared/template/model';
import { drawLayout } from '../../../shared/template/render/canvas';

interface PageRenderInput {
  body: TemplateBody;
  options: Omit<LayoutOptions, 'fonts' | 'imageSizes'>;
  fonts: Record<string, string>;
  images: Record<string, { mediaType: string; base64: string }>;
  dpi: number;
}

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

async function pageRender(input: PageRenderInput): Promise<{ layout: string; rgba: string; width: number; height: number }> {
  const fonts = fontSetFromBytes(new Map(Object.entries(input.fonts).map(([file, base64]) => [file, bytesOf(base64)])));
  const images = new Map<string, HTMLImageElement>();
  for (const [sha256, { mediaType, base64 }] of Object.entries(input.images)) {
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([bytesOf(base64)], { type: mediaType }));
    await image.decode();
    images.set(sha256, image);
  }
  const imageSizes = new Map([...images].map(([sha, image]) => [sha, { width: image.naturalWidth, height: image.naturalHeight }]));
  const layout = layoutTemplate(input.body, { ...input.options, fonts, imageSizes });
  const canvas = new OffscreenCanvas(Math.max(1, Math.round((layout.width * input.dpi) / 72)), Math.max(1, Math.round((layout.height * input.dpi) / 72)));
  const ctx = canvas.getContext('2d')!;
  drawLayout(ctx, layout, { fonts, images, scale: canvas.width / layout.width });
  const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let binary = '';
  for (let i = 0; i < rgba.length; i += 0x8000) binary += String.fromCharCode(...rgba.subarray(i, i + 0x8000));
  return { layout: JSON.stringify(layout), rgba: btoa(binary), width: canvas.width, height: canvas.height };
}

(globalThis as unknown as { pageRender: typeof pageRender }).pageRender = pageRender;
