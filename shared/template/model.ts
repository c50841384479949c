import { z } from 'zod';

/**
 * A visual template of a certificate or badge (DESIGN §4). Sizes are in points (1/72 inch) so a page maps
 * to PDF without scaling. The element list is kept open here; the template editor owns its detail.
 */
export const TEMPLATE_KINDS = ['certificate', 'badge'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TemplateElementSchema = z
  .object({
    id: z.string().min(1).max(200),
    type: z.string().min(1).max(50),
    name: z.string().max(200).optional(),
    x: z.number().finite(),
    y: z.number().finite(),
    width: z.number().finite().min(0),
    height: z.number().finite().min(0),
  })
  .passthrough();
export type TemplateElement = z.infer<typeof TemplateElementSchema>;

export const TemplateBodySchema = z
  .object({
    schemaVersion: z.literal(1),
    templateKind: z.enum(TEMPLATE_KINDS),
    page: z
      .object({
        width: z.number().finite().min(10).max(20_000),
        height: z.number().finite().min(10).max(20_000),
        shape: z.enum(['rectangle', 'square', 'circle', 'shield']).optional(),
        background: z.string().max(100).optional(),
      })
      .passthrough(),
    elements: z.array(TemplateElementSchema).max(20_000),
  })
  .passthrough();
export type TemplateBody = z.infer<typeof TemplateBodySchema>;

/** A4 landscape in points. */
export const A4_LANDSCAPE = { width: 842, height: 595 } as const;

export function emptyTemplate(kind: TemplateKind): TemplateBody {
  return kind === 'certificate'
    ? { schemaVersion: 1, templateKind: kind, page: { ...A4_LANDSCAPE, shape: 'rectangle', background: '#ffffff' }, elements: [] }
    : { schemaVersion: 1, templateKind: kind, page: { width: 600, height: 600, shape: 'circle', background: '#ffffff' }, elements: [] };
}
