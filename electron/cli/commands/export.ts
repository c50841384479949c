import fs from 'node:fs';
import { LaurelError } from '../../../shared/api/result';
import { PATHWAY_FORMAT } from '../../../shared/pathway/model';
import { stringOption, UsageError } from '../args';
import type { Command } from '../command';
import { findDesign } from '../findDesign';
import { withWorkspace } from '../withWorkspace';
import { EXPORT_FORMATS, type ExportFormat } from '../../credentials/exportFormats';
import { pathwayJson } from '../../api/pathwayInterchange';

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
  summary: `Print a pathway as ${PATHWAY_FORMAT}, CLR 2.0 or CASE JSON, or write it to a file`,
  usage: 'export <file> <design> [--as laurel|clr|case] [--out <file>]',
  arguments: ['file', 'design'],
  options: {
    as: {
      type: 'string',
      value: 'laurel|clr|case',
      description: `${PATHWAY_FORMAT} (default), CLR 2.0-shaped achievements and associations, or the skills as a CASE CFPackage`,
    },
    out: {
      type: 'string',
      short: 'o',
      value: 'file',
      description: 'Write the JSON to this file instead of printing it (it may replace an earlier export, never a workspace)',
    },
  },
  details: '<design> is a pathway\'s id or its name (exact first, then ignoring case).',
  async run(input, io) {
    const workspaceFile = input.args.file!;
    const out = stringOption(input, 'out');
    if (out !== undefined && isSqliteFile(out)) {
      throw new UsageError(`export: “${out}” is a database (a workspace?); Laurel will not overwrite it with JSON`, exportCommand);
    }
    const format = stringOption(input, 'as') ?? 'laurel';
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`export: --as takes laurel, clr or case, not “${format}”`, exportCommand);
    // The credential stack (JSON-LD, signing) loads only when a standard form needs it.
    const exportAs = format === 'laurel' ? undefined : (await import('../../credentials/standardExports')).exportPathwayAs;
    const { json } = withWorkspace(workspaceFile, (workspace) => {
      const id = findDesign(workspace, input.args.design!, 'pathway').id;
      return exportAs ? exportAs(workspace, id, format as ExportFormat) : pathwayJson(workspace, id);
    });
    if (out === undefined) io.out(json);
    else writeOut(out, json);
  },
} satisfies Command;
