import { LaurelError } from '../api/result';
import { compactItem, importError, itemProblems, type FrameworkItem, type ImportProblem, type ParsedFramework } from './framework';
import { MAX_FRAMEWORK_ITEMS } from './limits';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** CASE servers write absent values as `null` or leave them out; either way there is nothing to take. */
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

const NAME_LIMIT = 500;
/** The title names the framework of every item (an alignment's framework holds 200 characters). */
const FRAMEWORK_NAME_LIMIT = 200;
/** A statement used as a name is cut to fit; the full statement stays in the description. */
const asName = (statement: string) => (statement.length > NAME_LIMIT ? `${statement.slice(0, NAME_LIMIT - 1).trimEnd()}…` : statement);

const NOT_A_PACKAGE = 'This is not a CASE CFPackage';

/**
 * Reads a skill framework from a 1EdTech CASE 1.0 CFPackage (`{CFDocument, CFItems, CFAssociations…}`):
 * every CFItem becomes an item named by its abbreviated statement (else its full statement), coded by its
 * human coding scheme, described by its full statement and linked by its URI; the framework is the
 * CFDocument's title. Associations (the tree) are not kept: a framework here is a searchable list.
 */
export function importCase(input: string, options: { name?: string | undefined } = {}): ParsedFramework {
  let data: unknown;
  try {
    data = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  } catch (error) {
    throw new LaurelError('invalid-document', `This is not JSON, so not a CASE package: ${(error as Error).message}`);
  }
  if (!isObject(data)) throw importError(NOT_A_PACKAGE, [{ path: '(top level)', message: 'expected an object with CFDocument and CFItems' }]);
  const document = data.CFDocument;
  if (!isObject(document)) throw importError(NOT_A_PACKAGE, [{ path: 'CFDocument', message: 'missing: a CFPackage starts with its CFDocument' }]);
  const title = text(document.title);
  if (!title) throw importError(NOT_A_PACKAGE, [{ path: 'CFDocument.title', message: 'the CFDocument has no title' }]);
  if (title.length > FRAMEWORK_NAME_LIMIT) {
    throw importError('This CASE package cannot be imported', [{ path: 'CFDocument.title', message: `the title is longer than ${FRAMEWORK_NAME_LIMIT} characters` }]);
  }
  if (data.CFItems !== undefined && !Array.isArray(data.CFItems)) {
    throw importError(NOT_A_PACKAGE, [{ path: 'CFItems', message: 'expected a list of CFItems' }]);
  }
  const cfItems = (data.CFItems ?? []) as unknown[];
  if (cfItems.length === 0) throw new LaurelError('invalid-document', `The CASE package “${title}” has no CFItems: there are no skills to import.`);
  if (cfItems.length > MAX_FRAMEWORK_ITEMS) {
    throw new LaurelError('invalid-document', `The CASE package “${title}” has ${cfItems.length.toLocaleString('en')} CFItems; a framework holds at most ${MAX_FRAMEWORK_ITEMS.toLocaleString('en')}.`);
  }

  const problems: ImportProblem[] = [];
  const items: FrameworkItem[] = [];
  for (const [index, cfItem] of cfItems.entries()) {
    const path = `CFItems[${index}]`;
    if (!isObject(cfItem)) {
      problems.push({ path, message: 'expected an object' });
      continue;
    }
    const full = text(cfItem.fullStatement);
    const abbreviated = text(cfItem.abbreviatedStatement);
    const name = abbreviated ?? (full && asName(full));
    if (!name) {
      problems.push({ path, message: 'no fullStatement or abbreviatedStatement to name the skill' });
      continue;
    }
    const item = compactItem({
      framework: title,
      code: text(cfItem.humanCodingScheme),
      name,
      // When the name is the whole statement already, repeating it as the description adds nothing.
      description: full === name ? undefined : full,
      url: text(cfItem.uri),
    });
    const wrong = itemProblems(item);
    for (const message of wrong) problems.push({ path, message });
    if (wrong.length === 0) items.push(item);
  }
  if (problems.length > 0) throw importError('This CASE package cannot be imported', problems);
  return { name: options.name ?? title, items };
}
