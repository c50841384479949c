import type { ApiHandlers } from '../../shared/api/contract';
import { LaurelError } from '../../shared/api/result';
import { PATHWAY_FORMAT, PathwaySchema } from '../../shared/pathway/model';
import { emptyPathway } from '../../shared/pathway/emptyPathway';
import { emptyBrandKit } from '../../shared/template/brandKit';
import { emptyTemplate } from '../../shared/template/model';
import { zodIssues } from '../../shared/validateBody';
import type { Workspace } from '../store/workspace';
import { newId } from '../store/workspace';
import { createFromGallery } from '../gallery/gallery';
import { importFramework } from './importFramework';
import { credentialHandlers } from './credentialHandlers';
import { publishHandlers } from './publishHandlers';
import { FileOperatorKeyStore, type OperatorKeyStore } from '../publish/operatorKeys';
import { FileKeyStore } from '../keys/fileKeyStore';
import type { KeyStore } from '../keys/keyStore';
import { addAsset, getAsset, listGalleryItems, renderTemplate } from './templateHandlers';

/** Parses and validates `laurel.pathway/1` JSON text; says what is wrong and where. */
export function parsePathwayJson(text: string) {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LaurelError('invalid-document', `This is not JSON: ${(error as Error).message}`);
  }
  const parsed = PathwaySchema.safeParse(data);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    const format = (data as { format?: unknown } | null)?.format;
    const lead = format !== PATHWAY_FORMAT ? `This is not a ${PATHWAY_FORMAT} file` : 'This pathway is not valid';
    throw new LaurelError('invalid-document', `${lead}: ${issues[0]!.path}: ${issues[0]!.message}`, issues);
  }
  return parsed.data;
}

/** The pathway's interchange form: the stored body without the storage envelope. */
export function pathwayJson(workspace: Workspace, id: string): { json: string; fileName: string } {
  const design = workspace.get(id);
  if (design.kind !== 'pathway') throw new LaurelError('invalid-argument', `“${design.name}” is a ${design.kind}, not a pathway.`);
  const { schemaVersion: _version, ...pathway } = design.body;
  const slug = design.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'pathway';
  return { json: JSON.stringify(pathway, null, 2) + '\n', fileName: `${slug}.pathway.json` };
}

/** Adds a pathway from its JSON text; an id already in use gets a fresh one rather than replacing work. */
export function importPathway(workspace: Workspace, text: string) {
  const pathway = parsePathwayJson(text);
  // An id in use (even by a design in the trash) gets a fresh one rather than replacing anyone's work.
  const id = workspace.has(pathway.id) ? newId('pathway') : pathway.id;
  return workspace.create('pathway', pathway.name, { schemaVersion: 1, ...pathway, id }, { id, summary: 'Imported' });
}

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
