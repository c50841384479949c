import type { FontMetrics } from '../fontMetrics';
import type { TextLine } from './drawList';

export interface TextBlockInput {
  /** Fields already filled. */
  text: string;
  metrics: FontMetrics;
  size: number;
  /** A multiple of the size, as in Konva. */
  lineHeight: number;
  letterSpacing: number;
  width: number;
  height: number;
  align: 'left' | 'center' | 'right';
  verticalAlign: 'top' | 'middle' | 'bottom';
  wrap: boolean;
  shrinkToFit: boolean;
}

export interface TextBlock {
  size: number;
  lines: TextLine[];
  overflow: boolean;
}

/** The smallest size shrink-to-fit goes to; below it text is unreadable on paper anyway. */
export const MIN_SHRINK_SIZE = 4;
/** Steps of the shrink search; 2^-14 of the range is far below a visible difference. */
const SHRINK_STEPS = 14;
/** Widths are sums of floats: a line that fits exactly must not wrap because of the last bit. */
const EPSILON = 1e-6;

interface Wrapped {
  lines: string[];
  /** A word was wider than the box and had to be broken inside. */
  brokeWord: boolean;
  widest: number;
}

/** Splits a word too wide for the box into pieces that fit, at code points. */
function breakWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece !== '' && !fits(piece + ch)) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Greedy line breaking at spaces, measured with the real advances: what fits goes on the line. */
function wrapParagraph(paragraph: string, width: (text: string) => number, maxWidth: number, out: Wrapped): void {
  const fits = (text: string) => width(text) <= maxWidth + EPSILON;
  let line = '';
  // A paragraph's leading spaces are kept (indentation); spaces between words collapse into the break.
  for (const [, space, word] of paragraph.matchAll(/(\s*)(\S+)/g)) {
    // On an empty line `space` is the paragraph's indentation; a break is never followed by one.
    const candidate = line + space + word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') out.lines.push(line);
    if (fits(word!)) {
      line = word!;
      continue;
    }
    out.brokeWord = true;
    const pieces = breakWord(word!, fits);
    out.lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
  }
  out.lines.push(line);
}

function wrapText(input: TextBlockInput, size: number): Wrapped {
  const width = (text: string) => input.metrics.advanceWidth(text, size, input.letterSpacing);
  const out: Wrapped = { lines: [], brokeWord: false, widest: 0 };
  for (const paragraph of input.text.normalize('NFC').replace(/\t/g, ' ').split(/\r\n|\r|\n/)) {
    if (!input.wrap) out.lines.push(paragraph);
    else wrapParagraph(paragraph, width, input.width, out);
  }
  for (const line of out.lines) out.widest = Math.max(out.widest, width(line));
  return out;
}

function fitsBox(input: TextBlockInput, size: number): boolean {
  const wrapped = wrapText(input, size);
  return !wrapped.brokeWord && wrapped.widest <= input.width + EPSILON && wrapped.lines.length * size * input.lineHeight <= input.height + EPSILON;
}

/** The largest size not above the element's that fits the box, found by bisection (the same steps everywhere). */
function shrunkSize(input: TextBlockInput): number {
  if (fitsBox(input, input.size)) return input.size;
  let lo = Math.min(MIN_SHRINK_SIZE, input.size);
  let hi = input.size;
  for (let i = 0; i < SHRINK_STEPS; i++) {
    const mid = (lo + hi) / 2;
    if (fitsBox(input, mid)) lo = mid;
    else hi = mid;
  }
  // Hundredths of a point: stable numbers in files and tests, and no visible step.
  return Math.floor(lo * 100) / 100;
}

/**
 * Lays out a text element's lines in its box: wraps at the box width (or one line per paragraph), shrinks
 * the size until the text fits when asked, aligns each line, and puts baselines so the font's ascent and
 * descent sit centred in each line (as Konva centres a line in its line height).
 */
export function layoutTextBlock(input: TextBlockInput): TextBlock {
  const size = input.shrinkToFit ? shrunkSize(input) : input.size;
  const { lines: texts, widest } = wrapText(input, size);
  const m = input.metrics;
  const scale = size / m.unitsPerEm;
  const lineHeight = size * input.lineHeight;
  const blockHeight = texts.length * lineHeight;
  const top = input.verticalAlign === 'top' ? 0 : input.verticalAlign === 'middle' ? (input.height - blockHeight) / 2 : input.height - blockHeight;
  const firstBaseline = top + (lineHeight - (m.ascent + m.descent) * scale) / 2 + m.ascent * scale;

  const lines = texts.map((text, i): TextLine => {
    const glyphs: { id: number; x: number }[] = [];
    let pen = 0;
    for (const g of m.shape(text)) {
      glyphs.push({ id: g.id, x: pen });
      pen += g.advance * scale + input.letterSpacing;
    }
    const width = glyphs.length === 0 ? 0 : pen - input.letterSpacing;
    const x = input.align === 'left' ? 0 : input.align === 'center' ? (input.width - width) / 2 : input.width - width;
    return { text, x, baseline: firstBaseline + i * lineHeight, width, glyphs };
  });
  const overflow = blockHeight > input.height + EPSILON || widest > input.width + EPSILON;
  return { size, lines, overflow };
}
