import type { BrandKitBody } from '../../shared/template/brandKit';
import type { TemplateBody } from '../../shared/template/model';
import { BrandKitBodySchema } from '../../shared/template/schema';
import type { Workspace } from '../store/workspace';

/** The brand kit a template names, if the workspace still has it (a deleted kit leaves its fallbacks). */
export function brandKitOf(workspace: Workspace, body: TemplateBody): BrandKitBody | undefined {
  if (!body.brandKitId || !workspace.has(body.brandKitId)) return undefined;
  try {
    const design = workspace.get(body.brandKitId);
    const parsed = BrandKitBodySchema.safeParse(design.body);
    return design.kind === 'brandKit' && parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // in the trash
  }
}
