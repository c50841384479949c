import { elementIndex } from '../../../shared/template/edit';
import { boundsOf, type Box } from '../../../shared/template/geometry';
import type { TemplateBody } from '../../../shared/template/model';

/**
 * Snapping a moving box to the page's edges and centre, to guides and to other elements' edges and
 * centres. Targets are collected once when a gesture starts and searched by bisection on every frame, so
 * 2,000 elements cost a few comparisons per move.
 */
export interface SnapTargets {
  /** Vertical lines (x), sorted. */
  xs: Float64Array;
  /** Horizontal lines (y), sorted. */
  ys: Float64Array;
}

export interface Guides {
  x: number[];
  y: number[];
}

export function snapTargets(template: TemplateBody, moving: ReadonlySet<string>, guides: Guides): SnapTargets {
  const { width, height } = template.page;
  const xs = [0, width / 2, width, ...guides.x];
  const ys = [0, height / 2, height, ...guides.y];
  for (const e of template.elements) {
    if (e.hidden || moving.has(e.id)) continue;
    const b = boundsOf(e);
    xs.push(b.x, b.x + b.width / 2, b.x + b.width);
    ys.push(b.y, b.y + b.height / 2, b.y + b.height);
  }
  return { xs: Float64Array.from(xs).sort(), ys: Float64Array.from(ys).sort() };
}

/** The targets for the elements `moving`, by id. */
export function snapTargetsFor(template: TemplateBody, moving: Iterable<string>, guides: Guides): SnapTargets {
  const index = elementIndex(template);
  return snapTargets(template, new Set([...moving].filter((id) => index.has(id))), guides);
}

/** The line of `lines` nearest to `value`. */
function nearest(lines: Float64Array, value: number): number | undefined {
  if (lines.length === 0) return undefined;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  const after = lines[lo]!;
  const before = lo > 0 ? lines[lo - 1]! : after;
  return Math.abs(before - value) <= Math.abs(after - value) ? before : after;
}

function snapAxis(lines: Float64Array, start: number, size: number, threshold: number): { delta: number; at: number[] } {
  const candidates = [start, start + size / 2, start + size];
  let best: { delta: number } | undefined;
  for (const c of candidates) {
    const line = nearest(lines, c);
    if (line === undefined) continue;
    const delta = line - c;
    if (Math.abs(delta) <= threshold && (!best || Math.abs(delta) < Math.abs(best.delta))) best = { delta };
  }
  if (!best) return { delta: 0, at: [] };
  // Every edge or centre that lines up once snapped gets its guide.
  const at = candidates.map((c) => c + best.delta).filter((c) => {
    const line = nearest(lines, c);
    return line !== undefined && Math.abs(line - c) < 1e-6;
  });
  return { delta: best.delta, at: [...new Set(at)] };
}

export interface Snap {
  dx: number;
  dy: number;
  /** Where to draw guide lines: vertical ones at these x, horizontal ones at these y. */
  vertical: number[];
  horizontal: number[];
}

/** How far to move `box` so one of its edges or its centre lands on a target within `threshold` points. */
export function snapBox(box: Box, targets: SnapTargets, threshold: number): Snap {
  const x = snapAxis(targets.xs, box.x, box.width, threshold);
  const y = snapAxis(targets.ys, box.y, box.height, threshold);
  return { dx: x.delta, dy: y.delta, vertical: x.at, horizontal: y.at };
}
