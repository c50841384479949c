import type { ApiHandlers } from '../../shared/api/contract';
import { emptyPathway } from '../../shared/pathway/emptyPathway';
import { emptyBrandKit } from '../../shared/template/brandKit';
import { emptyTemplate } from '../../shared/template/model';
import type { Workspace } from '../store/workspace';
import { createFromGallery } from '../gallery/gallery';
import { importFramework } from './importFramework';
import { credentialHandlers } from './credentialHandlers';
import { publishHandlers } from './publishHandlers';
import { FileOperatorKeyStore, type OperatorKeyStore } from '../publish/operatorKeys';
import { FileKeyStore } from '../keys/fileKeyStore';
import { importPathway, pathwayJson } from './pathwayInterchange';
import type { KeyStore } from '../keys/keyStore';
import { addAsset, getAsset, listGalleryItems, renderTemplate } from './templateHandlers';

/** The API's Node side over the currently open workspace. */
export interface HandlerOptions {
  keyStore?: KeyStore;
  operatorKeys?: OperatorKeyStore;
  /** Subscribes to switches of the open workspace (WorkspaceSession.onSwitch), where the host has them. */
  onWorkspaceSwitch?: (listener: () => void) => void;
}

export function createHandlers(workspace: () => Workspace, options: HandlerOptions = {}) {
  return {
    // Issuer and operator keys live in this machine's key store: Electron safeStorage in the app, a key file elsewhere.
    ...credentialHandlers(workspace, options.keyStore ?? new FileKeyStore()),
    ...publishHandlers(workspace, options.operatorKeys ?? new FileOperatorKeyStore(), { onWorkspaceSwitch: options.onWorkspaceSwitch }),
    getWorkspace: () => workspace().info(),
    listDesigns: ({ query }) => workspace().list(query),
    getDesign: ({ id }) => workspace().get(id),
    createDesign: (args) => {
      switch (args.kind) {
        case 'pathway':
          return workspace().create('pathway', args.name ?? 'Untitled pathway', emptyPathway(args.name ?? 'Untitled pathway'));
        case 'template':
          return workspace().create('template', args.name ?? 'Untitled template', emptyTemplate(args.templateKind ?? 'certificate'));
        case 'brandKit': {
          const name = args.name ?? args.body?.name ?? 'Untitled brand kit';
          return workspace().create('brandKit', name, args.body ?? emptyBrandKit(name));
        }
      }
    },
    saveDesign: ({ id, body, summary }) => workspace().save(id, body, summary),
    saveDesignChanges: ({ id, baseRevision, fields, items, summary }) => workspace().saveChanges(id, baseRevision, { fields, items }, summary),
    renameDesign: ({ id, name }) => workspace().rename(id, name),
    duplicateDesign: ({ id }) => workspace().duplicate(id),
    deleteDesign: ({ id }) => workspace().delete(id),
    listDeleted: () => workspace().listDeleted(),
    restoreDeleted: ({ id }) => workspace().restoreDeleted(id),
    listRevisions: ({ id }) => workspace().listRevisions(id),
    getRevision: ({ id, revision }) => workspace().getRevision(id, revision),
    restoreRevision: ({ id, revision }) => workspace().restoreRevision(id, revision),
    importPathway: ({ json }) => importPathway(workspace(), json),
    exportPathway: ({ id }) => pathwayJson(workspace(), id),
    importFramework: (args) => importFramework(workspace(), args),
    searchSkills: ({ query, limit }) => ({ items: workspace().searchSkills(query, limit ?? 50) }),
    addAsset: (args) => addAsset(workspace(), args),
    getAsset: ({ sha256 }) => getAsset(workspace(), sha256),
    renderTemplate: (args) => renderTemplate(workspace(), args),
    listGallery: () => listGalleryItems(),
    createFromGallery: ({ galleryId, name }) => createFromGallery(workspace(), galleryId, name),
  } satisfies ApiHandlers;
}
