import { resolveAssetRef } from '../../../shared/template/assetRefs';
import { resolveFont } from '../../../shared/template/brandKit';
import type { FontKey } from '../../../shared/template/fonts';
import { fontKeyFor } from '../../../shared/template/fonts';
import { TEXT_DEFAULTS, type DrawItem, type TextItem } from '../../../shared/template/layout';
import { cssColour } from '../../../shared/template/layout/colour';
import { elementItems } from '../../../shared/template/layout/elementItems';
import type { TemplateElement } from '../../../shared/template/model';
import { drawItem } from '../../../shared/template/render/canvas';
import { BUNDLED_BY_KEY, PAGE_FONTS } from './bundledFonts';
import type { Look } from './look';

/**
 * An element's drawing, from the same layout the exports draw (DESIGN §4): the canvas shows the line breaks,
 * shrunk sizes, QR modules and image fits the PNG and PDF will have. The element is laid out at the origin,
 * unturned and opaque, because its Konva node carries position, rotation and opacity (so a drag or a
 * transform moves the node without laying anything out again).
 */

/** The font a text element (or a signature's caption) needs before it can be laid out. */
export function fontKeyOf(element: TemplateElement, look: Look): FontKey | undefined {
  if (element.type === 'text') {
    const family = resolveFont(element.fontFamily, look.kit, TEXT_DEFAULTS.fontFamily);
    return fontKeyFor(family, element.fontWeight ?? TEXT_DEFAULTS.fontWeight, element.italic ?? TEXT_DEFAULTS.italic);
  }
  if (element.type === 'signature' && element.signer) return fontKeyFor(TEXT_DEFAULTS.fontFamily);
  return undefined;
}

/** The asset an image or signature shows, once brand and issuer tokens are resolved. */
export function assetOf(element: TemplateElement, look: Look): string | undefined {
  return element.type === 'image' || element.type === 'signature' ? resolveAssetRef(element.asset, look.kit, look.issuer) : undefined;
}

export function layoutElement(element: TemplateElement, look: Look, image: HTMLImageElement | undefined, width: number, height: number): DrawItem[] {
  const atOrigin = { ...element, x: 0, y: 0, rotation: 0, opacity: 1, hidden: false, width, height } as TemplateElement;
  try {
    return elementItems(atOrigin, {
      fonts: PAGE_FONTS,
      kit: look.kit,
      fill: look.shown,
      asset: (ref) => resolveAssetRef(ref, look.kit, look.issuer),
      imageSize: () => (image ? { width: image.naturalWidth, height: image.naturalHeight } : undefined),
    });
  } catch {
    // A QR code whose text is too long for any QR version, say: the Properties panel explains it.
    return [];
  }
}

/**
 * Text with the canvas's own text drawing at the layout's line positions: the same breaks and baselines as
 * the export, drawn many times faster than glyph outlines (the canvas redraws on every zoom and pan).
 */
function drawTextLines(ctx: CanvasRenderingContext2D, item: TextItem): void {
  const font = BUNDLED_BY_KEY.get(item.font);
  if (!font || item.colour.a === 0) return;
  ctx.save();
  ctx.transform(...item.transform);
  ctx.globalAlpha *= item.opacity;
  ctx.font = `${font.italic ? 'italic ' : ''}${font.weight} ${item.size}px "${font.family}"`;
  if (item.letterSpacing) ctx.letterSpacing = `${item.letterSpacing}px`;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillStyle = cssColour(item.colour);
  for (const line of item.lines) ctx.fillText(line.text, line.x, line.baseline);
  ctx.restore();
}

export function paintItems(ctx: CanvasRenderingContext2D, items: readonly DrawItem[], image: HTMLImageElement | undefined): void {
  for (const item of items) {
    if (item.kind === 'text') drawTextLines(ctx, item);
    else drawItem(ctx, item, { fonts: PAGE_FONTS, images: image ? new Map([[item.kind === 'image' ? item.asset : '', image]]) : new Map() });
  }
}

/** Whether the element paints an area (hit anywhere in its box) or only lines (hit near the stroke). */
export function isOutlineOnly(element: TemplateElement, look: Look): boolean {
  if (element.type === 'line') return true;
  if (element.type !== 'rect' && element.type !== 'ellipse' && element.type !== 'star' && element.type !== 'polygon') return false;
  const fill = element.fill?.startsWith('brand:') ? look.kit?.colours[element.fill.slice(6)] : element.fill;
  return !fill || fill === 'transparent' || fill === 'none';
}
