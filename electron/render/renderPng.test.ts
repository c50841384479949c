import { describe, expect, it } from 'vitest';
import { IDENTITY, type Layout } from '../../shared/template/layout/drawList';
import { ellipsePath, rectPath } from '../../shared/template/layout/shapePaths';
import { bundledFonts } from './bundledFonts';
import { renderPng } from './renderPng';

const png = (layout: Layout, dpi = 144) => renderPng(layout, { fonts: bundledFonts(), images: new Map(), dpi });
const base = { elementId: 'page', transform: IDENTITY, opacity: 1, strokeWidth: 0 };
/** A circle badge: transparent outside its page. */
const badge: Layout = { width: 100, height: 100, clip: ellipsePath(0, 0, 100, 100), items: [{ ...base, kind: 'path', path: ellipsePath(0, 0, 100, 100), fill: { r: 200, g: 30, b: 30, a: 1 } }] };
/** The same size, opaque to its corners, half transparent in the middle. */
const card: Layout = {
  width: 100,
  height: 100,
  items: [
    { ...base, kind: 'path', path: rectPath(0, 0, 100, 100), fill: { r: 20, g: 40, b: 200, a: 1 } },
    { ...base, opacity: 0.5, kind: 'path', path: rectPath(25, 25, 50, 50), fill: { r: 255, g: 255, b: 255, a: 1 } },
  ],
};

describe('PNG pages', () => {
  it('draw on the canvas of the page before as on a new one: nothing of that page is left', () => {
    png(badge, 72); // another size: the next render gets a new canvas
    const onNewCanvas = png(badge);
    png(card); // same size: drawn on the badge's canvas
    expect(Buffer.compare(png(badge), onNewCanvas)).toBe(0); // drawn on the card's canvas
  });
});
