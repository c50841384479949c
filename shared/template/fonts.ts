/**
 * The bundled fonts (resources/fonts/, DESIGN §4): the only fonts a template can use, so nothing is fetched
 * and every end (the page, Node, the PDF) draws with the same bytes. Both ends load files by these names.
 */
export const FONT_FAMILIES = ['Inter', 'Playfair Display', 'Great Vibes'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

export type FontWeight = 400 | 700;

export interface BundledFont {
  family: FontFamily;
  weight: FontWeight;
  italic: boolean;
  /** The file in resources/fonts/. */
  file: string;
}

export const BUNDLED_FONTS: readonly BundledFont[] = [
  { family: 'Inter', weight: 400, italic: false, file: 'Inter-Regular.ttf' },
  { family: 'Inter', weight: 400, italic: true, file: 'Inter-Italic.ttf' },
  { family: 'Inter', weight: 700, italic: false, file: 'Inter-Bold.ttf' },
  { family: 'Inter', weight: 700, italic: true, file: 'Inter-BoldItalic.ttf' },
  { family: 'Playfair Display', weight: 400, italic: false, file: 'PlayfairDisplay-Regular.ttf' },
  { family: 'Playfair Display', weight: 400, italic: true, file: 'PlayfairDisplay-Italic.ttf' },
  { family: 'Playfair Display', weight: 700, italic: false, file: 'PlayfairDisplay-Bold.ttf' },
  { family: 'Great Vibes', weight: 400, italic: false, file: 'GreatVibes-Regular.ttf' },
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
