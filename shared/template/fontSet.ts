import type fontkit from '@pdf-lib/fontkit';
import { fontkitMetrics, parseFont, type FontMetrics, type FontMetricsProvider } from './fontMetrics';
import type { FontKey } from './fonts';

/**
 * The bundled fonts, loaded: their bytes (for PDF embedding and the page's FontFace), each parsed once, and
 * their metrics. Node reads the bytes from resources/fonts, the page fetches them; the rest is this code.
 */
export interface FontSet extends FontMetricsProvider {
  bytes(key: FontKey): Uint8Array;
  parsed(key: FontKey): fontkit.Font;
}

export function fontSetFromBytes(files: ReadonlyMap<FontKey, Uint8Array>): FontSet {
  const parsed = new Map<FontKey, fontkit.Font>();
  const metrics = new Map<FontKey, FontMetrics>();
  const bytes = (key: FontKey) => {
    const data = files.get(key);
    if (!data) throw new Error(`The bundled font ${key} is not loaded.`);
    return data;
  };
  const parsedFont = (key: FontKey) => {
    let font = parsed.get(key);
    if (!font) {
      font = parseFont(bytes(key));
      parsed.set(key, font);
    }
    return font;
  };
  return {
    bytes,
    parsed: parsedFont,
    metrics(key) {
      let m = metrics.get(key);
      if (!m) {
        m = fontkitMetrics(key, parsedFont(key));
        metrics.set(key, m);
      }
      return m;
    },
  };
}
