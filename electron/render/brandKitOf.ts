import type { BrandKitBody } from '../../shared/template/brandKit';
import type { TemplateBody } from '../../shared/template/model';
import { BrandKitBodySchema } from '../../shared/template/schema';
import type { Workspace } from '../store/workspace';

/** The brand kit a template names, if the workspace still has it (a deleted kit leaves its fallbacks). */
export function brandKitOf(workspace: Workspace, body: TemplateBody): BrandKitBody | undefined {
  const design = body.brandKitId ? workspace.designOf(body.brandKitId, 'brandKit') : undefined;
  return design && BrandKitBodySchema.safeParse(design.body).data;
}
