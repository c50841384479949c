import { createCanvas, Image } from '@napi-rs/canvas';

/** An SVG drawn to a PNG (for baking), at its own size, or scaled so its longer side is `maxSide`. */
export function svgToPng(svg: string, maxSide = 600): Buffer {
  const image = new Image();
  image.src = Buffer.from(svg, 'utf8');
  const scale = Math.min(1, maxSide / Math.max(image.width || 1, image.height || 1));
  const width = Math.max(1, Math.round((image.width || maxSide) * scale));
  const height = Math.max(1, Math.round((image.height || maxSide) * scale));
  const canvas = createCanvas(width, height);
  canvas.getContext('2d').drawImage(image, 0, 0, width, height);
  return canvas.toBuffer('image/png');
}
