import { BUNDLED_FONTS } from '../../../shared/template/fonts';
import { fontSetFromBytes, type FontSet } from '../../../shared/template/fontSet';
import { FONT_URLS } from '../fontUrls';

let loading: Promise<FontSet> | undefined;

async function fetchFont(file: string): Promise<[string, Uint8Array]> {
  const url = (FONT_URLS as Record<string, string>)[file];
  if (!url) throw new Error(`The build has no URL for the bundled font ${file}.`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The bundled font ${file} did not load (${response.status}).`);
  return [file, new Uint8Array(await response.arrayBuffer())];
}

/**
 * The bundled fonts in the page, for exports: the same bytes Node reads from resources/fonts (Vite copies
 * those very files), so the page lays text out, and embeds it in PDFs, exactly as `laurel render` does.
 * Loaded once; a failed load is retried on the next call.
 */
export function loadFontSet(): Promise<FontSet> {
  loading ??= Promise.all(BUNDLED_FONTS.map((f) => fetchFont(f.file)))
    .then((files) => fontSetFromBytes(new Map(files)))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
