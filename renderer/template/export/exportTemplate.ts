import type { IssuerLook } from '../../../shared/template/assetRefs';
import { templateAssets } from '../../../shared/template/assetRefs';
import type { BrandKitBody } from '../../../shared/template/brandKit';
import { layoutTemplate, type Layout } from '../../../shared/template/layout';
import type { MergeData } from '../../../shared/template/mergeFields';
import type { TemplateBody } from '../../../shared/template/model';
import { drawLayout } from '../../../shared/template/render/canvas';
import { renderPdf } from '../../../shared/template/render/pdf';
import { loadExportImages, pdfImages, type ExportImage } from './exportImages';
import { loadFontSet } from './loadFonts';

export interface ExportOptions {
  /** Field values nested by path; fields it leaves out show the template's samples. */
  data?: MergeData;
  /** The kit the template uses (`body.brandKitId`), already loaded. */
  brandKit?: BrandKitBody;
  /** The workspace's issuer: `{{issuer.name}}`'s default and the `issuer:logo` picture. */
  issuer?: IssuerLook;
  /** PNG only: 72 is 1× (a pixel per point), 144 is 2×, 300 for print. Default 72. */
  dpi?: number;
  /** PDF only: the document title. */
  title?: string;
}

/** One layout, the same in the page as in Node (same fonts, same code); `laurel render` gives the same files. */
async function prepare(body: TemplateBody, options: ExportOptions): Promise<{ layout: Layout; images: Map<string, ExportImage> }> {
  const [fonts, images] = await Promise.all([loadFontSet(), loadExportImages(templateAssets(body, options.brandKit, options.issuer))]);
  const imageSizes = new Map([...images].map(([sha, { image }]) => [sha, { width: image.naturalWidth, height: image.naturalHeight }]));
  const layout = layoutTemplate(body, { fonts, data: options.data, brandKit: options.brandKit, issuer: options.issuer, imageSizes });
  return { layout, images };
}

/** The pixel size of a page at `dpi`, rounded as Node's renderer rounds it. */
const pixels = (points: number, dpi: number) => Math.max(1, Math.round((points * dpi) / 72));

/** A PNG of the template, drawn by the shared canvas renderer (outside a circle or shield page: transparent). */
export async function exportPng(body: TemplateBody, options: ExportOptions = {}): Promise<Blob> {
  const { layout, images } = await prepare(body, options);
  const fonts = await loadFontSet();
  const dpi = options.dpi ?? 72;
  const canvas = new OffscreenCanvas(pixels(layout.width, dpi), pixels(layout.height, dpi));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the PNG.');
  const decoded = new Map([...images].map(([sha, { image }]) => [sha, image as unknown]));
  drawLayout(ctx, layout, { fonts, images: decoded, scale: canvas.width / layout.width });
  return canvas.convertToBlob({ type: 'image/png' });
}

/** A PDF of the template: text as real text in embedded font subsets, the QR code one vector path. */
export async function exportPdf(body: TemplateBody, options: ExportOptions = {}): Promise<Blob> {
  const { layout, images } = await prepare(body, options);
  const fonts = await loadFontSet();
  const bytes = await renderPdf(layout, { fonts, images: await pdfImages(layout, images), title: options.title });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
