import fs from 'node:fs';
import path from 'node:path';
import { PATHWAY_FORMAT } from '../../../shared/pathway/model';
import { pathwayJson } from '../../api/handlers';
import { stringOption, UsageError } from '../args';
import type { Command } from '../command';
import { findDesign } from '../findDesign';
import { withWorkspace } from '../withWorkspace';

export const exportCommand = {
  name: 'export',
  summary: `Print a pathway as ${PATHWAY_FORMAT} JSON, or write it to a file`,
  usage: 'export <file> <design> [--out <file>]',
  arguments: ['file', 'design'],
  options: {
    out: { type: 'string', short: 'o', value: 'file', description: 'Write the JSON to this file instead of printing it' },
  },
  details: '<design> is a pathway\'s id or its name (exact first, then ignoring case).',
  run(input, io) {
    const workspaceFile = input.args.file!;
    const out = stringOption(input, 'out');
    if (out !== undefined && path.resolve(out) === path.resolve(workspaceFile)) {
      throw new UsageError('export: --out names the workspace file itself; choose another file', exportCommand);
    }
    const { json } = withWorkspace(workspaceFile, (workspace) => pathwayJson(workspace, findDesign(workspace, input.args.design!, 'pathway').id));
    if (out === undefined) io.out(json);
    else fs.writeFileSync(out, json);
  },
} satisfies Command;
