import path from 'node:path';
import { LaurelError } from '../../shared/api/result';
import { mergeDataProblem, type MergeData } from '../../shared/template/mergeFields';
import { CsvSyntaxError, parseCsv } from '../../shared/skills/parseCsv';
import { readTextFile } from './readTextFile';

/** One set of field values to render, and where it came from (for file names and messages). */
export interface MergeRecord {
  data: MergeData;
  /** 1 for a JSON object; the row's number (1 = first row under the header) for CSV or a JSON array. */
  row: number;
  /** The CSV line the row starts on. */
  line?: number;
}

const FIELD_PATH = /^[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)*$/;

/** `{"recipient.name": "Ada"}` → `{"recipient": {"name": "Ada"}}`; a path that is also another's parent is refused. */
function nest(paths: readonly string[], values: readonly string[]): MergeData {
  const data: MergeData = {};
  paths.forEach((fieldPath, i) => {
    const keys = fieldPath.split('.');
    let at = data;
    for (const key of keys.slice(0, -1)) {
      const next = at[key];
      if (next === undefined) at = at[key] = {};
      else if (typeof next === 'object') at = next;
    }
    at[keys[keys.length - 1]!] = values[i] ?? '';
  });
  return data;
}

function checkHeader(header: readonly string[], file: string): void {
  const bad = header.find((name) => !FIELD_PATH.test(name));
  if (bad !== undefined) throw new LaurelError('invalid-argument', `“${file}”: the header “${bad}” is not a field path (like recipient.name).`);
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw new LaurelError('invalid-argument', `“${file}”: the column “${name}” appears twice.`);
    seen.add(name);
  }
  const parent = header.find((a) => header.some((b) => b.startsWith(a + '.')));
  if (parent) throw new LaurelError('invalid-argument', `“${file}”: “${parent}” is a column and also the start of another column's path.`);
}

function fromCsv(text: string, file: string): MergeRecord[] {
  let rows;
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new LaurelError('invalid-argument', `“${file}” line ${error.line}: ${error.message}.`);
    throw error;
  }
  const [header, ...records] = rows;
  if (!header || header.fields.every((f) => f.trim() === '')) throw new LaurelError('invalid-argument', `“${file}” has no header row of field paths (like recipient.name,recipient.email).`);
  const paths = header.fields.map((f) => f.trim());
  checkHeader(paths, file);
  // A spreadsheet often ends with empty lines: they are not rows to render.
  const filled = records.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
  return filled.map((record, i) => {
    if (record.fields.length !== paths.length) {
      throw new LaurelError('invalid-argument', `“${file}” line ${record.line}: ${record.fields.length} values for ${paths.length} columns.`);
    }
    return { data: nest(paths, record.fields), row: i + 1, line: record.line };
  });
}

function fromJson(text: string, file: string): MergeRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LaurelError('invalid-argument', `“${file}” is not JSON: ${(error as Error).message}`);
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => {
    const problem = mergeDataProblem(item);
    if (problem) throw new LaurelError('invalid-argument', `“${file}”${Array.isArray(value) ? ` item ${i + 1}` : ''}: ${problem}, nested by field path ({"recipient": {"name": "…"}}).`);
    return { data: item as MergeData, row: i + 1 };
  });
}

/**
 * Reads `--data`: a JSON object (one file), a JSON array of objects, or a CSV whose header row holds field
 * paths (one file per row). An empty CSV cell gives the field as empty text; a column the CSV does not
 * have leaves the field to the template's sample.
 */
export function readMergeData(file: string): { records: MergeRecord[]; kind: 'json-object' | 'json-array' | 'csv' } {
  const ext = path.extname(file).toLowerCase();
  const text = readTextFile(file, 'expected a JSON or CSV file of field values');
  if (ext === '.csv') return { records: fromCsv(text, file), kind: 'csv' };
  if (ext === '.json' || text.trimStart().startsWith('{') || text.trimStart().startsWith('[')) {
    const records = fromJson(text, file);
    return { records, kind: text.trimStart().startsWith('[') ? 'json-array' : 'json-object' };
  }
  return { records: fromCsv(text, file), kind: 'csv' };
}
