import { describe, expect, it } from 'vitest';
import { easeCubicInOut, viewportBetween } from './viewportTween';

const size = { width: 800, height: 600 };
// The flow point at the canvas's centre.
const centreOf = (v: { x: number; y: number; zoom: number }) => ({ x: (400 - v.x) / v.zoom, y: (300 - v.y) / v.zoom });

describe('the animated "zoom to fit" into the overview', () => {
  const from = { x: -500, y: -200, zoom: 0.8 };
  const to = { x: 300, y: 250, zoom: 0.1 };

  it('starts and ends exactly on the two viewports', () => {
    expect(viewportBetween(from, to, 0, size)).toEqual(from);
    expect(viewportBetween(from, to, 1, size)).toEqual(to);
  });

  it('zooms by an even factor and moves the centre in a straight line', () => {
    const half = viewportBetween(from, to, 0.5, size);
    expect(half.zoom).toBeCloseTo(Math.sqrt(0.8 * 0.1), 10);
    const [a, b, m] = [centreOf(from), centreOf(to), centreOf(half)];
    expect(m.x).toBeCloseTo((a.x + b.x) / 2, 6);
    expect(m.y).toBeCloseTo((a.y + b.y) / 2, 6);
  });

  it('zooms out steadily, through intermediate zooms', () => {
    const zooms = [0.1, 0.3, 0.5, 0.7, 0.9].map((t) => viewportBetween(from, to, easeCubicInOut(t), size).zoom);
    for (let i = 1; i < zooms.length; i++) expect(zooms[i]).toBeLessThan(zooms[i - 1]!);
    expect(zooms[0]).toBeLessThan(from.zoom);
    expect(zooms.at(-1)).toBeGreaterThan(to.zoom);
  });

  it("eases as React Flow does: slow at both ends, half way at half time", () => {
    expect(easeCubicInOut(0)).toBe(0);
    expect(easeCubicInOut(0.5)).toBe(0.5);
    expect(easeCubicInOut(1)).toBe(1);
    expect(easeCubicInOut(0.1)).toBeLessThan(0.1);
  });
});
