import { describe, expect, it } from 'vitest';
import {
  alignElements,
  changeShapeKind,
  copyFragment,
  distributeElements,
  groupElements,
  moveElements,
  pasteFragment,
  removeElements,
  reorderElements,
  setPage,
  ungroupElements,
  updateElement,
  withGroups,
} from './edit';
import { boundsOf } from './geometry';
import { emptyTemplate, type TemplateBody, type TemplateElement } from './model';

const rect = (id: string, x: number, y: number, width = 100, height = 50, extra: Partial<TemplateElement> = {}): TemplateElement =>
  ({ id, type: 'rect', x, y, width, height, ...extra }) as TemplateElement;
const template = (...elements: TemplateElement[]): TemplateBody => ({ ...emptyTemplate('certificate'), elements });
const xs = (t: TemplateBody) => Object.fromEntries(t.elements.map((e) => [e.id, e.x]));

describe('template edits', () => {
  it('return the same template when nothing changes, so no empty history step is recorded', () => {
    const t = template(rect('a', 10, 10));
    expect(updateElement(t, 'a', { x: 10 })).toBe(t);
    expect(removeElements(t, ['nope'])).toBe(t);
    expect(alignElements(t, ['a'], 'left')).not.toBe(t); // one element aligns to the page
    expect(reorderElements(t, ['a'], 'front')).toBe(t);
  });

  it('remove a key set to undefined and keep untouched elements by identity', () => {
    const t = template(rect('a', 0, 0, 10, 10, { locked: true }), rect('b', 0, 0));
    const next = updateElement(t, 'a', { locked: undefined });
    expect('locked' in next.elements[0]!).toBe(false);
    expect(next.elements[1]).toBe(t.elements[1]);
  });

  it('align several elements to the selection and one element to the page', () => {
    const t = template(rect('a', 10, 0), rect('b', 200, 100, 50));
    expect(xs(alignElements(t, ['a', 'b'], 'left'))).toEqual({ a: 10, b: 10 });
    expect(xs(alignElements(t, ['a', 'b'], 'right'))).toEqual({ a: 150, b: 200 });
    expect(xs(alignElements(t, ['a', 'b'], 'center'))).toEqual({ a: 80, b: 105 });
    // Positions are kept to 1/100 pt.
    expect(xs(alignElements(t, ['b'], 'center'))).toEqual({ a: 10, b: Math.round(((t.page.width - 50) / 2) * 100) / 100 });
  });

  it('align a group as one unit, keeping its arrangement', () => {
    const t = template(rect('a', 100, 0, 10), rect('b', 150, 0, 10), rect('c', 0, 0));
    const grouped = groupElements(t, ['a', 'b'], 'group-1');
    expect(xs(alignElements(grouped, ['a', 'b', 'c'], 'right'))).toEqual({ a: 100, b: 150, c: 60 });
  });

  it('align rotated elements by the box they cover', () => {
    const t = template(rect('a', 100, 100, 100, 20, { rotation: 90 }), rect('b', 0, 300));
    const aligned = alignElements(t, ['a', 'b'], 'left');
    expect(boundsOf(aligned.elements[0]!).x).toBeCloseTo(0);
  });

  it('distribute three or more with equal gaps between their boxes', () => {
    const t = template(rect('a', 0, 0, 10), rect('b', 15, 0, 30), rect('c', 100, 0, 20));
    expect(xs(distributeElements(t, ['a', 'b', 'c'], 'horizontal'))).toEqual({ a: 0, b: 40, c: 100 });
    expect(distributeElements(t, ['a', 'b'], 'horizontal')).toBe(t);
  });

  it('move the stacking one step or to the end, keeping the order among the moved', () => {
    const t = template(rect('a', 0, 0), rect('b', 0, 0), rect('c', 0, 0), rect('d', 0, 0));
    const ids = (x: TemplateBody) => x.elements.map((e) => e.id).join('');
    expect(ids(reorderElements(t, ['a', 'b'], 'forward'))).toBe('cabd');
    expect(ids(reorderElements(t, ['c', 'd'], 'backward'))).toBe('acdb');
    expect(ids(reorderElements(t, ['a', 'c'], 'front'))).toBe('bdac');
    expect(ids(reorderElements(t, ['b', 'd'], 'back'))).toBe('bdac');
  });

  it('select, and ungroup, whole groups', () => {
    const t = groupElements(template(rect('a', 0, 0), rect('b', 0, 0), rect('c', 0, 0)), ['a', 'b'], 'g');
    expect([...withGroups(t, ['a'])].sort()).toEqual(['a', 'b']);
    expect(ungroupElements(t, ['a', 'b']).elements.every((e) => e.groupId === undefined)).toBe(true);
  });

  it('leave locked elements where they are when nudged', () => {
    const t = template(rect('a', 0, 0, 10, 10, { locked: true }), rect('b', 0, 0));
    expect(xs(moveElements(t, ['a', 'b'], 10, 0))).toEqual({ a: 0, b: 10 });
  });

  it('paste copies with fresh ids and fresh groups, offset', () => {
    const t = groupElements(template(rect('rect-1', 0, 0), rect('rect-2', 20, 0)), ['rect-1', 'rect-2'], 'group-9');
    const { template: pasted, ids } = pasteFragment(t, copyFragment(t, ['rect-1', 'rect-2']), { x: 20, y: 20 });
    expect(ids).toHaveLength(2);
    expect(new Set(pasted.elements.map((e) => e.id)).size).toBe(4);
    const copies = pasted.elements.filter((e) => ids.includes(e.id));
    expect(copies.map((e) => e.x)).toEqual([20, 40]);
    expect(new Set(copies.map((e) => e.groupId)).size).toBe(1);
    expect(copies[0]!.groupId).not.toBe('group-9');
  });

  it('change a shape kind and drop the properties the new kind does not have', () => {
    const star = { id: 's', type: 'star', x: 0, y: 0, width: 10, height: 10, points: 7, fill: '#ff0000' } as TemplateElement;
    expect(changeShapeKind(star, 'rect')).toEqual({ id: 's', type: 'rect', x: 0, y: 0, width: 10, height: 10, fill: '#ff0000' });
  });

  it('set page properties, removing those set to undefined', () => {
    const t = template();
    expect(setPage(t, { width: t.page.width })).toBe(t);
    expect(setPage(t, { background: undefined }).page).not.toHaveProperty('background');
  });
});
