import type { FontKey } from '../fonts';
import type { Rgba } from './colour';
import type { PathOp } from './shapePaths';

/**
 * The layout of one resolved template (DESIGN §4): what to draw, where, with every field filled, every brand
 * token resolved and every text wrapped. Both renderers (canvas for PNG and the page, pdf-lib for PDF) draw
 * this and decide nothing themselves, so a PNG and its PDF cannot disagree about where a line breaks.
 *
 * Units are points with y down, the template's own coordinates.
 */
export interface Layout {
  width: number;
  height: number;
  /** The page's outline when it is not its rectangle (circle and shield badges); nothing draws outside it. */
  clip?: readonly PathOp[];
  items: readonly DrawItem[];
}

/** Maps an element's own coordinates (origin at its top-left corner, y down) to the page: [a b c d e f]. */
export type Matrix = readonly [number, number, number, number, number, number];

interface ItemBase {
  /** The template element this comes from (`page` for the page's own background). */
  elementId: string;
  transform: Matrix;
  /** 0–1, the element's opacity. */
  opacity: number;
}

export interface PathItem extends ItemBase {
  kind: 'path';
  path: readonly PathOp[];
  fill?: Rgba;
  stroke?: Rgba;
  strokeWidth: number;
  dash?: readonly number[];
}

export interface TextLine {
  /** What the line says: the PDF writes it as text, and tests compare it with the PDF's text. */
  text: string;
  /** Left end of the line and its baseline, in the element's coordinates. */
  x: number;
  baseline: number;
  width: number;
  /** Each glyph and its pen position from `x`, letter spacing and kerning included. */
  glyphs: readonly { id: number; x: number }[];
}

export interface TextItem extends ItemBase {
  kind: 'text';
  font: FontKey;
  size: number;
  colour: Rgba;
  letterSpacing: number;
  lines: readonly TextLine[];
  /** The text does not fit its box even as laid out (the editor may warn). */
  overflow: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ImageItem extends ItemBase {
  kind: 'image';
  /** The asset's SHA-256. */
  asset: string;
  /** What shows: the element's box; the image is clipped to it. */
  box: Box;
  /** Where the whole image goes (larger than `box` when it covers it). */
  place: Box;
}

export type DrawItem = PathItem | TextItem | ImageItem;

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix of an element at (x, y) turned `degrees` clockwise about that corner, as Konva turns it. */
export function elementMatrix(x: number, y: number, degrees = 0): Matrix {
  if (!degrees) return [1, 0, 0, 1, x, y];
  const r = (degrees * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  return [cos, sin, -sin, cos, x, y];
}
