/**
 * Where the build puts each bundled font file (resources/fonts/). Literal URLs, so Vite copies exactly
 * these files into the build; `bundledFonts` checks every catalogued file has one.
 */
export const FONT_URLS = {
  'Inter-Regular.ttf': new URL('../../resources/fonts/Inter-Regular.ttf', import.meta.url).href,
  'Inter-Italic.ttf': new URL('../../resources/fonts/Inter-Italic.ttf', import.meta.url).href,
  'Inter-Bold.ttf': new URL('../../resources/fonts/Inter-Bold.ttf', import.meta.url).href,
  'Inter-BoldItalic.ttf': new URL('../../resources/fonts/Inter-BoldItalic.ttf', import.meta.url).href,
  'PlayfairDisplay-Regular.ttf': new URL('../../resources/fonts/PlayfairDisplay-Regular.ttf', import.meta.url).href,
  'PlayfairDisplay-Italic.ttf': new URL('../../resources/fonts/PlayfairDisplay-Italic.ttf', import.meta.url).href,
  'PlayfairDisplay-Bold.ttf': new URL('../../resources/fonts/PlayfairDisplay-Bold.ttf', import.meta.url).href,
  'GreatVibes-Regular.ttf': new URL('../../resources/fonts/GreatVibes-Regular.ttf', import.meta.url).href,
} as const;
