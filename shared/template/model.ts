import type { z } from 'zod';
import type { TemplateBodySchema, TemplateElementSchema, TextElementSchema } from './schema';

/**
 * A visual template of a certificate or badge (DESIGN §4). Sizes are in points (1/72 inch), so a page
 * maps to PDF without scaling and to PNG at `dpi / 72` pixels per point. Colours are CSS hex strings or
 * brand-kit tokens (`brand:primary`); fonts are bundled family names or `brand:heading` / `brand:body`.
 */
export const TEMPLATE_KINDS = ['certificate', 'badge'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const PAGE_SHAPES = ['rectangle', 'square', 'circle', 'shield'] as const;
export type PageShape = (typeof PAGE_SHAPES)[number];

/** Paper sizes in points, portrait. */
export const PAPER = { A4: { width: 595.28, height: 841.89 }, Letter: { width: 612, height: 792 } } as const;
export const BADGE_SIZE = 600;

export type TemplateElement = z.infer<typeof TemplateElementSchema>;
export type ElementType = TemplateElement['type'];
export type TextElement = z.infer<typeof TextElementSchema>;

export type TemplateBody = z.infer<typeof TemplateBodySchema>;

/** A4 landscape in points. */
export const A4_LANDSCAPE = { width: PAPER.A4.height, height: PAPER.A4.width } as const;

export function emptyTemplate(kind: TemplateKind): TemplateBody {
  return kind === 'certificate'
    ? { schemaVersion: 1, templateKind: kind, page: { ...A4_LANDSCAPE, shape: 'rectangle', background: '#ffffff' }, elements: [] }
    : { schemaVersion: 1, templateKind: kind, page: { width: BADGE_SIZE, height: BADGE_SIZE, shape: 'circle', background: '#ffffff' }, elements: [] };
}
