import type { ApiArgs } from '../../shared/api/contract';
import { assertNever } from '../../shared/assertNever';
import type { FrameworkBody, ParsedFramework } from '../../shared/skills/framework';
import { importCase } from '../../shared/skills/importCase';
import { importCsv } from '../../shared/skills/importCsv';
import type { Workspace } from '../store/workspace';

function parseFramework({ format, text, name }: ApiArgs<'importFramework'>): ParsedFramework {
  switch (format) {
    case 'csv':
      return importCsv(text, { name });
    case 'case':
      return importCase(text, { name });
    default:
      return assertNever(format, 'framework format');
  }
}

/**
 * Adds a skill framework from CSV or CASE JSON as one new document, written in one transaction. The whole
 * file is read and checked first: a problem anywhere answers `invalid-document` with where it is, and
 * nothing is written.
 */
export function importFramework(workspace: Workspace, args: ApiArgs<'importFramework'>) {
  const { name, items } = parseFramework(args);
  const body: FrameworkBody = { schemaVersion: 1, name, source: args.format, items };
  const noun = items.length === 1 ? 'skill' : 'skills';
  const summary = workspace.create('framework', name, body, { summary: `Imported ${items.length.toLocaleString('en')} ${noun} from ${args.format.toUpperCase()}` });
  return { ...summary, count: items.length };
}
