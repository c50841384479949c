import type { IssuerLook } from '../../shared/template/assetRefs';
import type { BrandKitBody } from '../../shared/template/brandKit';
import { elementIndex } from '../../shared/template/edit';
import type { TemplateBody } from '../../shared/template/model';
import type { CanvasParts } from './canvas/CanvasParts';
import { isLoaded } from './canvas/bundledFonts';
import { fontKeyOf, layoutElement } from './canvas/elementPainter';
import { lookOf } from './canvas/look';
import type { TemplateEditorStore, Viewport } from './store/TemplateEditorStore';

/**
 * A small read-only window API for end-to-end tests and benchmarks (after tldraw's e2e), so they can check
 * state and find elements on the canvas without scraping pixels. Input still goes through the real UI.
 */
declare global {
  interface Window {
    __laurelTemplate?: {
      document(): TemplateBody;
      selection(): string[];
      canUndo(): boolean;
      canRedo(): boolean;
      viewport(): Viewport;
      /** Where an element is drawn, in client pixels (undefined when it is not drawn). */
      clientRect(id: string): { x: number; y: number; width: number; height: number } | undefined;
      /** What a text or QR element shows now: as written, or filled with sample data in the preview. */
      shownText(id: string): string | undefined;
      /** Whether a gesture (drag, transform, pan) is in progress. */
      busy(): boolean;
      /** The lines a text element is broken into on the canvas (undefined until its font has loaded). */
      lines(id: string): string[] | undefined;
      brandKit(): BrandKitBody | undefined;
      issuer(): IssuerLook | undefined;
    };
  }
}

export function exposeTestApi(store: TemplateEditorStore, parts: CanvasParts): () => void {
  window.__laurelTemplate = {
    document: () => store.document,
    selection: () => [...store.getState().selection],
    canUndo: () => store.canUndo,
    canRedo: () => store.canRedo,
    viewport: () => store.getState().viewport,
    clientRect: (id) => {
      const r = parts.clientRectOf(id);
      return r && { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    shownText: (id) => {
      const el = elementIndex(store.shown).get(id);
      return el && (el.type === 'text' || el.type === 'qr') ? lookOf(store.getState()).shown(el.text ?? '') : undefined;
    },
    busy: () => parts.busy,
    lines: (id) => {
      const el = elementIndex(store.shown).get(id);
      const look = lookOf(store.getState());
      const font = el && fontKeyOf(el, look);
      if (!el || el.type !== 'text' || !font || !isLoaded(font)) return undefined;
      const item = layoutElement(el, look, undefined, el.width, el.height).find((i) => i.kind === 'text');
      return item?.kind === 'text' ? item.lines.map((l) => l.text) : [];
    },
    brandKit: () => store.getState().brandKit,
    issuer: () => store.getState().issuer,
  };
  return () => {
    delete window.__laurelTemplate;
  };
}
