import type { TemplateElement } from './model';

/** An axis-aligned box in page points. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Placed = Pick<TemplateElement, 'x' | 'y' | 'width' | 'height' | 'rotation'>;

/** The axis-aligned box around an element, rotated about its top-left corner as Konva and the renderer do. */
export function boundsOf(element: Placed): Box {
  const angle = ((element.rotation ?? 0) * Math.PI) / 180;
  if (angle === 0) return { x: element.x, y: element.y, width: element.width, height: element.height };
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const xs = [0, element.width * cos, element.width * cos - element.height * sin, -element.height * sin];
  const ys = [0, element.width * sin, element.width * sin + element.height * cos, element.height * cos];
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  return { x: element.x + minX, y: element.y + minY, width: Math.max(...xs) - minX, height: Math.max(...ys) - minY };
}

/** The box around several boxes; undefined for none. */
export function unionOf(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export function intersects(a: Box, b: Box): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/** A box from two corners in any order (a drag of the selection rectangle). */
export function boxFromCorners(a: { x: number; y: number }, b: { x: number; y: number }): Box {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

/** Rounds to 1/100 pt: enough for print, and keeps stored numbers short. */
export const roundPt = (value: number) => Math.round(value * 100) / 100;
