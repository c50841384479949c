import type { Box } from './drawList';

export type ImageFit = 'contain' | 'cover' | 'fill';

/**
 * Where an image of `natural` size goes to fit `box`: `contain` shows all of it, centred; `cover` fills the
 * box, centred, and the overflow is clipped; `fill` stretches it. Without a natural size it fills the box.
 */
export function placeImage(box: Box, natural: { width: number; height: number } | undefined, fit: ImageFit): Box {
  if (fit === 'fill' || !natural || natural.width <= 0 || natural.height <= 0) return box;
  const sx = box.width / natural.width;
  const sy = box.height / natural.height;
  const s = fit === 'contain' ? Math.min(sx, sy) : Math.max(sx, sy);
  const width = natural.width * s;
  const height = natural.height * s;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
}
