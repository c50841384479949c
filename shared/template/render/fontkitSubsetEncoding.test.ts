import fontkit from '@pdf-lib/fontkit';
import zlib from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../../../electron/render/bundledFonts';
import { fontKeyFor } from '../fonts';
import { IDENTITY, type Layout } from '../layout/drawList';
import { layoutTextBlock } from '../layout/textBlock';
import { renderPdf } from './pdf';

const fonts = bundledFonts();
const inter = fontKeyFor('Inter');

function textPage(text: string): Layout {
  const metrics = fonts.metrics(inter);
  const block = layoutTextBlock({ text, metrics, size: 24, lineHeight: 1.2, letterSpacing: 0, width: 400, height: 100, align: 'left', verticalAlign: 'top', wrap: true, shrinkToFit: false });
  const colour = { r: 0, g: 0, b: 0, a: 1 };
  return { width: 420, height: 120, items: [{ kind: 'text', elementId: 'text', transform: IDENTITY, opacity: 1, font: inter, size: block.size, colour, letterSpacing: 0, lines: block.lines, overflow: false }] };
}

const render = (text: string) => renderPdf(textPage(text), { fonts, images: new Map() });

/** The glyph count of the one font program a PDF embeds. */
async function embeddedGlyphCount(pdf: Uint8Array): Promise<number> {
  const doc = await PDFDocument.load(pdf);
  const descriptors = doc.context.enumerateIndirectObjects().flatMap(([, o]) => (o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor') ? [o] : []));
  expect(descriptors).toHaveLength(1);
  const file = doc.context.lookup(descriptors[0]!.get(PDFName.of('FontFile2')));
  expect(file).toBeInstanceOf(PDFRawStream);
  return fontkit.create(zlib.inflateSync((file as PDFRawStream).contents)).numGlyphs;
}

describe('font subsets in a PDF', () => {
  it('are written without waiting on a timer (fontkit starts each one on setTimeout)', async () => {
    let timerRan = false;
    const timer = setTimeout(() => (timerRan = true), 0);
    await render('Written at once');
    clearTimeout(timer);
    expect(timerRan).toBe(false);
  });

  it('are encoded once per glyph set, and a different text gets its own', async () => {
    const first = await render('Ada Lovelace');
    const other = await render('Grace Hopper');
    expect(Buffer.compare(await render('Ada Lovelace'), first)).toBe(0);
    // Each subset holds its text's distinct glyphs and glyph 0, whatever was encoded before it.
    const glyphs = (text: string) => new Set(fonts.metrics(inter).shape(text).map((g) => g.id).concat(0)).size;
    expect(await embeddedGlyphCount(first)).toBe(glyphs('Ada Lovelace'));
    expect(await embeddedGlyphCount(other)).toBe(glyphs('Grace Hopper'));
  });
});
