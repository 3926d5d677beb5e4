import { SourceError } from './source-error.ts';

/** One parsed CSV row and the 1-based line on which it starts. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** Options for parseCsv. */
export interface CsvOptions {
  delimiter?: string;
  /** File name for error messages. */
  file: string;
}

const EOF_MARK = '\u001a';
const QUOTE = 34;
const LF = 10;
const CR = 13;
/** What String.prototype.trim removes: a cell of only these before a quote is still "empty". */
const SPACE = /^\s*$/;

function isSpace(code: number): boolean {
  return code === 32 || (code < 128 ? code >= 9 && code <= 13 : SPACE.test(String.fromCharCode(code)));
}

/**
 * RFC 4180 CSV reader that keeps line numbers. Handles quoted fields with delimiters, doubled quotes and line
 * breaks, CRLF, a UTF-8 BOM, and OFAC's trailing 0x1A end-of-file byte. An unterminated quote is an error.
 * Linear in the text's length whatever it holds (every character is looked at a bounded number of times), and
 * yields row by row so a caller can pause between rows (see parseCsv for the whole file at once).
 */
export function* readCsv(
  text: string,
  options: CsvOptions,
  limit: { fields: number } = { fields: Infinity },
): Generator<CsvRow, void, void> {
  const delim = (options.delimiter ?? ',').charCodeAt(0);
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = src.length;
  let cells: string[] = [];
  let cell = '';
  /** True while the cell so far is only white space (a quote there opens a quoted field). */
  let isBlank = true;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === QUOTE && isBlank) {
      const quoteLine = line;
      i += 1;
      // Pieces joined once at the end: each doubled quote ends one piece (keeping one quote).
      const pieces: string[] = [];
      for (;;) {
        const close = src.indexOf('"', i);
        if (close < 0) throw new SourceError(options.file, quoteLine, 'quoted field is never closed');
        if (src.charCodeAt(close + 1) === QUOTE) {
          pieces.push(src.slice(i, close + 1));
          i = close + 2;
        } else {
          pieces.push(src.slice(i, close));
          i = close + 1;
          break;
        }
      }
      cell = pieces.join('');
      line += countLines(cell);
      isBlank = SPACE.test(cell);
    } else if (c === delim) {
      cells.push(cell);
      if (cells.length >= limit.fields) throw tooManyFields(options.file, rowLine, limit.fields);
      cell = '';
      isBlank = true;
      i += 1;
    } else if (c === LF || c === CR) {
      i += c === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
      cells.push(cell);
      if (!isBlankRow(cells)) yield { line: rowLine, cells };
      cells = [];
      cell = '';
      isBlank = true;
      line += 1;
      rowLine = line;
    } else {
      // A run of plain characters up to the next quote, delimiter or line break, taken in one slice.
      let j = i;
      while (j < n) {
        const d = src.charCodeAt(j);
        if (d === delim || d === LF || d === CR || (d === QUOTE && isBlank)) break;
        if (isBlank && !isSpace(d)) isBlank = false;
        j += 1;
      }
      cell += src.slice(i, j);
      i = j;
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    if (!isBlankRow(cells)) yield { line: rowLine, cells };
  }
}

/** A row with more fields than the header, found while it is read (a row of millions of commas stops early). */
function tooManyFields(file: string, line: number, fields: number): SourceError {
  return new SourceError(file, line, `more than ${fields} fields, header has ${fields}`);
}

function countLines(s: string): number {
  let count = 0;
  for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1)) count += 1;
  return count;
}

function isBlankRow(cells: string[]): boolean {
  return cells.length === 1 && (cells[0] ?? '').trim().replace(EOF_MARK, '') === '';
}

/** Every row of a CSV text at once (see readCsv). */
export function parseCsv(text: string, options: CsvOptions): CsvRow[] {
  return [...readCsv(text, options)];
}

/** One data row of a CSV with a header: its line and a reader of trimmed cells by column name. */
export interface CsvObject {
  line: number;
  get: (column: string) => string;
}

/** Reads a CSV with a header row into objects keyed by header name, row by row; checks required columns. */
export function* readCsvObjects(
  text: string,
  options: CsvOptions & { required: string[] },
): Generator<CsvObject, void, void> {
  const limit = { fields: Infinity };
  const rows = readCsv(text, options, limit);
  const first = rows.next();
  if (first.done) throw new SourceError(options.file, 1, 'file is empty (no header row)');
  const header = first.value;
  limit.fields = header.cells.length;
  const index = new Map(header.cells.map((h, i) => [h.trim(), i]));
  for (const col of options.required) {
    if (!index.has(col)) throw new SourceError(options.file, header.line, `missing column "${col}"`);
  }
  for (const row of rows) {
    yield { line: row.line, get: (column: string) => (row.cells[index.get(column) ?? -1] ?? '').trim() };
  }
}

/** Every data row of a CSV with a header at once (see readCsvObjects). */
export function parseCsvObjects(text: string, options: CsvOptions & { required: string[] }): CsvObject[] {
  return [...readCsvObjects(text, options)];
}
