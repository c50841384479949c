import { LaurelError } from '../../../shared/api/result';
import { readTextFile } from '../readTextFile';
import { PATHWAY_FORMAT } from '../../../shared/pathway/model';
import { importPathway, parsePathwayJson } from '../../api/pathwayInterchange';
import type { Command } from '../command';
import { printJson } from '../command';
import { withWorkspace } from '../withWorkspace';

export const importCommand = {
  name: 'import',
  summary: `Add a pathway from a ${PATHWAY_FORMAT} JSON file`,
  usage: 'import <file> <json-file>',
  arguments: ['file', 'json-file'],
  details:
    'Prints the new design\'s {"id", "name"}. A pathway whose id is already in use gets a fresh id.\n' +
    'An invalid file is reported with where it is wrong, and nothing is written.',
  run({ args }, io) {
    const jsonFile = args['json-file']!;
    const text = readTextFile(jsonFile);
    // Validate before the workspace is even opened, so bad input cannot touch it.
    try {
      parsePathwayJson(text);
    } catch (error) {
      if (error instanceof LaurelError) throw new LaurelError(error.code, `${jsonFile}: ${error.message}`, error.issues);
      throw error;
    }
    const { id, name } = withWorkspace(args.file!, (workspace) => importPathway(workspace, text));
    printJson(io, { id, name });
  },
} satisfies Command;
