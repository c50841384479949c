import type { FontMetrics, ShapedGlyph } from '../../../shared/template/fontMetrics';
import type { BundledFont } from '../../../shared/template/fonts';

/**
 * Font metrics for the editor's canvas: the shared text layout (the same line breaking, shrinking and
 * baselines the export uses) measured with the page's own text engine on the bundled font faces, and
 * the font file's vertical metrics from the font catalogue (fonts.ts), which are fontkit's.
 *
 * Why not fontkit here: shaping every candidate line with fontkit cost ~0.5 ms a text when a 500-element
 * template opened (and its 600 kB made the editor's chunk twice as slow to start). Chromium measures the
 * same font with kerning in microseconds; breaks can differ from the export only where a line fits its
 * box to within a hair.
 */
const EM = 1000;

const CACHE_LIMIT = 8000;

export function canvasFontMetrics(font: BundledFont): FontMetrics {
  const { vertical } = font;
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
