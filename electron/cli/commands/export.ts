import fs from 'node:fs';
import { LaurelError } from '../../../shared/api/result';
import { PATHWAY_FORMAT } from '../../../shared/pathway/model';
import { pathwayJson } from '../../api/handlers';
import { stringOption, UsageError } from '../args';
import type { Command } from '../command';
import { findDesign } from '../findDesign';
import { withWorkspace } from '../withWorkspace';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** --out may replace an earlier export, but never a workspace, least of all the one being read. */
function isSqliteFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const header = Buffer.alloc(SQLITE_HEADER.length);
    fs.readSync(fd, header, 0, header.length, 0);
    return header.equals(SQLITE_HEADER);
  } catch {
    return false; // absent, or not readable: writing it will say what is wrong
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function writeOut(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (error) {
    throw new LaurelError('invalid-argument', `Cannot write “${file}”: ${(error as Error).message}`);
  }
}

export const exportCommand = {
  name: 'export',
  summary: `Print a pathway as ${PATHWAY_FORMAT} JSON, or write it to a file`,
  usage: 'export <file> <design> [--out <file>]',
  arguments: ['file', 'design'],
  options: {
    out: {
      type: 'string',
      short: 'o',
      value: 'file',
      description: 'Write the JSON to this file instead of printing it (it may replace an earlier export, never a workspace)',
    },
  },
  details: '<design> is a pathway\'s id or its name (exact first, then ignoring case).',
  run(input, io) {
    const workspaceFile = input.args.file!;
    const out = stringOption(input, 'out');
    if (out !== undefined && isSqliteFile(out)) {
      throw new UsageError(`export: “${out}” is a database (a workspace?); Laurel will not overwrite it with JSON`, exportCommand);
    }
    const { json } = withWorkspace(workspaceFile, (workspace) =>
      pathwayJson(workspace, findDesign(workspace, input.args.design!, 'pathway').id),
    );
    if (out === undefined) io.out(json);
    else writeOut(out, json);
  },
} satisfies Command;
