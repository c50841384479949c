import { assertNever } from '../../assertNever';
import { emptyBrandKit, resolveColour, resolveFont, type BrandKitBody } from '../brandKit';
import type { FontMetricsProvider } from '../fontMetrics';
import { DEFAULT_FONT_FAMILY, fontKeyFor } from '../fonts';
import type { TemplateElement, TextElement } from '../model';
import { parseColour } from './colour';
import { elementMatrix, type DrawItem, type ImageItem, type Matrix, type PathItem, type TextItem } from './drawList';
import { placeImage, type ImageFit } from './imageFit';
import { ellipsePath, rectPath, regularPolygonPath, starPath, type PathOp } from './shapePaths';
import { qrGeometry } from './qrPath';
import { layoutTextBlock } from './textBlock';

/** What a text element is when it leaves a property out; the editor shows the same. */
export const TEXT_DEFAULTS = {
  fontFamily: DEFAULT_FONT_FAMILY,
  fontSize: 16,
  fontWeight: 400,
  italic: false,
  fill: '#111111',
  align: 'left',
  verticalAlign: 'top',
  lineHeight: 1.2,
  letterSpacing: 0,
  wrap: true,
  shrinkToFit: false,
} as const;

export const SHAPE_DEFAULTS = { starPoints: 5, starInnerRatio: 0.5, polygonSides: 6, lineStroke: '#111111', strokeWidth: 1 } as const;
export const QR_DEFAULTS = { text: '{{verification.url}}', fill: '#000000', background: '#ffffff' } as const;
export const SIGNATURE_CAPTION_COLOUR = '#333333';

/** What laying out one element needs from the template around it. */
export interface ElementContext {
  fonts: FontMetricsProvider;
  kit: BrandKitBody | undefined;
  /** The text with its `{{fields}}` filled. */
  fill(text: string): string;
  /** The SHA-256 an image reference resolves to, if any. */
  asset(ref: string | undefined): string | undefined;
  imageSize(sha256: string): { width: number; height: number } | undefined;
}

/**
 * What a `brand:` token means when the template has no kit, or its kit lacks that token: the colours and
 * fonts of a new kit. A gallery design or a template whose kit was deleted still looks designed.
 */
const FALLBACK_KIT = emptyBrandKit('Laurel');

/** A colour value with its brand token resolved: the kit's, else the fallback kit's, else `fallback`. */
export function brandColour(value: string | undefined, kit: BrandKitBody | undefined, fallback = ''): string {
  return resolveColour(value, kit, '') || resolveColour(value, FALLBACK_KIT, '') || fallback;
}

/** A font family with `brand:heading` / `brand:body` resolved through the kit (or the fallback kit). */
export function brandFont(value: string | undefined, kit: BrandKitBody | undefined): string {
  return resolveFont(value, kit ?? FALLBACK_KIT, TEXT_DEFAULTS.fontFamily);
}

const colour = (value: string | undefined, ctx: ElementContext, fallback = '') => parseColour(brandColour(value, ctx.kit, fallback));

function pathItem(el: TemplateElement & { fill?: string; stroke?: string; strokeWidth?: number }, path: PathOp[], ctx: ElementContext, base: Base): PathItem[] {
  const fill = colour(el.fill, ctx);
  const stroke = colour(el.stroke, ctx);
  const strokeWidth = el.strokeWidth ?? SHAPE_DEFAULTS.strokeWidth;
  if (!fill && (!stroke || strokeWidth === 0)) return [];
  return [{ ...base, kind: 'path', path, fill, stroke: strokeWidth > 0 ? stroke : undefined, strokeWidth }];
}

interface Base {
  elementId: string;
  transform: Matrix;
  opacity: number;
}

export function textItem(el: Pick<TextElement, 'text' | 'fontFamily' | 'fontSize' | 'fontWeight' | 'italic' | 'fill' | 'align' | 'verticalAlign' | 'lineHeight' | 'letterSpacing' | 'wrap' | 'shrinkToFit' | 'width' | 'height'>, ctx: ElementContext, base: Base): TextItem {
  const d = TEXT_DEFAULTS;
  const family = brandFont(el.fontFamily, ctx.kit);
  const font = fontKeyFor(family, el.fontWeight ?? d.fontWeight, el.italic ?? d.italic);
  const letterSpacing = el.letterSpacing ?? d.letterSpacing;
  const block = layoutTextBlock({
    text: ctx.fill(el.text),
    metrics: ctx.fonts.metrics(font),
    size: el.fontSize ?? d.fontSize,
    lineHeight: el.lineHeight ?? d.lineHeight,
    letterSpacing,
    width: el.width,
    height: el.height,
    align: el.align ?? d.align,
    verticalAlign: el.verticalAlign ?? d.verticalAlign,
    wrap: el.wrap ?? d.wrap,
    shrinkToFit: el.shrinkToFit ?? d.shrinkToFit,
  });
  const fill = colour(el.fill, ctx, d.fill) ?? { r: 0, g: 0, b: 0, a: 0 };
  return { ...base, kind: 'text', font, size: block.size, colour: fill, letterSpacing, lines: block.lines, overflow: block.overflow };
}

function imageItem(ref: string | undefined, box: { x: number; y: number; width: number; height: number }, fit: ImageFit, ctx: ElementContext, base: Base): ImageItem[] {
  const asset = ctx.asset(ref);
  if (!asset || box.width <= 0 || box.height <= 0) return [];
  return [{ ...base, kind: 'image', asset, box, place: placeImage(box, ctx.imageSize(asset), fit) }];
}

/**
 * A signature: the signature image above a rule, and the signer's name or role under it, all inside the
 * element's box so that moving or resizing the box moves all three.
 */
function signatureItems(el: Extract<TemplateElement, { type: 'signature' }>, ctx: ElementContext, base: Base): DrawItem[] {
  const captionSize = Math.max(6, Math.min(12, el.height * 0.16));
  const captionHeight = el.signer ? captionSize * 1.4 : 0;
  const ruleY = el.height - captionHeight - (el.signer ? 2 : 0.5);
  const items: DrawItem[] = imageItem(el.asset, { x: 0, y: 0, width: el.width, height: Math.max(0, ruleY - 2) }, 'contain', ctx, base);
  items.push({ ...base, kind: 'path', path: [['M', 0, ruleY], ['L', el.width, ruleY]], stroke: parseColour(SIGNATURE_CAPTION_COLOUR), strokeWidth: 0.75 });
  if (el.signer) {
    const caption = { text: el.signer, fontSize: captionSize, fill: SIGNATURE_CAPTION_COLOUR, align: 'center' as const, width: el.width, height: captionHeight, wrap: false, shrinkToFit: true };
    const text = textItem(caption, ctx, base);
    items.push({ ...text, lines: text.lines.map((l) => ({ ...l, baseline: l.baseline + el.height - captionHeight })) });
  }
  return items;
}

/** The draw items of one element, in its own coordinates; hidden elements draw nothing. */
export function elementItems(el: TemplateElement, ctx: ElementContext): DrawItem[] {
  if (el.hidden) return [];
  const base: Base = { elementId: el.id, transform: elementMatrix(el.x, el.y, el.rotation), opacity: el.opacity ?? 1 };
  const { width: w, height: h } = el;
  switch (el.type) {
    case 'text':
      return [textItem(el, ctx, base)];
    case 'image':
      return imageItem(el.asset, { x: 0, y: 0, width: w, height: h }, el.fit ?? 'contain', ctx, base);
    case 'signature':
      return signatureItems(el, ctx, base);
    case 'rect':
      return pathItem(el, rectPath(0, 0, w, h, el.cornerRadius), ctx, base);
    case 'ellipse':
      return pathItem(el, ellipsePath(0, 0, w, h), ctx, base);
    case 'star':
      return pathItem(el, starPath(0, 0, w, h, el.points ?? SHAPE_DEFAULTS.starPoints, el.innerRatio ?? SHAPE_DEFAULTS.starInnerRatio), ctx, base);
    case 'polygon':
      return pathItem(el, regularPolygonPath(0, 0, w, h, el.sides ?? SHAPE_DEFAULTS.polygonSides), ctx, base);
    case 'line': {
      const stroke = colour(el.stroke, ctx, SHAPE_DEFAULTS.lineStroke);
      const strokeWidth = el.strokeWidth ?? SHAPE_DEFAULTS.strokeWidth;
      if (!stroke || strokeWidth === 0) return [];
      return [{ ...base, kind: 'path', path: [['M', 0, 0], ['L', w, h]], stroke, strokeWidth, dash: el.dash?.length ? el.dash : undefined }];
    }
    case 'qr': {
      const size = Math.min(w, h);
      const background = colour(el.background, ctx, QR_DEFAULTS.background);
      const items: DrawItem[] = background ? [{ ...base, kind: 'path', path: rectPath(0, 0, w, h), fill: background, strokeWidth: 0 }] : [];
      const dark = colour(el.fill, ctx, QR_DEFAULTS.fill);
      if (dark && size > 0) items.push({ ...base, kind: 'path', path: qrGeometry(ctx.fill(el.text ?? QR_DEFAULTS.text), (w - size) / 2, (h - size) / 2, size).path, fill: dark, strokeWidth: 0 });
      return items;
    }
    default:
      return assertNever(el, 'element type');
  }
}
