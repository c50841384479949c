import type { ShapedGlyph } from '../fontMetrics';
import type { Rgba } from '../layout/colour';
import type { Matrix, PathItem, TextLine } from '../layout/drawList';
import type { PathOp } from '../layout/shapePaths';

/**
 * The page's content stream, written as text. pdf-lib's operator objects cost a PDFNumber per coordinate:
 * a QR code of two thousand rectangles made that the slowest part of a PDF. Everything is in the template's
 * y-down points: the stream starts with one flip, and text matrices turn glyphs back upright.
 */

/** A number as PDF writes it: at most four decimals, no exponent, no trailing zeros. */
export function num(v: number): string {
  const r = Math.round(v * 10_000) / 10_000;
  if (Object.is(r, -0) || r === 0) return '0';
  const text = r.toFixed(4);
  return text.replace(/\.?0+$/, '');
}

export const flipPage = (height: number) => `1 0 0 -1 0 ${num(height)} cm\n`;
export const concat = (m: Matrix) => `${m.map(num).join(' ')} cm\n`;

/** `M L L L Z` tracing an upright rectangle, as the QR code's modules and rect elements are. */
function uprightRect(ops: readonly PathOp[], i: number): [number, number, number, number] | undefined {
  const [m, a, b, c, z] = [ops[i], ops[i + 1], ops[i + 2], ops[i + 3], ops[i + 4]];
  if (m?.[0] !== 'M' || a?.[0] !== 'L' || b?.[0] !== 'L' || c?.[0] !== 'L' || z?.[0] !== 'Z') return undefined;
  const [x0, y0, x1, y1, x2, y2, x3, y3] = [m[1], m[2], a[1], a[2], b[1], b[2], c[1], c[2]];
  const horizontalFirst = y1 === y0 && x2 === x1 && y3 === y2 && x3 === x0;
  return horizontalFirst ? [x0, y0, x1 - x0, y2 - y0] : undefined;
}

/**
 * A path as construction operators. An upright rectangle becomes one `re` (a QR code is hundreds of them:
 * this halves its size); quadratics become the cubics they are exactly.
 */
export function pathText(ops: readonly PathOp[]): string {
  const parts: string[] = [];
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    const rect = op[0] === 'M' ? uprightRect(ops, i) : undefined;
    if (rect) {
      parts.push(`${num(rect[0])} ${num(rect[1])} ${num(rect[2])} ${num(rect[3])} re`);
      [cx, cy, sx, sy] = [rect[0], rect[1], rect[0], rect[1]];
      i += 4;
      continue;
    }
    switch (op[0]) {
      case 'M':
        parts.push(`${num(op[1])} ${num(op[2])} m`);
        [cx, cy, sx, sy] = [op[1], op[2], op[1], op[2]];
        break;
      case 'L':
        parts.push(`${num(op[1])} ${num(op[2])} l`);
        [cx, cy] = [op[1], op[2]];
        break;
      case 'Q': {
        const [, qx, qy, x, y] = op;
        parts.push(`${num(cx + (2 / 3) * (qx - cx))} ${num(cy + (2 / 3) * (qy - cy))} ${num(x + (2 / 3) * (qx - x))} ${num(y + (2 / 3) * (qy - y))} ${num(x)} ${num(y)} c`);
        [cx, cy] = [x, y];
        break;
      }
      case 'C':
        parts.push(`${num(op[1])} ${num(op[2])} ${num(op[3])} ${num(op[4])} ${num(op[5])} ${num(op[6])} c`);
        [cx, cy] = [op[5], op[6]];
        break;
      case 'Z':
        parts.push('h');
        [cx, cy] = [sx, sy];
        break;
    }
  }
  return parts.join('\n') + '\n';
}

const rgb = (c: Rgba) => `${num(c.r / 255)} ${num(c.g / 255)} ${num(c.b / 255)}`;

/** A filled and/or stroked path: one painting operator, however many subpaths (a QR code is one `f`). */
export function paintedPathText(item: PathItem): string {
  const stroked = item.stroke !== undefined && item.strokeWidth > 0;
  if (!item.fill && !stroked) return '';
  let text = '';
  if (item.fill) text += `${rgb(item.fill)} rg\n`;
  if (stroked) {
    text += `${rgb(item.stroke!)} RG\n${num(item.strokeWidth)} w\n`;
    if (item.dash) text += `[${item.dash.map(num).join(' ')}] 0 d\n`;
  }
  return text + pathText(item.path) + (item.fill && stroked ? 'B\n' : item.fill ? 'f\n' : 'S\n');
}

export const clipText = (ops: readonly PathOp[]) => `${pathText(ops)}W n\n`;

export interface PdfTextRun {
  /** The font's resource name, `/F…`. */
  fontName: string;
  size: number;
  colour: Rgba;
  letterSpacing: number;
  unitsPerEm: number;
  lines: readonly TextLine[];
  /** The embedded font's codes for a line, 4 hex digits a glyph (pdf-lib's encoder, which also subsets). */
  encode(text: string): string;
  shape(text: string): readonly ShapedGlyph[];
}

/**
 * One text element as real text: per line a text matrix at the line's start and a `TJ` whose adjustments
 * put each glyph where the layout did (the font's widths array holds unkerned widths; kerning is the
 * difference). Letter spacing is the character spacing `Tc`. The result is selectable, searchable text.
 */
export function textRunText(run: PdfTextRun): string {
  let text = `BT\n${run.fontName} ${num(run.size)} Tf\n${num(run.letterSpacing)} Tc\n${rgb(run.colour)} rg\n`;
  for (const line of run.lines) {
    if (line.text === '') continue;
    const hex = run.encode(line.text);
    const glyphs = run.shape(line.text);
    text += `1 0 0 -1 ${num(line.x)} ${num(line.baseline)} Tm\n[`;
    if (hex.length !== glyphs.length * 4) {
      // Never expected (both come from the same shaping); then the text stays right, if unkerned.
      text += `<${hex}>`;
    } else {
      let chunk = '';
      glyphs.forEach((g, i) => {
        chunk += hex.slice(i * 4, i * 4 + 4);
        const kern = num(((g.width - g.advance) * 1000) / run.unitsPerEm);
        if (kern !== '0' && i < glyphs.length - 1) {
          text += `<${chunk}> ${kern} `;
          chunk = '';
        }
      });
      if (chunk !== '') text += `<${chunk}>`;
    }
    text += '] TJ\n';
  }
  return text + 'ET\n';
}
