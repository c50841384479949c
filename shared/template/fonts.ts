/**
 * The bundled fonts (resources/fonts/, DESIGN §4): the only fonts a template can use, so nothing is fetched
 * and every end (the page, Node, the PDF) draws with the same bytes. Both ends load files by these names.
 */
export const FONT_FAMILIES = ['Inter', 'Playfair Display', 'Great Vibes'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

export type FontWeight = 400 | 700;

/** A font file's vertical metrics: `unitsPerEm` from its `head` table, the rest from `hhea`, as fontkit reads them. */
export interface VerticalMetrics {
  unitsPerEm: number;
  ascent: number;
  /** Positive: the distance below the baseline. */
  descent: number;
  lineGap: number;
}

export interface BundledFont {
  family: FontFamily;
  weight: FontWeight;
  italic: boolean;
  /** The file in resources/fonts/. */
  file: string;
  /**
   * The file's own figures, written here so the editor can lay text out without reading the file's bytes
   * (the page lets the browser load the face; a test holds these to fontkit's reading of each file).
   */
  vertical: VerticalMetrics;
}

const INTER: VerticalMetrics = { unitsPerEm: 2048, ascent: 1984, descent: 494, lineGap: 0 };
const PLAYFAIR: VerticalMetrics = { unitsPerEm: 1000, ascent: 1082, descent: 251, lineGap: 0 };
const GREAT_VIBES: VerticalMetrics = { unitsPerEm: 1000, ascent: 851, descent: 401, lineGap: 0 };

export const BUNDLED_FONTS: readonly BundledFont[] = [
  { family: 'Inter', weight: 400, italic: false, file: 'Inter-Regular.ttf', vertical: INTER },
  { family: 'Inter', weight: 400, italic: true, file: 'Inter-Italic.ttf', vertical: INTER },
  { family: 'Inter', weight: 700, italic: false, file: 'Inter-Bold.ttf', vertical: INTER },
  { family: 'Inter', weight: 700, italic: true, file: 'Inter-BoldItalic.ttf', vertical: INTER },
  { family: 'Playfair Display', weight: 400, italic: false, file: 'PlayfairDisplay-Regular.ttf', vertical: PLAYFAIR },
  { family: 'Playfair Display', weight: 400, italic: true, file: 'PlayfairDisplay-Italic.ttf', vertical: PLAYFAIR },
  { family: 'Playfair Display', weight: 700, italic: false, file: 'PlayfairDisplay-Bold.ttf', vertical: PLAYFAIR },
  { family: 'Great Vibes', weight: 400, italic: false, file: 'GreatVibes-Regular.ttf', vertical: GREAT_VIBES },
];

/** Names one bundled font file; the layout, the renderers and the font loaders all key fonts by it. */
export type FontKey = string;

export const DEFAULT_FONT_FAMILY: FontFamily = 'Inter';

export const isFontFamily = (name: string): name is FontFamily => (FONT_FAMILIES as readonly string[]).includes(name);

/**
 * The bundled font that draws `family` at `weight` and style: the exact one, else the same weight upright,
 * else the family's regular, else Inter. A template saved with a family Laurel does not bundle still
 * renders, in Inter, rather than failing an export.
 */
export function fontFor(family: string, weight: FontWeight = 400, italic = false): BundledFont {
  const name: FontFamily = isFontFamily(family) ? family : DEFAULT_FONT_FAMILY;
  const ofFamily = BUNDLED_FONTS.filter((f) => f.family === name);
  return (
    ofFamily.find((f) => f.weight === weight && f.italic === italic) ??
    ofFamily.find((f) => f.weight === weight && !f.italic) ??
    ofFamily.find((f) => f.weight === 400 && f.italic === italic) ??
    ofFamily.find((f) => f.weight === 400 && !f.italic)!
  );
}

/** The key of the font file that draws this family, weight and style (see `fontFor`). */
export const fontKeyFor = (family: string, weight: FontWeight = 400, italic = false): FontKey => fontFor(family, weight, italic).file;
