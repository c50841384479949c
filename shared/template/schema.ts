import { z } from 'zod';
import { PAGE_SHAPES, TEMPLATE_KINDS } from './model';

/**
 * A template body as zod schemas, for what checks input: the API, the gallery and the CLI. The model's
 * types are inferred from them (model.ts); the page does not import them (see shared/pathway/schema.ts).
 */

const Id = z.string().min(1).max(200);

const Colour = z.string().max(100);

const Num = z.number().finite();

const common = {
  id: Id,
  name: z.string().max(200).optional(),
  x: Num,
  y: Num,
  width: Num.min(0),
  height: Num.min(0),
  rotation: Num.optional(), // degrees, clockwise, about the element's top-left corner (as Konva does)
  opacity: z.number().min(0).max(1).optional(),
  locked: z.boolean().optional(),
  hidden: z.boolean().optional(),
  groupId: Id.optional(),
};

const paint = { fill: Colour.optional(), stroke: Colour.optional(), strokeWidth: Num.min(0).optional() };

export const TextElementSchema = z
  .object({
    ...common,
    type: z.literal('text'),
    /** May hold merge fields: `{{recipient.name}}`. */
    text: z.string().max(20_000),
    fontFamily: z.string().max(100).optional(),
    fontSize: Num.min(1).max(1000).optional(),
    fontWeight: z.union([z.literal(400), z.literal(700)]).optional(),
    italic: z.boolean().optional(),
    fill: Colour.optional(),
    align: z.enum(['left', 'center', 'right']).optional(),
    verticalAlign: z.enum(['top', 'middle', 'bottom']).optional(),
    lineHeight: Num.min(0.5).max(5).optional(),
    letterSpacing: Num.min(-50).max(200).optional(),
    /** Wrap at the box's width (default true); otherwise one line per paragraph. */
    wrap: z.boolean().optional(),
    /** Reduce the font size until the text fits the box. */
    shrinkToFit: z.boolean().optional(),
  })
  .strict();

export const ImageElementSchema = z
  .object({ ...common, type: z.literal('image'), asset: z.string().max(100).optional(), fit: z.enum(['contain', 'cover', 'fill']).optional() })
  .strict();

export const SignatureElementSchema = z
  .object({ ...common, type: z.literal('signature'), asset: z.string().max(100).optional(), signer: z.string().max(200).optional() })
  .strict();

export const RectElementSchema = z.object({ ...common, ...paint, type: z.literal('rect'), cornerRadius: Num.min(0).optional() }).strict();

export const EllipseElementSchema = z.object({ ...common, ...paint, type: z.literal('ellipse') }).strict();

export const StarElementSchema = z
  .object({ ...common, ...paint, type: z.literal('star'), points: z.number().int().min(3).max(50).optional(), innerRatio: z.number().min(0.05).max(1).optional() })
  .strict();

export const PolygonElementSchema = z.object({ ...common, ...paint, type: z.literal('polygon'), sides: z.number().int().min(3).max(50).optional() }).strict();

/** A line from (x, y) to (x + width, y + height)… drawn along the box's diagonal from top-left. */
export const LineElementSchema = z
  .object({ ...common, type: z.literal('line'), stroke: Colour.optional(), strokeWidth: Num.min(0).optional(), dash: z.array(Num.min(0)).max(10).optional() })
  .strict();

export const QrElementSchema = z
  .object({ ...common, type: z.literal('qr'), text: z.string().max(2000).optional(), fill: Colour.optional(), background: Colour.optional() })
  .strict();

export const TemplateElementSchema = z.discriminatedUnion('type', [
  TextElementSchema,
  ImageElementSchema,
  SignatureElementSchema,
  RectElementSchema,
  EllipseElementSchema,
  StarElementSchema,
  PolygonElementSchema,
  LineElementSchema,
  QrElementSchema,
]);

export const TemplateBodySchema = z
  .object({
    schemaVersion: z.literal(1),
    templateKind: z.enum(TEMPLATE_KINDS),
    page: z
      .object({
        width: Num.min(10).max(20_000),
        height: Num.min(10).max(20_000),
        shape: z.enum(PAGE_SHAPES).optional(),
        background: Colour.optional(),
        backgroundAsset: z.string().max(100).optional(),
      })
      .strict(),
    brandKitId: Id.optional(),
    /** Sample values for preview and for fields the data does not give, by field path. */
    sampleData: z.record(z.string().max(200), z.string().max(5000)).optional(),
    /** Custom merge fields this template declares (`custom.<name>`). */
    customFields: z.array(z.string().max(100)).max(100).optional(),
    elements: z.array(TemplateElementSchema).max(20_000),
  })
  .strict();

/** A brand kit (brandKit.ts). */
export const BrandKitBodySchema = z
  .object({
    schemaVersion: z.literal(1),
    name: z.string().min(1).max(200),
    colours: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/).max(50), z.string().max(100)),
    fonts: z.object({ heading: z.string().max(100), body: z.string().max(100) }).strict(),
    logos: z.array(z.string().max(100)).max(50),
  })
  .strict();
