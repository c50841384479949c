import { LaurelError } from '../api/result';
import { compactItem, importError, itemProblems, type FrameworkItem, type ImportProblem, type ParsedFramework } from './framework';
import { MAX_FRAMEWORK_ITEMS } from './limits';
import { CsvSyntaxError, parseCsv, type CsvRecord } from './parseCsv';

export const CSV_COLUMNS = ['framework', 'code', 'name', 'description', 'url'] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

export const DEFAULT_FRAMEWORK_NAME = 'Imported framework';

const isBlank = (record: CsvRecord) => record.fields.every((f) => f.trim() === '');
const isColumn = (name: string): name is CsvColumn => (CSV_COLUMNS as readonly string[]).includes(name);

/** Where each known column is in the header; other columns (a level, a category) are ignored. */
function readHeader(header: CsvRecord): Map<CsvColumn, number> {
  const columns = new Map<CsvColumn, number>();
  const names = header.fields.map((f) => f.trim().toLowerCase());
  names.forEach((name, index) => {
    if (!isColumn(name)) return;
    if (columns.has(name)) throw importError('This CSV cannot be imported', [{ path: `line ${header.line}`, message: `the header names the column “${name}” twice` }]);
    columns.set(name, index);
  });
  if (!columns.has('name')) {
    const cell = header.fields[0] ?? '';
    const hint = names.length === 1 && /[;\t]/.test(cell) ? '; columns must be separated by commas' : '';
    const found = names.filter(Boolean).map((n) => `“${n}”`).join(', ') || 'none';
    throw importError('This CSV cannot be imported', [
      { path: `line ${header.line}`, message: `the header row has no “name” column (found: ${found})${hint}` },
    ]);
  }
  return columns;
}

/**
 * Reads a skill framework from CSV with a header row naming the columns `framework`, `code`, `name`,
 * `description` and `url` in any order and any case; only `name` is required. Rows without a framework
 * take the document's name: `name` if given, else the first framework named in the file.
 * Every problem is reported with its line; nothing is returned unless the whole file is good.
 */
export function importCsv(text: string, options: { name?: string | undefined } = {}): ParsedFramework {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw importError('This CSV cannot be read', [{ path: `line ${error.line}`, message: error.message }]);
    throw error;
  }
  const rows = records.filter((r) => !isBlank(r));
  const header = rows.shift();
  if (!header) throw new LaurelError('invalid-document', 'This CSV is empty: it needs a header row with at least a “name” column.');
  const columns = readHeader(header);
  if (rows.length === 0) throw new LaurelError('invalid-document', 'This CSV has a header row but no skills.');
  if (rows.length > MAX_FRAMEWORK_ITEMS) {
    throw new LaurelError('invalid-document', `This CSV has ${rows.length.toLocaleString('en')} skills; a framework holds at most ${MAX_FRAMEWORK_ITEMS.toLocaleString('en')}.`);
  }

  const cell = (row: CsvRecord, column: CsvColumn) => {
    const index = columns.get(column);
    return index === undefined ? '' : (row.fields[index] ?? '').trim();
  };
  const name = options.name ?? (rows.map((r) => cell(r, 'framework')).find(Boolean) || DEFAULT_FRAMEWORK_NAME);
  const problems: ImportProblem[] = [];
  const items: FrameworkItem[] = [];
  for (const row of rows) {
    const path = `line ${row.line}`;
    const extra = row.fields.slice(header.fields.length);
    if (extra.some((f) => f.trim() !== '')) {
      problems.push({ path, message: `${row.fields.length} fields, but the header has ${header.fields.length} (is a comma inside a value not quoted?)` });
      continue;
    }
    const item = compactItem({
      framework: cell(row, 'framework') || name,
      code: cell(row, 'code'),
      name: cell(row, 'name'),
      description: cell(row, 'description'),
      url: cell(row, 'url'),
    });
    const wrong = itemProblems(item);
    for (const message of wrong) problems.push({ path, message });
    if (wrong.length === 0) items.push(item);
  }
  if (problems.length > 0) throw importError('This CSV cannot be imported', problems);
  return { name, items };
}
