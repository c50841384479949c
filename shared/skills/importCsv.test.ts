import { describe, expect, it } from 'vitest';
import { LaurelError } from '../api/result';
import { FrameworkItemSchema } from './framework';
import { DEFAULT_FRAMEWORK_NAME, importCsv } from './importCsv';

/** The error `importCsv` answers for `text`, so a test can look at its message and issues. */
function failure(text: string): LaurelError {
  try {
    importCsv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(LaurelError);
    expect((error as LaurelError).code).toBe('invalid-document');
    return error as LaurelError;
  }
  throw new Error('importCsv accepted the input');
}

describe('importCsv', () => {
  it('reads the five columns in any order and any case, and ignores other columns', () => {
    const csv = [
      'URL,Name,level,Code,Framework,DESCRIPTION',
      'https://esco.example/s/1,Query databases,3,S1.2,ESCO,Write SQL queries',
      ',Build dashboards,2,,ESCO,',
    ].join('\n');
    expect(importCsv(csv)).toEqual({
      name: 'ESCO',
      items: [
        { framework: 'ESCO', code: 'S1.2', name: 'Query databases', description: 'Write SQL queries', url: 'https://esco.example/s/1' },
        { framework: 'ESCO', name: 'Build dashboards' },
      ],
    });
  });

  it('needs only a name column; rows take the framework from the name asked for, else the file, else a default', () => {
    expect(importCsv('name\nSQL\nPython', { name: 'Our skills' })).toEqual({
      name: 'Our skills',
      items: [{ framework: 'Our skills', name: 'SQL' }, { framework: 'Our skills', name: 'Python' }],
    });
    expect(importCsv('name\nSQL').items).toEqual([{ framework: DEFAULT_FRAMEWORK_NAME, name: 'SQL' }]);
    const mixed = importCsv('framework,name\n,SQL\nO*NET,Python\nESCO,R');
    expect(mixed.name).toBe('O*NET');
    expect(mixed.items.map((i) => i.framework)).toEqual(['O*NET', 'O*NET', 'ESCO']);
  });

  it('reads what spreadsheets write: a byte order mark, CRLF, quoted commas, quotes and line breaks', () => {
    const csv = '\uFEFFframework,code,name,description\r\n"ESCO","S1","Data, cleaning","Fix ""dirty"" data\r\nstep by step"\r\n';
    expect(importCsv(csv).items).toEqual([
      { framework: 'ESCO', code: 'S1', name: 'Data, cleaning', description: 'Fix "dirty" data\r\nstep by step' },
    ]);
  });

  it('trims values and skips blank lines and rows with only empty fields', () => {
    const csv = '\n name , code \n\n  SQL  ,  A1 \n,\n , \n';
    expect(importCsv(csv).items).toEqual([{ framework: DEFAULT_FRAMEWORK_NAME, name: 'SQL', code: 'A1' }]);
  });

  it('accepts rows shorter than the header, and trailing empty fields beyond it', () => {
    expect(importCsv('name,code,description\nSQL\nPython,P1,,,').items).toEqual([
      { framework: DEFAULT_FRAMEWORK_NAME, name: 'SQL' },
      { framework: DEFAULT_FRAMEWORK_NAME, name: 'Python', code: 'P1' },
    ]);
  });

  it('gives items that are valid skill alignments', () => {
    for (const item of importCsv('framework,code,name,description,url\nESCO,1,SQL,Queries,https://x.example/1').items) {
      expect(FrameworkItemSchema.safeParse(item).success).toBe(true);
    }
  });

  it('reports a row with an empty name by the line it is on, counting line breaks inside quotes', () => {
    const csv = ['code,name,description', 'A,SQL,"one', 'two', 'three"', 'B,Python,', '', 'C,,no name here', 'D,R,'].join('\n');
    const error = failure(csv);
    expect(error.message).toBe('This CSV cannot be imported: line 7: no name');
    expect(error.issues).toEqual([{ path: 'line 7', message: 'no name' }]);
  });

  it('reports every bad row at once, the first in the message', () => {
    const error = failure('name,code\n,A\nok,B\n , C\n' + `${'x'.repeat(501)},D\n`);
    expect(error.message).toBe('This CSV cannot be imported: line 2: no name (and 2 more problems)');
    expect(error.issues).toEqual([
      { path: 'line 2', message: 'no name' },
      { path: 'line 4', message: 'no name' },
      { path: 'line 5', message: 'name is longer than 500 characters' },
    ]);
  });

  it('reports fields longer than an alignment holds', () => {
    expect(failure(`name,description\nSQL,${'d'.repeat(4001)}`).message).toBe(
      'This CSV cannot be imported: line 2: description is longer than 4,000 characters',
    );
    expect(failure(`name,url\nSQL,https://x.example/${'p'.repeat(2000)}`).message).toContain('line 2: url is longer than 2,000 characters');
  });

  it('reports a row with more fields than the header, which is usually an unquoted comma', () => {
    expect(failure('name,code\nSQL, advanced,A1\n').message).toBe(
      'This CSV cannot be imported: line 2: 3 fields, but the header has 2 (is a comma inside a value not quoted?)',
    );
  });

  it('needs a header row with a name column, and says what it found', () => {
    expect(failure('framework,code,title\nESCO,1,SQL').message).toBe(
      'This CSV cannot be imported: line 1: the header row has no “name” column (found: “framework”, “code”, “title”)',
    );
    expect(failure('\n\nSQL basics\n').message).toBe('This CSV cannot be imported: line 3: the header row has no “name” column (found: “sql basics”)');
    expect(failure('framework;code;name\nESCO;1;SQL').message).toContain('columns must be separated by commas');
  });

  it('refuses a header that names a column twice', () => {
    expect(failure('name,Name\nA,B').message).toBe('This CSV cannot be imported: line 1: the header names the column “name” twice');
  });

  it('says when the file is empty or has no rows', () => {
    expect(failure('').message).toBe('This CSV is empty: it needs a header row with at least a “name” column.');
    expect(failure('\uFEFF\r\n\r\n').message).toBe('This CSV is empty: it needs a header row with at least a “name” column.');
    expect(failure('name,code\r\n').message).toBe('This CSV has a header row but no skills.');
  });

  it('reports a quoted field that is never closed, with its line', () => {
    expect(failure('name,code\nSQL,A\n"Python,B\nR,C\n').message).toBe(
      'This CSV cannot be read: line 3: a quoted field is not closed (a " is missing)',
    );
  });

  it('refuses more skills than a framework holds', () => {
    expect(failure('name\n' + 'x\n'.repeat(100_001)).message).toBe('This CSV has 100,001 skills; a framework holds at most 100,000.');
  });
});
