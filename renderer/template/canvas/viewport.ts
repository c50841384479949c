import type { Viewport } from '../store/TemplateEditorStore';

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 8;
const FIT_MARGIN_PX = 40;

const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/** The viewport that shows the whole page centred in a view of `size` pixels. */
export function fitViewport(page: { width: number; height: number }, size: { width: number; height: number }): Viewport {
  const zoom = clampZoom(Math.min((size.width - 2 * FIT_MARGIN_PX) / page.width, (size.height - 2 * FIT_MARGIN_PX) / page.height));
  return { zoom, x: Math.round((size.width - page.width * zoom) / 2), y: Math.round((size.height - page.height * zoom) / 2) };
}

/** Zooms by `factor` keeping the page point under `at` (view pixels) where it is. */
export function zoomAbout(viewport: Viewport, factor: number, at: { x: number; y: number }): Viewport {
  const zoom = clampZoom(viewport.zoom * factor);
  const k = zoom / viewport.zoom;
  return { zoom, x: at.x - (at.x - viewport.x) * k, y: at.y - (at.y - viewport.y) * k };
}

/** A view pixel as a page point. */
export const toPage = (viewport: Viewport, p: { x: number; y: number }) => ({ x: (p.x - viewport.x) / viewport.zoom, y: (p.y - viewport.y) / viewport.zoom });
