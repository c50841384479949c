/**
 * Vector paths of the draw list, in points with y down (the template's own coordinates). Only the commands
 * every backend has: canvas draws them as they are, and the PDF writer turns the quadratics (glyph outlines
 * of TrueType fonts) into cubics, exactly.
 */
export type PathOp =
  | readonly ['M', number, number]
  | readonly ['L', number, number]
  | readonly ['Q', number, number, number, number]
  | readonly ['C', number, number, number, number, number, number]
  | readonly ['Z'];

/** How far a circle's cubic control points sit along the tangent, per unit of radius. */
const KAPPA = 0.5522847498307936;

export function rectPath(x: number, y: number, w: number, h: number, radius = 0): PathOp[] {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  if (r === 0) return [['M', x, y], ['L', x + w, y], ['L', x + w, y + h], ['L', x, y + h], ['Z']];
  const k = r * (1 - KAPPA);
  return [
    ['M', x + r, y],
    ['L', x + w - r, y],
    ['C', x + w - k, y, x + w, y + k, x + w, y + r],
    ['L', x + w, y + h - r],
    ['C', x + w, y + h - k, x + w - k, y + h, x + w - r, y + h],
    ['L', x + r, y + h],
    ['C', x + k, y + h, x, y + h - k, x, y + h - r],
    ['L', x, y + r],
    ['C', x, y + k, x + k, y, x + r, y],
    ['Z'],
  ];
}

/** The ellipse inscribed in the box, as four cubic arcs (the form PDF and canvas both draw identically). */
export function ellipsePath(x: number, y: number, w: number, h: number): PathOp[] {
  const rx = w / 2;
  const ry = h / 2;
  const cx = x + rx;
  const cy = y + ry;
  const kx = rx * KAPPA;
  const ky = ry * KAPPA;
  return [
    ['M', cx, y],
    ['C', cx + kx, y, x + w, cy - ky, x + w, cy],
    ['C', x + w, cy + ky, cx + kx, y + h, cx, y + h],
    ['C', cx - kx, y + h, x, cy + ky, x, cy],
    ['C', x, cy - ky, cx - kx, y, cx, y],
    ['Z'],
  ];
}

/** A closed polygon through `points`. */
export function polygonPath(points: readonly (readonly [number, number])[]): PathOp[] {
  const ops: PathOp[] = points.map(([px, py], i) => (i === 0 ? ['M', px, py] : ['L', px, py]));
  ops.push(['Z']);
  return ops;
}

/** A regular polygon inscribed in the box's ellipse, first vertex at the top (as Konva's RegularPolygon). */
export function regularPolygonPath(x: number, y: number, w: number, h: number, sides: number): PathOp[] {
  const points: [number, number][] = [];
  for (let i = 0; i < sides; i++) {
    const angle = (2 * Math.PI * i) / sides - Math.PI / 2;
    points.push([x + w / 2 + (w / 2) * Math.cos(angle), y + h / 2 + (h / 2) * Math.sin(angle)]);
  }
  return polygonPath(points);
}

/** A star with `points` tips on the box's ellipse and its inner vertices at `innerRatio` of it. */
export function starPath(x: number, y: number, w: number, h: number, tips: number, innerRatio: number): PathOp[] {
  const points: [number, number][] = [];
  for (let i = 0; i < tips * 2; i++) {
    const angle = (Math.PI * i) / tips - Math.PI / 2;
    const r = i % 2 === 0 ? 1 : innerRatio;
    points.push([x + w / 2 + (w / 2) * r * Math.cos(angle), y + h / 2 + (h / 2) * r * Math.sin(angle)]);
  }
  return polygonPath(points);
}

/**
 * A heraldic shield filling the box: straight shoulders, sides that run down two thirds of the height,
 * then curves meeting at the point. The badge page of shape `shield` is this outline.
 */
export function shieldPath(x: number, y: number, w: number, h: number): PathOp[] {
  const side = y + h * 0.42;
  return [
    ['M', x, y],
    ['L', x + w, y],
    ['L', x + w, side],
    ['C', x + w, y + h * 0.75, x + w * 0.72, y + h * 0.9, x + w / 2, y + h],
    ['C', x + w * 0.28, y + h * 0.9, x, y + h * 0.75, x, side],
    ['Z'],
  ];
}
