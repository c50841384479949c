// Names and units of a render that the CLI needs before (or without) loading the renderer itself.

export type RenderFormat = 'png' | 'pdf';

/** The DPI of a PNG at 1×: one pixel per point. */
export const DPI_1X = 72;

/** A file name from a design's name: lower case, dashes, no path characters. */
export function fileSlug(name: string, fallback = 'design'): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  return slug || fallback;
}
