import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './parseCsv';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv', () => {
  it('splits records on line ends and fields on commas', () => {
    expect(fields('a,b,c\n1,2,3\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
    expect(fields('a,b,c\n1,2,3')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fields('a,,c,\n,,,')).toEqual([['a', '', 'c', ''], ['', '', '', '']]);
  });

  it('reads commas inside quoted fields as text', () => {
    expect(fields('name,description\n"SQL, advanced","joins, windows, CTEs"')).toEqual([
      ['name', 'description'],
      ['SQL, advanced', 'joins, windows, CTEs'],
    ]);
  });

  it('reads a doubled quote inside a quoted field as one quote', () => {
    expect(fields('"say ""hello""",""""\n""')).toEqual([['say "hello"', '"'], ['']]);
  });

  it('accepts CRLF, LF and lone CR line ends alike', () => {
    expect(fields('a,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fields('a,b\r1,2\r')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fields('a\r\nb\nc\rd')).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('keeps line breaks inside quoted fields, and numbers the records by the line they start on', () => {
    const records = parseCsv('name,description\r\n"A","first\r\nsecond\nthird"\r\n"B","x"\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['name', 'description'] },
      { line: 2, fields: ['A', 'first\r\nsecond\nthird'] },
      { line: 5, fields: ['B', 'x'] },
    ]);
  });

  it('drops a UTF-8 byte order mark before the first field', () => {
    expect(fields('\uFEFFname,code\nx,1')).toEqual([['name', 'code'], ['x', '1']]);
    expect(fields('\uFEFF"name",code')).toEqual([['name', 'code']]);
  });

  it('keeps a quote inside an unquoted field as text, as spreadsheets do', () => {
    expect(fields('5" screen,ok')).toEqual([['5" screen', 'ok']]);
  });

  it('does not trim: spaces belong to the value', () => {
    expect(fields(' a , b ')).toEqual([[' a ', ' b ']]);
  });

  it('reads empty input as one empty record', () => {
    expect(parseCsv('')).toEqual([{ line: 1, fields: [''] }]);
    expect(parseCsv('\uFEFF')).toEqual([{ line: 1, fields: [''] }]);
  });

  it('reports a quoted field that is never closed, on the line where it opens', () => {
    const read = () => parseCsv('name\nok\n"unclosed,\nstill going\n');
    expect(read).toThrow(CsvSyntaxError);
    expect(read).toThrow('a quoted field is not closed');
    try {
      read();
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(3);
    }
  });

  it('reports text after a closing quote, with its line', () => {
    try {
      parseCsv('a\n"b\nc"d,e');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(3);
      expect((error as CsvSyntaxError).message).toBe('unexpected text after a closing quote: "d,e"');
    }
  });

  it('reads back whatever a spreadsheet writes, with line numbers that count every line break', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '\r\n', 'é', '\uFEFF', '😀') });
    const quote = (f: string) => (/[",\r\n]/.test(f) || f.startsWith('\uFEFF') ? `"${f.replaceAll('"', '""')}"` : f);
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        (rows, eol, bom, finalEol) => {
          // A lone empty field would be written as an empty line; spreadsheets quote it, and so does this writer.
          const lines = rows.map((row) => (row.length === 1 && row[0] === '' ? '""' : row.map(quote).join(',')));
          const text = (bom ? '\uFEFF' : '') + lines.join(eol) + (finalEol ? eol : '');
          const records = parseCsv(text);
          expect(records.map((r) => r.fields)).toEqual(rows);
          let line = 1;
          records.forEach((record, i) => {
            expect(record.line).toBe(line);
            line += 1 + (lines[i]!.match(/\r\n|\r|\n/g)?.length ?? 0);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
