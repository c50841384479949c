import type { BrandKitBody } from './brandKit';
import { resolveAssetRef, type IssuerLook } from './assetRefs';
import type { FontMetricsProvider } from './fontMetrics';
import { fillFields, sampleValues, type MergeData } from './mergeFields';
import type { TemplateBody } from './model';
import { parseColour } from './layout/colour';
import { IDENTITY, type DrawItem, type Layout } from './layout/drawList';
import { brandColour, elementItems, type ElementContext } from './layout/elementItems';
import { placeImage } from './layout/imageFit';
import { ellipsePath, rectPath, shieldPath, type PathOp } from './layout/shapePaths';

export type { Layout, DrawItem, TextItem, PathItem, ImageItem, TextLine, Matrix, Box } from './layout/drawList';
export { TEXT_DEFAULTS, SHAPE_DEFAULTS, QR_DEFAULTS } from './layout/elementItems';

export interface LayoutOptions {
  /** Real font metrics: the same bundled bytes on every side, so every side breaks lines alike. */
  fonts: FontMetricsProvider;
  /** Field values nested by path (`{"recipient": {"name": "…"}}`); what it leaves out keeps its sample. */
  data?: MergeData;
  /** Sample values by field path; defaults to `templateSamples(body, issuer)`. */
  samples?: Record<string, string>;
  /** The kit the template uses: its `brand:` colours, fonts and logos. */
  brandKit?: BrandKitBody;
  /** The workspace's issuer: `{{issuer.name}}`'s default and the `issuer:logo` image. */
  issuer?: IssuerLook;
  /** Natural sizes of images by SHA-256, for `contain` and `cover`; an image without one fills its box. */
  imageSizes?: ReadonlyMap<string, { width: number; height: number }>;
}

/**
 * The samples a template shows where data gives no value: the standard ones, the issuer's real name, then
 * the template's own samples, each overriding the one before.
 */
export function templateSamples(body: TemplateBody, issuer?: IssuerLook): Record<string, string> {
  return sampleValues({ ...(issuer?.name ? { 'issuer.name': issuer.name } : {}), ...body.sampleData });
}

/** The outline of a page that is not simply its rectangle. */
export function pageOutline(page: TemplateBody['page']): PathOp[] | undefined {
  switch (page.shape) {
    case 'circle':
      return ellipsePath(0, 0, page.width, page.height);
    case 'shield':
      return shieldPath(0, 0, page.width, page.height);
    default:
      return undefined;
  }
}

/**
 * Lays out a template (DESIGN §4): fills its fields, resolves its brand tokens and asset references, wraps
 * its text with the real font metrics and returns the draw list both renderers draw. Pure and deterministic:
 * the same body, options and font bytes give the same layout in the page and in Node.
 */
export function layoutTemplate(body: TemplateBody, options: LayoutOptions): Layout {
  const { brandKit: kit, issuer } = options;
  const samples = options.samples ?? templateSamples(body, issuer);
  const ctx: ElementContext = {
    fonts: options.fonts,
    kit,
    fill: (text) => fillFields(text, options.data, samples),
    asset: (ref) => resolveAssetRef(ref, kit, issuer),
    imageSize: (sha256) => options.imageSizes?.get(sha256),
  };
  const { page } = body;
  const clip = pageOutline(page);
  const items: DrawItem[] = [];
  const base = { elementId: 'page', transform: IDENTITY, opacity: 1 };
  const background = parseColour(brandColour(page.background, kit, '#ffffff'));
  if (background) items.push({ ...base, kind: 'path', path: clip ?? rectPath(0, 0, page.width, page.height), fill: background, strokeWidth: 0 });
  const backgroundAsset = ctx.asset(page.backgroundAsset);
  if (backgroundAsset) {
    const box = { x: 0, y: 0, width: page.width, height: page.height };
    items.push({ ...base, kind: 'image', asset: backgroundAsset, box, place: placeImage(box, ctx.imageSize(backgroundAsset), 'cover') });
  }
  for (const el of body.elements) items.push(...elementItems(el, ctx));
  return clip ? { width: page.width, height: page.height, clip, items } : { width: page.width, height: page.height, items };
}
