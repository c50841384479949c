import { describe, expect, it } from 'vitest';
import { emptyTemplate, type TemplateElement } from '../../../shared/template/model';
import { snapBox, snapTargets } from './snapping';

const page = { ...emptyTemplate('certificate'), page: { width: 800, height: 600 } };
const el = (id: string, x: number, y: number, width: number, height: number, extra: Partial<TemplateElement> = {}) => ({ id, type: 'rect', x, y, width, height, ...extra }) as TemplateElement;

describe('snapping', () => {
  const template = { ...page, elements: [el('other', 300, 200, 100, 50), el('hidden', 500, 500, 10, 10, { hidden: true }), el('moving', 0, 0, 40, 40)] };
  const targets = snapTargets(template, new Set(['moving']), { x: [123], y: [] });

  it('snaps an edge or the centre to the nearest target within the threshold, with its guide', () => {
    // Left edge 297 → other's left edge 300.
    expect(snapBox({ x: 297, y: 10, width: 40, height: 40 }, targets, 5)).toMatchObject({ dx: 3, dy: 0, vertical: [300] });
    // Centre 398 → page centre 400; bottom 598 → page bottom 600.
    expect(snapBox({ x: 378, y: 558, width: 40, height: 40 }, targets, 5)).toMatchObject({ dx: 2, dy: 2, vertical: [400], horizontal: [600] });
    // A guide the person placed.
    expect(snapBox({ x: 121, y: 80, width: 40, height: 40 }, targets, 5)).toMatchObject({ dx: 2, vertical: [123] });
  });

  it('does not snap beyond the threshold, to hidden elements, or to what moves', () => {
    expect(snapBox({ x: 150, y: 80, width: 40, height: 40 }, targets, 5)).toEqual({ dx: 0, dy: 0, vertical: [], horizontal: [] });
    expect(snapBox({ x: 503, y: 80, width: 40, height: 40 }, targets, 2)).toMatchObject({ dx: 0 });
  });

  it('shows every edge that lines up once snapped', () => {
    // A box as wide as `other`, 2 pt off: left, centre and right all line up.
    expect(snapBox({ x: 302, y: 80, width: 100, height: 40 }, targets, 5).vertical.sort((a, b) => a - b)).toEqual([300, 350, 400]);
  });
});
