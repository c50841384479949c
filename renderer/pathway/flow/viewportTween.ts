import type { Viewport } from '@xyflow/react';

/** How long the editor's animated view changes take: revealing a node, zooming to fit. */
export const VIEW_ANIMATION_MS = 200;

/** The easing React Flow gives an animated viewport change (d3's cubic in-out, @xyflow/system). */
export const easeCubicInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

/**
 * The viewport a fraction `t` (0–1, already eased) of the way from `from` to `to`, on a canvas of `size`.
 * The zoom changes by the same factor each step, as a zoom feels even that way; the flow point at the
 * canvas's centre moves in a straight line, so a fit that zooms out mostly pans no further than it must.
 */
export function viewportBetween(from: Viewport, to: Viewport, t: number, size: { width: number; height: number }): Viewport {
  if (t <= 0) return from;
  if (t >= 1) return to;
  const zoom = from.zoom * (to.zoom / from.zoom) ** t;
  const centre = (v: Viewport, axis: 'x' | 'y', half: number) => (half - v[axis]) / v.zoom;
  const at = (axis: 'x' | 'y', half: number) => {
    const c = centre(from, axis, half) + (centre(to, axis, half) - centre(from, axis, half)) * t;
    return half - c * zoom;
  };
  return { x: at('x', size.width / 2), y: at('y', size.height / 2), zoom };
}
