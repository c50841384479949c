import { readTextFile } from './readTextFile';
import { LaurelError } from '../../shared/api/result';
import { PATHWAY_FORMAT, type Pathway } from '../../shared/pathway/model';
import { parsePathwayJson, pathwayJson } from '../api/pathwayInterchange';
import { UsageError } from './args';
import type { Command, CommandInput } from './command';
import { findDesign } from './findDesign';
import { withWorkspace } from './withWorkspace';

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * The pathway a command works on, named as `<pathway.json>` (argument `file` alone) or as
 * `<workspace> <pathway>` (arguments `file` and `pathway`). A pathway in a workspace goes through the
 * same interchange form `laurel export` prints, so a check of either says the same about the same design.
 */
export function loadPathway({ args }: CommandInput, command: Command): Pathway {
  const file = args.file!;
  const ref = args.pathway;
  if (ref !== undefined) {
    const { json } = withWorkspace(file, (workspace) => pathwayJson(workspace, findDesign(workspace, ref, 'pathway').id));
    return parsePathwayJson(json);
  }

  const text = readTextFile(file, `expected a ${PATHWAY_FORMAT} JSON file, or a workspace and a pathway in it`);
  if (text.startsWith(SQLITE_HEADER)) {
    throw new UsageError(`${command.name}: “${file}” is a workspace; name the pathway in it too: laurel ${command.name} ${file} <pathway>`, command);
  }
  try {
    return parsePathwayJson(text);
  } catch (error) {
    if (error instanceof LaurelError) throw new LaurelError(error.code, `${file}: ${error.message}`, error.issues);
    throw error;
  }
}
