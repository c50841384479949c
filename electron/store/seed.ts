import examplePathway from '../../resources/example/data-analytics.pathway.json';
import exampleIssuer from '../../resources/example/issuer.json';
import certificateTemplate from '../../resources/example/certificate.template.json';
import badgeTemplate from '../../resources/example/badge.template.json';
import exampleBrandKit from '../../resources/example/brand-kit.json';
import { TemplateBodySchema } from '../../shared/template/schema';
import { resourcePath } from '../files/resourcePath';
import { readBundledImage, resolveBundledRef, withBundledAssets } from '../gallery/bundledAssets';
import type { Workspace } from './workspace';

export const EXAMPLE_IDS = {
  pathway: examplePathway.id,
  certificateTemplate: 'template-data-analytics-certificate',
  badgeTemplate: 'template-data-analytics-badge',
  issuer: 'issuer-default',
  brandKit: 'brandkit-northwind',
} as const;

/** Seeds a new workspace with the complete example, so a new user sees a real design at once. */
export function seedExample(workspace: Workspace): void {
  // The example's pictures (issuer logo, signature) are files beside it, stored as assets like any image.
  const exampleDir = resourcePath('example');
  const store = (ref: string) => {
    const image = readBundledImage(exampleDir, ref);
    return workspace.putAsset(image.bytes, image.mediaType);
  };
  workspace.db.transaction(() => {
    const issuer = { ...exampleIssuer, logoAsset: resolveBundledRef(exampleIssuer.logoAsset, store) };
    workspace.create('issuer', exampleIssuer.name, issuer, { id: EXAMPLE_IDS.issuer, summary: 'Example issuer' });
    const kit = { ...exampleBrandKit, logos: exampleBrandKit.logos.map((ref) => resolveBundledRef(ref, store)) };
    workspace.create('brandKit', exampleBrandKit.name, kit, { id: EXAMPLE_IDS.brandKit, summary: 'Example brand kit' });
    const certificate = withBundledAssets(TemplateBodySchema.parse(certificateTemplate), store);
    workspace.create('template', 'Data Analytics Certificate', certificate, { id: EXAMPLE_IDS.certificateTemplate, summary: 'Example template' });
    const badge = withBundledAssets(TemplateBodySchema.parse(badgeTemplate), store);
    workspace.create('template', 'Data Analytics Badge', badge, { id: EXAMPLE_IDS.badgeTemplate, summary: 'Example template' });
    workspace.create('pathway', examplePathway.name, { schemaVersion: 1, ...examplePathway }, { id: EXAMPLE_IDS.pathway, summary: 'Example pathway' });
  })();
}

/** Creates a workspace file holding the example content. */
export function createExampleWorkspace(WorkspaceClass: typeof Workspace, file: string): Workspace {
  const ws = WorkspaceClass.create(file);
  seedExample(ws);
  return ws;
}
