import zlib from 'node:zlib';
import { LaurelError } from '../../shared/api/result';
import { templateAssets, type IssuerLook } from '../../shared/template/assetRefs';
import type { BrandKitBody } from '../../shared/template/brandKit';
import { TemplateBodySchema } from '../../shared/template/schema';
import { layoutTemplate, type Layout } from '../../shared/template/layout';
import type { MergeData } from '../../shared/template/mergeFields';
import type { TemplateBody } from '../../shared/template/model';
import { renderPdf } from '../../shared/template/render/pdf';
import { issuerLook } from '../keys/issuerIdentity';
import { brandKitOf } from './brandKitOf';
import type { Workspace } from '../store/workspace';
import { bundledFonts } from './bundledFonts';
import { renderPng } from './renderPng';
import { TemplateImages } from './templateImages';

export { DPI_1X, fileSlug, type RenderFormat } from './renderNames';
import { DPI_1X, type RenderFormat } from './renderNames';

export interface RenderedFile {
  bytes: Buffer;
  mediaType: 'image/png' | 'application/pdf';
}


/**
 * A template with everything its renders share, read from the workspace once: its body, brand kit, issuer
 * and decoded images. `laurel render` of a thousand CSV rows prepares once and renders a thousand times.
 */
export class PreparedTemplate {
  private constructor(
    readonly id: string,
    readonly name: string,
    readonly body: TemplateBody,
    readonly brandKit: BrandKitBody | undefined,
    readonly issuer: IssuerLook | undefined,
    readonly images: TemplateImages,
  ) {}

  static async prepare(workspace: Workspace, id: string): Promise<PreparedTemplate> {
    const design = workspace.get(id);
    if (design.kind !== 'template') throw new LaurelError('invalid-argument', `“${design.name}” is a ${design.kind}, not a template.`);
    const body = TemplateBodySchema.parse(design.body);
    const brandKit = brandKitOf(workspace, body);
    const issuer = issuerLook(workspace);
    const images = await TemplateImages.load(workspace, templateAssets(body, brandKit, issuer));
    return new PreparedTemplate(design.id, design.name, body, brandKit, issuer, images);
  }

  layout(data?: MergeData): Layout {
    return layoutTemplate(this.body, { fonts: bundledFonts(), data, brandKit: this.brandKit, issuer: this.issuer, imageSizes: this.images.sizes });
  }

  async render(format: RenderFormat, options: { data?: MergeData; dpi?: number } = {}): Promise<RenderedFile> {
    const layout = this.layout(options.data);
    if (format === 'png') {
      return { bytes: renderPng(layout, { fonts: bundledFonts(), images: this.images.forCanvas, dpi: options.dpi ?? DPI_1X }), mediaType: 'image/png' };
    }
    const bytes = await renderPdf(layout, { fonts: bundledFonts(), images: this.images.forPdf(layout), title: this.name, deflate: (data) => zlib.deflateSync(data) });
    return { bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), mediaType: 'application/pdf' };
  }
}

