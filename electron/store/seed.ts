import examplePathway from '../../resources/example/data-analytics.pathway.json';
import exampleIssuer from '../../resources/example/issuer.json';
import certificateTemplate from '../../resources/example/certificate.template.json';
import badgeTemplate from '../../resources/example/badge.template.json';
import type { Workspace } from './workspace';

export const EXAMPLE_IDS = {
  pathway: examplePathway.id,
  certificateTemplate: 'template-data-analytics-certificate',
  badgeTemplate: 'template-data-analytics-badge',
  issuer: 'issuer-default',
} as const;

/** Seeds a new workspace with the complete example, so a new user sees a real design at once. */
export function seedExample(workspace: Workspace): void {
  workspace.db.transaction(() => {
    workspace.create('issuer', exampleIssuer.name, exampleIssuer, { id: EXAMPLE_IDS.issuer, summary: 'Example issuer' });
    workspace.create('template', 'Data Analytics Certificate', certificateTemplate, { id: EXAMPLE_IDS.certificateTemplate, summary: 'Example template' });
    workspace.create('template', 'Data Analytics Badge', badgeTemplate, { id: EXAMPLE_IDS.badgeTemplate, summary: 'Example template' });
    workspace.create('pathway', examplePathway.name, { schemaVersion: 1, ...examplePathway }, { id: EXAMPLE_IDS.pathway, summary: 'Example pathway' });
  })();
}

/** Creates a workspace file holding the example content. */
export function createExampleWorkspace(WorkspaceClass: typeof Workspace, file: string): Workspace {
  const ws = WorkspaceClass.create(file);
  seedExample(ws);
  return ws;
}
