import type { DocumentBody } from '../../shared/documents';
import type { IssuerLook } from '../../shared/template/assetRefs';
import { resolveFont, type BrandKitBody } from '../../shared/template/brandKit';
import { DEFAULT_FONT_FAMILY } from '../../shared/template/fonts';
import type { TemplateBody } from '../../shared/template/model';
import { api, unwrap } from '../api/client';
import { loadBrandKit, loadIssuer } from './brand/workspaceLoaders';
import { loadFonts } from './canvas/bundledFonts';

/**
 * What the template editor's first frame needs, fetched at once: the design, the issuer, the kit and the
 * fonts, so the canvas draws once, in the right fonts and colours. Kept out of the editor's chunk so the
 * app can start it while that chunk is still loading (prefetchTemplate).
 */

/** The stored body is the template itself (it carries its own `schemaVersion`). */
export const templateOf = (body: DocumentBody) => body as unknown as TemplateBody;

/** How long opening waits for the template's fonts before drawing anyway (each text appears when its font does). */
const FONT_WAIT_MS = 1500;
/** A prefetch older than this is not used: the design may have changed since. */
const PREFETCH_FRESH_MS = 5000;

// TEXT_DEFAULTS' family, named from the font catalogue: importing layout would bring its code into the app's first chunk.
const REGULAR = { family: DEFAULT_FONT_FAMILY, weight: 400, italic: false } as const;

/** The fonts a template's text draws with. */
function fontsUsed(template: TemplateBody, kit: BrandKitBody | undefined) {
  const wanted: { family: string; weight: 400 | 700; italic: boolean }[] = [REGULAR];
  for (const e of template.elements) {
    if (e.type === 'text' && !e.hidden) wanted.push({ family: resolveFont(e.fontFamily, kit, DEFAULT_FONT_FAMILY), weight: e.fontWeight ?? 400, italic: e.italic ?? false });
  }
  return wanted;
}

export interface OpenedTemplate {
  template: TemplateBody;
  name: string;
  kit: BrandKitBody | undefined;
  issuer: IssuerLook | undefined;
}

async function fetchTemplate(id: string): Promise<OpenedTemplate> {
  const regular = loadFonts([REGULAR]); // the regular face starts loading with the design
  const [design, issuer] = await Promise.all([api.getDesign({ id }).then(unwrap), loadIssuer().catch(() => undefined)]);
  const template = templateOf(design.body);
  const kit = template.brandKitId ? await loadBrandKit(template.brandKitId).catch(() => undefined) : undefined;
  await Promise.race([Promise.all([regular, loadFonts(fontsUsed(template, kit))]), new Promise((r) => setTimeout(r, FONT_WAIT_MS))]);
  return { template, name: design.name, kit, issuer };
}

const prefetched = new Map<string, { at: number; opened: Promise<OpenedTemplate> }>();

/** Starts opening a template before the editor's code has arrived; the editor takes it up (once). */
export function prefetchTemplate(id: string): void {
  if (prefetched.has(id)) return;
  const opened = fetchTemplate(id);
  opened.catch(() => prefetched.delete(id)); // the editor asks again, and says what went wrong
  prefetched.set(id, { at: performance.now(), opened });
}

/** The template, its kit, issuer and fonts: the prefetch when there is a fresh one, else fetched now. */
export function openTemplate(id: string): Promise<OpenedTemplate> {
  const early = prefetched.get(id);
  prefetched.delete(id);
  return early && performance.now() - early.at < PREFETCH_FRESH_MS ? early.opened : fetchTemplate(id);
}
