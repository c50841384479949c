import type fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFRawStream, type PDFFont, type PDFName, type PDFPage, type PDFRef } from 'pdf-lib';
import type { FontKey } from '../fonts';
import type { FontSet } from '../fontSet';
import type { DrawItem, ImageItem, Layout, TextItem } from '../layout/drawList';
import { rectPath } from '../layout/shapePaths';
import { fixTrueTypeSubsetting } from './fontkitSubsetFix';
import { encodeSubsetsAtOnce } from './fontkitSubsetEncoding';
import { clipText, concat, flipPage, paintedPathText, textRunText } from './pdfContent';

/**
 * An image ready to embed. A JPEG goes in as it is (PDF draws JPEG natively). Anything else (PNG, an SVG
 * rasterised for print) arrives as its pixels, already zlib-compressed by the caller: compressing is the
 * costly part, and a batch of a thousand certificates then does it once per image, not once per file.
 */
export type PdfImage =
  | { format: 'jpeg'; bytes: Uint8Array }
  | {
      format: 'pixels';
      width: number;
      height: number;
      /** RGB, 8 bits a channel, zlib-compressed (FlateDecode). */
      rgb: Uint8Array;
      /** Alpha, 8 bits, zlib-compressed; absent for an opaque image. */
      alpha?: Uint8Array;
    };

export interface PdfRenderOptions {
  fonts: FontSet;
  images: ReadonlyMap<string, PdfImage>;
  title?: string;
  /**
   * zlib compression for the streams pdf-lib compresses (the font subsets) and the page's content. Node
   * passes its native zlib: pdf-lib's JavaScript deflate took a third of a certificate's time. Without it,
   * pdf-lib's own.
   */
  deflate?: (bytes: Uint8Array) => Uint8Array;
}

/**
 * A deterministic six-letter subset tag per font (PDF 32000 §9.6.4: `ABCDEF+Name`), so viewers and
 * `pdffonts` know the font is a subset, and the same input gives the same bytes.
 */
function subsetTag(key: string): string {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++, h = Math.floor(h / 26)) tag += String.fromCharCode(65 + (h % 26));
  return tag;
}

/** What one document has embedded so far: each font and image once, each opacity state once. */
class Embedded {
  private readonly fonts = new Map<FontKey, { font: PDFFont; name: PDFName }>();
  private readonly images = new Map<string, { name: PDFName } | null>();
  private readonly states = new Map<string, PDFName>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly page: PDFPage,
    private readonly options: PdfRenderOptions,
  ) {}

  async font(key: FontKey) {
    let entry = this.fonts.get(key);
    if (!entry) {
      const parsed = this.options.fonts.parsed(key);
      fixTrueTypeSubsetting(parsed);
      encodeSubsetsAtOnce(parsed);
      const postscript = parsed.postscriptName ?? key.replace(/\W/g, '');
      const font = await this.doc.embedFont(this.options.fonts.bytes(key), { subset: true, customName: `${subsetTag(key)}+${postscript}` });
      entry = { font, name: this.page.node.newFontDictionary(font.name, font.ref) };
      this.fonts.set(key, entry);
    }
    return entry;
  }

  async image(asset: string) {
    if (!this.images.has(asset)) {
      const source = this.options.images.get(asset);
      const ref = source && (source.format === 'jpeg' ? (await this.doc.embedJpg(source.bytes)).ref : this.pixels(source));
      this.images.set(asset, ref ? { name: this.page.node.newXObject('Image', ref) } : null);
    }
    return this.images.get(asset)!;
  }

  /** An image XObject over pixels compressed by the caller, with its alpha as a soft mask. */
  private pixels(source: Extract<PdfImage, { format: 'pixels' }>): PDFRef {
    const { context } = this.doc;
    const stream = (colourSpace: string, data: Uint8Array, extra: Record<string, PDFRef> = {}) =>
      context.register(
        PDFRawStream.of(
          context.obj({ Type: 'XObject', Subtype: 'Image', Width: source.width, Height: source.height, ColorSpace: colourSpace, BitsPerComponent: 8, Filter: 'FlateDecode', ...extra }),
          data,
        ),
      );
    const mask = source.alpha && stream('DeviceGray', source.alpha);
    return stream('DeviceRGB', source.rgb, mask ? { SMask: mask } : {});
  }

  /** The graphics state of a fill alpha and a stroke alpha, each rounded to thousandths. */
  opacity(fill: number, stroke: number): PDFName {
    const [ca, CA] = [Math.round(fill * 1000) / 1000, Math.round(stroke * 1000) / 1000];
    const key = `${ca} ${CA}`;
    let name = this.states.get(key);
    if (!name) {
      name = this.page.node.newExtGState('GS', this.doc.context.obj({ Type: 'ExtGState', ca, CA }));
      this.states.set(key, name);
    }
    return name;
  }
}

async function textItemContent(item: TextItem, embedded: Embedded, fonts: FontSet): Promise<string> {
  if (item.colour.a === 0 || item.lines.length === 0) return '';
  const { font, name } = await embedded.font(item.font);
  const metrics = fonts.metrics(item.font);
  return textRunText({
    fontName: name.asString(),
    size: item.size,
    colour: item.colour,
    letterSpacing: item.letterSpacing,
    unitsPerEm: metrics.unitsPerEm,
    lines: item.lines,
    encode: (text) => font.encodeText(text).asString(),
    shape: (text) => metrics.shape(text),
  });
}

async function imageItemContent(item: ImageItem, embedded: Embedded): Promise<string> {
  const entry = await embedded.image(item.asset);
  if (!entry) return '';
  const { box, place } = item;
  // Image space is the unit square, y up: scale it to the placement and flip it into the y-down page.
  return clipText(rectPath(box.x, box.y, box.width, box.height)) + concat([place.width, 0, 0, -place.height, place.x, place.y + place.height]) + `${entry.name.asString()} Do\n`;
}

async function itemContent(item: DrawItem, embedded: Embedded, options: PdfRenderOptions): Promise<string> {
  const body = item.kind === 'path' ? paintedPathText(item) : item.kind === 'text' ? await textItemContent(item, embedded, options.fonts) : await imageItemContent(item, embedded);
  if (body === '') return '';
  // Colours carry their own alpha too; each multiplies into the element's opacity, as on the canvas.
  const fill = item.opacity * (item.kind === 'path' ? (item.fill?.a ?? 1) : item.kind === 'text' ? item.colour.a : 1);
  const stroke = item.opacity * (item.kind === 'path' ? (item.stroke?.a ?? 1) : 1);
  const state = fill < 1 || stroke < 1 ? `${embedded.opacity(fill, stroke).asString()} gs\n` : '';
  return `q\n${concat(item.transform)}${state}${body}Q\n`;
}

/** Content streams are ASCII (names, numbers, hex strings): one byte per character, as pdf-lib reads strings. */
function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const fontKeysOf = (layout: Layout) => new Set(layout.items.flatMap((item) => (item.kind === 'text' ? [item.font] : [])));

/**
 * Writes a layout as a one-page PDF (DESIGN §4): the page in points, text as real text in embedded font
 * subsets, every path (the QR code included) as one path with one painting operator, images embedded.
 * No dates or random names go in, so the same input gives the same bytes.
 */
export async function renderPdf(layout: Layout, options: PdfRenderOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const { context } = doc;
  const { deflate } = options;
  if (deflate) {
    // The same as PDFContext.flateStream, with the caller's zlib.
    context.flateStream = (contents, dict = {}) => context.stream(deflate(typeof contents === 'string' ? asciiBytes(contents) : contents), { ...dict, Filter: 'FlateDecode' });
  }
  // pdf-lib asks fontkit to parse the bytes it embeds: hand it the font the layout was measured with,
  // parsed once per process, rather than parse 300 KB again for every document of a batch.
  const parsedByBytes = new Map<Uint8Array, fontkit.Font>();
  for (const key of fontKeysOf(layout)) parsedByBytes.set(options.fonts.bytes(key), options.fonts.parsed(key));
  doc.registerFontkit({ create: (bytes: Uint8Array) => parsedByBytes.get(bytes) } as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  doc.setProducer('Laurel Studio');
  doc.setCreator('Laurel Studio');
  if (options.title) doc.setTitle(options.title);
  const page = doc.addPage([layout.width, layout.height]);
  const embedded = new Embedded(doc, page, options);
  let content = `q\n${flipPage(layout.height)}`;
  if (layout.clip) content += clipText(layout.clip);
  for (const item of layout.items) content += await itemContent(item, embedded, options);
  content += 'Q\n';
  page.node.addContentStream(context.register(context.flateStream(content)));
  // objectsPerTick: pdf-lib otherwise yields to the event loop every 50 objects, which costs more than writing them.
  return doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

