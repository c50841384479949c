/**
 * A CSV reader after RFC 4180, as spreadsheets write it: comma-separated fields, quoted fields that may hold
 * commas, line breaks and doubled quotes (`""`), CRLF, LF or CR line ends, and an optional UTF-8 byte order
 * mark. A quote inside an unquoted field is kept as text (`5" screen`), as spreadsheets read it.
 */
export interface CsvRecord {
  /** The line the record starts on, counting from 1, as an editor shows it. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Line breaks in `text`, where CRLF, LF and a lone CR each count once. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

export function parseCsv(text: string): CsvRecord[] {
  const n = text.length;
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];

  for (;;) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      const openedOn = line;
      let quoted = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) throw new CsvSyntaxError(openedOn, 'a quoted field is not closed (a " is missing)');
        const chunk = text.slice(i, close);
        line += lineBreaks(chunk);
        quoted += chunk;
        if (text.charCodeAt(close + 1) === QUOTE) {
          quoted += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      const next = text.charCodeAt(i);
      if (i < n && next !== COMMA && next !== LF && next !== CR) {
        throw new CsvSyntaxError(line, `unexpected text after a closing quote: ${JSON.stringify(text.slice(i, i + 10))}`);
      }
      value = quoted;
    } else {
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === COMMA || c === LF || c === CR) break;
        end++;
      }
      value = text.slice(i, end);
      i = end;
    }
    fields.push(value);

    if (i < n && text.charCodeAt(i) === COMMA) {
      i++;
      continue;
    }
    records.push({ line: recordLine, fields });
    if (i >= n) break;
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    // A final line break ends the last record; it does not start an empty one.
    if (i >= n) break;
    fields = [];
    recordLine = line;
  }
  return records;
}
