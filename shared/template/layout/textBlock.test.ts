import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../../../electron/render/bundledFonts';
import { fontKeyFor } from '../fonts';
import { layoutTextBlock, MIN_SHRINK_SIZE, type TextBlockInput } from './textBlock';

const fonts = bundledFonts();
const inter = fonts.metrics(fontKeyFor('Inter'));
const block = (over: Partial<TextBlockInput>) =>
  layoutTextBlock({ text: '', metrics: inter, size: 20, lineHeight: 1.2, letterSpacing: 0, width: 300, height: 200, align: 'left', verticalAlign: 'top', wrap: true, shrinkToFit: false, ...over });

const SENTENCE = 'Can query, model, visualise and analyse business data end to end, with SQL, spreadsheets and Python.';

describe('text measured with the real font', () => {
  it('applies the font’s kerning: “AV” is narrower than “A” and “V” apart', () => {
    expect(inter.advanceWidth('AV', 100)).toBeLessThan(inter.advanceWidth('A', 100) + inter.advanceWidth('V', 100));
  });

  it('adds letter spacing between glyphs, not after the last', () => {
    const plain = inter.advanceWidth('Laurel', 20);
    expect(inter.advanceWidth('Laurel', 20, 3)).toBeCloseTo(plain + 3 * 5, 6);
    const line = block({ text: 'Laurel', letterSpacing: 3 }).lines[0]!;
    expect(line.width).toBeCloseTo(plain + 15, 6);
    expect(line.glyphs[1]!.x - line.glyphs[0]!.x).toBeCloseTo((inter.shape('Laurel')[0]!.advance * 20) / inter.unitsPerEm + 3, 6);
  });
});

describe('wrapping', () => {
  it('breaks greedily at spaces: every line fits, and the next word would not', () => {
    const { lines } = block({ text: SENTENCE, width: 220 });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((l) => l.text).join(' ')).toBe(SENTENCE);
    lines.forEach((line, i) => {
      expect(line.width).toBeLessThanOrEqual(220);
      const next = lines[i + 1];
      if (next) expect(inter.advanceWidth(`${line.text} ${next.text.split(' ')[0]}`, 20)).toBeGreaterThan(220);
    });
  });

  it('keeps explicit line breaks and empty lines, and puts baselines a line height apart', () => {
    const { lines } = block({ text: 'One\n\nThree' });
    expect(lines.map((l) => l.text)).toEqual(['One', '', 'Three']);
    expect(lines[1]!.baseline - lines[0]!.baseline).toBeCloseTo(24, 6);
    expect(lines[2]!.baseline - lines[0]!.baseline).toBeCloseTo(48, 6);
  });

  it('breaks a word longer than the box inside it, rather than overflow', () => {
    const { lines } = block({ text: 'https://verify.northwind.example.edu/c/2f9c1c1e-8f0a-4c53', width: 120 });
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120);
    expect(lines.map((l) => l.text).join('')).toBe('https://verify.northwind.example.edu/c/2f9c1c1e-8f0a-4c53');
  });

  it('without wrap, gives one line per paragraph and reports the overflow', () => {
    const result = block({ text: SENTENCE, width: 100, wrap: false });
    expect(result.lines).toHaveLength(1);
    expect(result.overflow).toBe(true);
  });
});

describe('alignment', () => {
  it('puts lines left, centred or right in the box', () => {
    const left = block({ text: 'Alex Morgan' }).lines[0]!;
    const centre = block({ text: 'Alex Morgan', align: 'center' }).lines[0]!;
    const right = block({ text: 'Alex Morgan', align: 'right' }).lines[0]!;
    expect(left.x).toBe(0);
    expect(centre.x).toBeCloseTo((300 - centre.width) / 2, 6);
    expect(right.x + right.width).toBeCloseTo(300, 6);
  });

  it('puts the block at the top, middle or bottom of the box', () => {
    const top = block({ text: 'A' }).lines[0]!.baseline;
    const middle = block({ text: 'A', verticalAlign: 'middle' }).lines[0]!.baseline;
    const bottom = block({ text: 'A', verticalAlign: 'bottom' }).lines[0]!.baseline;
    expect(middle - top).toBeCloseTo((200 - 24) / 2, 6);
    expect(bottom - top).toBeCloseTo(200 - 24, 6);
  });

  it('centres the font’s ascent and descent in the line height', () => {
    const line = block({ text: 'A', lineHeight: 2 }).lines[0]!;
    const s = 20 / inter.unitsPerEm;
    expect(line.baseline - inter.ascent * s).toBeCloseTo(40 - (line.baseline + inter.descent * s), 6);
  });
});

describe('shrink to fit', () => {
  it('keeps the size when the text fits', () => {
    expect(block({ text: 'Alex Morgan', shrinkToFit: true }).size).toBe(20);
  });

  it('shrinks a long name until it fits one line of the box, and only as much as needed', () => {
    const input = { text: 'Maximiliana Alessandra Featherstonehaugh-Cholmondeley', width: 300, height: 30, wrap: false, shrinkToFit: true, size: 30 };
    const { size, lines, overflow } = block(input);
    expect(size).toBeLessThan(30);
    expect(overflow).toBe(false);
    expect(lines[0]!.width).toBeLessThanOrEqual(300);
    // A hundredth of a point more and it would not fit.
    expect(inter.advanceWidth(input.text, size + 0.02)).toBeGreaterThan(300);
  });

  it('shrinks wrapped text until its lines fit the height, without breaking words', () => {
    const { size, lines, overflow } = block({ text: SENTENCE, width: 200, height: 60, shrinkToFit: true });
    expect(size).toBeLessThan(20);
    expect(overflow).toBe(false);
    expect(lines.length * size * 1.2).toBeLessThanOrEqual(60);
    expect(lines.map((l) => l.text).join(' ')).toBe(SENTENCE);
  });

  it('stops at the smallest size and says the text still overflows', () => {
    const { size, overflow } = block({ text: SENTENCE.repeat(20), width: 100, height: 10, shrinkToFit: true });
    expect(size).toBe(MIN_SHRINK_SIZE);
    expect(overflow).toBe(true);
  });
});
