import { describe, expect, it } from 'vitest';
import { ellipsePath, rectPath } from '../layout/shapePaths';
import { num, pathText } from './pdfContent';

describe('content stream text', () => {
  it('writes numbers as PDF reads them: no exponent, at most four decimals, no negative zero', () => {
    expect([num(1), num(0.5), num(1e-7), num(-0), num(-0.00001), num(123456.78901), num(2.5e-5)]).toEqual(['1', '0.5', '0', '0', '0', '123456.789', '0']);
  });

  it('writes an upright rectangle as one `re`, and other paths as moves, lines and curves', () => {
    expect(pathText(rectPath(10, 20, 30, 40))).toBe('10 20 30 40 re\n');
    const ellipse = pathText(ellipsePath(0, 0, 10, 10)).trim().split('\n');
    expect(ellipse[0]).toBe('5 0 m');
    expect(ellipse.filter((l) => l.endsWith(' c'))).toHaveLength(4);
    expect(ellipse.at(-1)).toBe('h');
  });

  it('turns a quadratic curve into the cubic it is exactly', () => {
    // From (0,0), control (3,3), to (6,0): the cubic's controls sit two thirds of the way to the quadratic's.
    expect(pathText([['M', 0, 0], ['Q', 3, 3, 6, 0]])).toBe('0 0 m\n2 2 4 2 6 0 c\n');
  });
});
