import { z } from 'zod';
import type { CredentialSummary, Design, DesignSummary, RevisionSummary } from '../documents';
import { DesignNameSchema, DocumentBodySchema, DocumentIdSchema } from '../documents';
import { BrandKitBodySchema } from '../template/schema';
import { mergeDataProblem, type MergeData } from '../template/mergeFields';
import { TEMPLATE_KINDS, type TemplateKind } from '../template/model';
import { FRAMEWORK_SOURCES, type SkillSearchHit } from '../skills/framework';
import { MAX_FRAMEWORK_TEXT } from '../skills/limits';
import { credentialContract } from './credentialContract';
import { publishContract } from './publishContract';
import type { ApiResult } from './result';
import type { MethodName } from './methods';

/**
 * The one API (DESIGN §3): every method's argument schema and result type, in one place. The IPC
 * handlers, the preload bridge, the browser host and the renderer client are all derived from it.
 */
interface Method<A extends z.ZodType, R> {
  args: A;
  /** Phantom: carries the result type only. */
  result?: R;
}
const method = <R>() => <A extends z.ZodType>(args: A): Method<A, R> => ({ args });

const NoArgs = z.object({}).strict();
const ItemKeySchema = z.string().min(1).max(500);
const ItemChangesSchema = z
  .object({
    put: z.array(z.record(z.string(), z.unknown())),
    remove: z.array(ItemKeySchema),
    order: z.array(ItemKeySchema).optional(),
  })
  .strict();
const ById = z.object({ id: DocumentIdSchema }).strict();

export interface WorkspaceInfo {
  fileName: string;
  path: string;
  schemaVersion: number;
  counts: Record<string, number>;
}
export const MIN_RENDER_DPI = 18;
export const MAX_RENDER_DPI = 1200;
const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 in lower-case hex');
const MergeDataSchema = z
  .record(z.string().max(200), z.unknown())
  .superRefine((value, ctx) => {
    const problem = mergeDataProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => value as MergeData);

export interface AddedAsset {
  sha256: string;
  mediaType: 'image/png' | 'image/jpeg' | 'image/svg+xml';
  width: number;
  height: number;
  /** Scripts, links out or editor metadata were taken out of an SVG before it was stored. */
  sanitised: boolean;
}
export interface GalleryItem {
  id: string;
  name: string;
  templateKind: TemplateKind;
  description: string;
  /** A PNG about 320 pixels wide. */
  previewBase64: string;
}

export interface DesignList {
  designs: DesignSummary[];
  credentials: CredentialSummary[];
}

export const contract = {
  getWorkspace: method<WorkspaceInfo>()(NoArgs),
  listDesigns: method<DesignList>()(z.object({ query: z.string().max(300).optional() }).strict()),
  getDesign: method<Design>()(ById),
  createDesign: method<DesignSummary>()(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('pathway'), name: DesignNameSchema.optional() }).strict(),
      z
        .object({
          kind: z.literal('template'),
          name: DesignNameSchema.optional(),
          templateKind: z.enum(TEMPLATE_KINDS).optional(),
        })
        .strict(),
      z.object({ kind: z.literal('brandKit'), name: DesignNameSchema.optional(), body: BrandKitBodySchema.optional() }).strict(),
    ]),
  ),
  saveDesign: method<DesignSummary>()(
    z
      .object({
        id: DocumentIdSchema,
        body: DocumentBodySchema,
        /** What changed, in words, for the history panel. */
        summary: z.string().max(500).optional(),
      })
      .strict(),
  ),
  /** Autosave: the changes since `baseRevision` (shared/bodyChanges.ts); `conflict` when that is no longer the current revision. */
  saveDesignChanges: method<DesignSummary>()(
    z
      .object({
        id: DocumentIdSchema,
        baseRevision: z.number().int().min(1),
        fields: z.record(z.string().max(200), z.unknown()).optional(),
        items: z.record(z.string().max(200), ItemChangesSchema).optional(),
        summary: z.string().max(500).optional(),
      })
      .strict(),
  ),
  renameDesign: method<DesignSummary>()(z.object({ id: DocumentIdSchema, name: DesignNameSchema }).strict()),
  duplicateDesign: method<DesignSummary>()(ById),
  deleteDesign: method<{ deleted: string }>()(ById),
  listDeleted: method<DesignSummary[]>()(NoArgs),
  restoreDeleted: method<DesignSummary>()(ById),
  listRevisions: method<RevisionSummary[]>()(ById),
  getRevision: method<Design>()(z.object({ id: DocumentIdSchema, revision: z.number().int().min(1) }).strict()),
  restoreRevision: method<DesignSummary>()(
    z.object({ id: DocumentIdSchema, revision: z.number().int().min(1) }).strict(),
  ),
  importPathway: method<DesignSummary>()(z.object({ json: z.string().min(1) }).strict()),
  exportPathway: method<{ json: string; fileName: string }>()(ById),
  /** Adds a skill framework from CSV (`framework,code,name,description,url`) or a CASE CFPackage. */
  importFramework: method<DesignSummary & { count: number }>()(
    z.object({ format: z.enum(FRAMEWORK_SOURCES), text: z.string().max(MAX_FRAMEWORK_TEXT), name: DesignNameSchema.optional() }).strict(),
  ),
  /** Items of every framework whose name, code or description contains `query`; `limit` defaults to 50. */
  searchSkills: method<{ items: SkillSearchHit[] }>()(
    z.object({ query: z.string().max(300), limit: z.number().int().min(1).max(200).optional() }).strict(),
  ),
  /**
   * Stores an image (PNG, JPEG or SVG, told apart by its bytes) once by SHA-256. An SVG is sanitised first;
   * an image over 40 megapixels or 20 MB, a damaged file or anything else is refused and nothing is stored.
   */
  addAsset: method<AddedAsset>()(
    z.object({ fileName: z.string().min(1).max(300), mediaType: z.string().max(100).optional(), dataBase64: z.string().min(1) }).strict(),
  ),
  getAsset: method<{ mediaType: string; dataBase64: string }>()(z.object({ sha256: Sha256Schema }).strict()),
  /** A template drawn in Node, as `laurel render` draws it: PNG at `dpi` (72, one pixel a point, if left out) or PDF. */
  renderTemplate: method<{ fileName: string; mediaType: 'image/png' | 'application/pdf'; dataBase64: string }>()(
    z
      .object({
        id: DocumentIdSchema,
        format: z.enum(['png', 'pdf']).optional(),
        dpi: z.number().int().min(MIN_RENDER_DPI).max(MAX_RENDER_DPI).optional(),
        /** Field values nested by path; fields it leaves out keep the template's samples. */
        data: MergeDataSchema.optional(),
      })
      .strict(),
  ),
  /** The bundled designs to start from, each with a small PNG preview. */
  listGallery: method<GalleryItem[]>()(NoArgs),
  /** A new template in the workspace, copied from a gallery design with its pictures. */
  createFromGallery: method<DesignSummary>()(z.object({ galleryId: z.string().min(1).max(100), name: DesignNameSchema.optional() }).strict()),
  ...credentialContract,
  ...publishContract,
} satisfies Record<MethodName, Method<z.ZodType, unknown>>;

type Contract = typeof contract;
export type ApiArgs<M extends MethodName> = z.output<Contract[M]['args']>;
export type ApiValue<M extends MethodName> = NonNullable<Contract[M]['result']>;

/** The API as the renderer sees it: `window.laurel.listDesigns({})`. */
export type LaurelApi = { [M in MethodName]: (args: ApiArgs<M>) => Promise<ApiResult<ApiValue<M>>> };

/** What the Node side implements; a handler may throw `LaurelError` to answer a typed error. */
export type ApiHandlers = { [M in MethodName]: (args: ApiArgs<M>) => ApiValue<M> | Promise<ApiValue<M>> };
