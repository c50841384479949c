import type { FontMetrics, FontMetricsProvider } from '../../../shared/template/fontMetrics';
import { BUNDLED_FONTS, fontFor, type BundledFont, type FontKey, type FontWeight } from '../../../shared/template/fonts';
import { FONT_URLS } from '../fontUrls';
import { canvasFontMetrics } from './canvasFontMetrics';

/**
 * The bundled fonts in the page, loaded once each on first use from the same files the export embeds:
 * as a CSS font face the canvas draws and measures with, and as the metrics the shared layout breaks lines
 * with (canvasFontMetrics.ts), so the editor wraps text where the PNG and the PDF do.
 */
const loading = new Map<FontKey, Promise<void>>();
const metrics = new Map<FontKey, FontMetrics>();
const listeners = new Set<() => void>();


export function whenFontsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const BUNDLED_BY_KEY: ReadonlyMap<FontKey, BundledFont> = new Map(BUNDLED_FONTS.map((f) => [f.file, f]));

/**
 * Loads a face from its URL, as a stylesheet's font would be. A face made from the file's bytes is
 * decoded and checked on the main thread (16 ms for Inter, in the middle of opening a template); one
 * loaded from a URL is not. The layout's vertical metrics come from the catalogue, not the bytes.
 */
async function fetchFont(font: BundledFont): Promise<void> {
  const url = (FONT_URLS as Record<string, string>)[font.file];
  if (!url) throw new Error(`No URL for the bundled font ${font.file}`);
  const face = new FontFace(font.family, `url(${JSON.stringify(url)})`, { weight: String(font.weight), style: font.italic ? 'italic' : 'normal' });
  await face.load().catch(() => {
    throw new Error(`The font ${font.file} did not load.`);
  });
  document.fonts.add(face);
  metrics.set(font.file, canvasFontMetrics(font));
  for (const l of listeners) l();
}

function load(font: BundledFont): Promise<void> {
  let pending = loading.get(font.file);
  if (!pending) {
    pending = fetchFont(font).catch((error: Error) => console.error(error.message));
    loading.set(font.file, pending);
  }
  return pending;
}

export const isLoaded = (key: FontKey) => metrics.has(key);

/** How many fonts are loaded: changes exactly when whenFontsChange's listeners are called. */
export const loadedFontCount = () => metrics.size;

/** Starts loading a font by key (no-op when loaded or loading). */
export function loadFontKey(key: FontKey): Promise<void> {
  const font = BUNDLED_BY_KEY.get(key);
  return font ? load(font) : Promise.resolve();
}

/** Loads the faces these (family, weight, italic) need; resolves when they can draw. */
export function loadFonts(wanted: Iterable<{ family: string; weight: FontWeight; italic: boolean }>): Promise<void> {
  const files = new Map<FontKey, BundledFont>();
  for (const w of wanted) {
    const font = fontFor(w.family, w.weight, w.italic);
    files.set(font.file, font);
  }
  return Promise.all([...files.values()].map(load)).then(() => undefined);
}

/** Metrics of loaded fonts; asking for one that is not loaded is a bug (callers check `isLoaded`). */
export const PAGE_FONTS: FontMetricsProvider = {
  metrics(key) {
    const m = metrics.get(key);
    if (!m) throw new Error(`The font ${key} is not loaded yet.`);
    return m;
  },
};
