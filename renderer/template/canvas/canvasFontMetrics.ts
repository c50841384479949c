import type { FontMetrics, ShapedGlyph } from '../../../shared/template/fontMetrics';
import type { BundledFont } from '../../../shared/template/fonts';

/**
 * Font metrics for the editor's canvas: the shared text layout (the same line breaking, shrinking and
 * baselines the export uses) measured with the page's own text engine on the bundled font faces, and
 * the font file's vertical metrics read from its `hhea` table, exactly as fontkit reads them.
 *
 * Why not fontkit here: shaping every candidate line with fontkit cost ~0.5 ms a text when a 500-element
 * template opened (and its 600 kB made the editor's chunk twice as slow to start). Chromium measures the
 * same font with kerning in microseconds; breaks can differ from the export only where a line fits its
 * box to within a hair.
 */
const EM = 1000;

interface VerticalMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
}

/** unitsPerEm from `head`, ascender, descender and line gap from `hhea` (fontkit's `ascent`, `descent`, `lineGap`). */
export function readVerticalMetrics(bytes: Uint8Array): VerticalMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(bytes[record]!, bytes[record + 1]!, bytes[record + 2]!, bytes[record + 3]!);
    tables.set(tag, view.getUint32(record + 8));
  }
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  if (head === undefined || hhea === undefined) throw new Error('Not a TrueType font: no head or hhea table');
  return { unitsPerEm: view.getUint16(head + 18), ascent: view.getInt16(hhea + 4), descent: Math.abs(view.getInt16(hhea + 6)), lineGap: view.getInt16(hhea + 8) };
}

const CACHE_LIMIT = 8000;

export function canvasFontMetrics(font: BundledFont, vertical: VerticalMetrics): FontMetrics {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${font.italic ? 'italic ' : ''}${font.weight} ${EM}px "${font.family}"`;
  context.fontKerning = 'normal';
  const widths = new Map<string, number>();
  /** The width of `text` in units of a 1000-unit em. */
  const measure = (text: string) => {
    let w = widths.get(text);
    if (w === undefined) {
      w = context.measureText(text).width;
      if (widths.size >= CACHE_LIMIT) widths.clear();
      widths.set(text, w);
    }
    return w;
  };
  // The layout's glyph scale is size / unitsPerEm: express advances in the font's own units.
  const toUnits = vertical.unitsPerEm / EM;
  return {
    key: font.file,
    ...vertical,
    /** One pseudo-glyph per code point; the last carries the kerning, so the line is as wide as the browser draws it. */
    shape(text: string): readonly ShapedGlyph[] {
      const points = [...text];
      let sum = 0;
      const glyphs = points.map((ch) => {
        const advance = measure(ch) * toUnits;
        sum += advance;
        return { id: 0, advance, width: advance };
      });
      if (glyphs.length) glyphs[glyphs.length - 1]!.advance += measure(text) * toUnits - sum;
      return glyphs;
    },
    advanceWidth(text: string, size: number, letterSpacing = 0) {
      return (measure(text) * size) / EM + letterSpacing * Math.max(0, [...text].length - 1);
    },
    glyphOutline: () => [],
  };
}
