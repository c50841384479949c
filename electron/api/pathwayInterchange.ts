import { LaurelError } from '../../shared/api/result';
import { PATHWAY_FORMAT } from '../../shared/pathway/model';
import { PathwaySchema } from '../../shared/pathway/schema';
import { zodIssues } from '../../shared/validateBody';
import { newId, type Workspace } from '../store/workspace';

// A pathway's `laurel.pathway/1` interchange form, in and out: for the API, the CLI's export, import and
// check, and the standard exports. Apart from handlers.ts so the CLI does not load every service to use it.

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
