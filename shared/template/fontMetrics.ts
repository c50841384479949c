import fontkit from '@pdf-lib/fontkit';
import type { FontKey } from './fonts';
import type { PathOp } from './layout/shapePaths';

/** One glyph of a shaped run, in font units. */
export interface ShapedGlyph {
  id: number;
  /** How far the pen moves after this glyph, kerning included. */
  advance: number;
  /** The glyph's own advance width: what a PDF's widths array holds for it. */
  width: number;
}

/**
 * What layout needs to know of a font, from its real tables (DESIGN §4: text is wrapped with the real font
 * metrics). One implementation, over fontkit and the bundled bytes, serves the page and Node alike, so
 * both wrap a text into the same lines.
 */
export interface FontMetrics {
  readonly key: FontKey;
  readonly unitsPerEm: number;
  /** Above the baseline, font units, positive. */
  readonly ascent: number;
  /** Below the baseline, font units, positive. */
  readonly descent: number;
  readonly lineGap: number;
  /** Shapes one line: the glyphs the font draws for it, with kerned advances. */
  shape(text: string): readonly ShapedGlyph[];
  /** The width in points of `text` at `size`, with `letterSpacing` points between glyphs. */
  advanceWidth(text: string, size: number, letterSpacing?: number): number;
  /** A glyph's outline in font units, y up. */
  glyphOutline(id: number): readonly PathOp[];
}

export interface FontMetricsProvider {
  metrics(key: FontKey): FontMetrics;
}

/** The parts of a fontkit Font used here; its typings leave the outline commands out. */
interface FontkitPath {
  commands: { command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'; args: number[] }[];
}

/** Shaped runs kept per font; a batch of personalised files reshapes the same few lines again and again. */
const SHAPE_CACHE_LIMIT = 4000;

/**
 * Parses a font once; callers keep the result. Its `layout` answers repeated lines from a cache: layout
 * shapes each line, and pdf-lib's encoder shapes the same line again to find its glyphs, and shaping
 * (OpenType lookups in JavaScript) is the costly part of both.
 */
export function parseFont(bytes: Uint8Array): fontkit.Font {
  const font = fontkit.create(bytes);
  const layout = font.layout.bind(font);
  const runs = new Map<string, fontkit.GlyphRun>();
  font.layout = (text, features) => {
    if (features !== undefined) return layout(text, features);
    let run = runs.get(text);
    if (!run) {
      run = layout(text);
      if (runs.size >= SHAPE_CACHE_LIMIT) runs.clear();
      runs.set(text, run);
    }
    return run;
  };
  return font;
}

function outlineOf(path: FontkitPath): PathOp[] {
  const ops: PathOp[] = [];
  for (const { command, args: a } of path.commands) {
    if (command === 'moveTo') ops.push(['M', a[0]!, a[1]!]);
    else if (command === 'lineTo') ops.push(['L', a[0]!, a[1]!]);
    else if (command === 'quadraticCurveTo') ops.push(['Q', a[0]!, a[1]!, a[2]!, a[3]!]);
    else if (command === 'bezierCurveTo') ops.push(['C', a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!]);
    else ops.push(['Z']);
  }
  return ops;
}

/** FontMetrics over a fontkit font (see `parseFont`). */
export function fontkitMetrics(key: FontKey, font: fontkit.Font): FontMetrics {
  const shapes = new Map<string, readonly ShapedGlyph[]>();
  const outlines = new Map<number, readonly PathOp[]>();
  const shape = (text: string): readonly ShapedGlyph[] => {
    let run = shapes.get(text);
    if (run) return run;
    // fontkit's default features, as pdf-lib's encoder uses them, so the PDF holds the very same glyphs.
    const { glyphs, positions } = font.layout(text);
    run = glyphs.map((g, i) => ({ id: g.id, advance: positions[i]!.xAdvance, width: g.advanceWidth }));
    if (shapes.size >= SHAPE_CACHE_LIMIT) shapes.clear();
    shapes.set(text, run);
    return run;
  };
  return {
    key,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: Math.abs(font.descent),
    lineGap: font.lineGap,
    shape,
    advanceWidth(text, size, letterSpacing = 0) {
      const run = shape(text);
      let units = 0;
      for (const g of run) units += g.advance;
      return (units * size) / font.unitsPerEm + letterSpacing * Math.max(0, run.length - 1);
    },
    glyphOutline(id) {
      let ops = outlines.get(id);
      if (!ops) {
        ops = outlineOf(font.getGlyph(id).path as unknown as FontkitPath);
        outlines.set(id, ops);
      }
      return ops;
    },
  };
}
