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

/**
 * RFC 4180 CSV reader that keeps line numbers. Handles quoted fields with delimiters, doubled quotes and line
 * breaks, CRLF, a UTF-8 BOM, and OFAC's trailing 0x1A end-of-file byte. An unterminated quote is an error.
 */
export function parseCsv(text: string, options: CsvOptions): CsvRow[] {
  const delimiter = options.delimiter ?? ',';
  const src = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  let inQuotes = false;
  const endRow = (): void => {
    cells.push(cell);
    const isBlank = cells.length === 1 && (cells[0] ?? '').trim().replace(EOF_MARK, '') === '';
    if (!isBlank) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      inQuotes = true;
      quoteLine = line;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (inQuotes) throw new SourceError(options.file, quoteLine, 'quoted field is never closed');
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

/** Reads a CSV with a header row into objects keyed by header name; checks required columns. */
export function parseCsvObjects(
  text: string,
  options: CsvOptions & { required: string[] },
): { line: number; get: (column: string) => string }[] {
  const rows = parseCsv(text, options);
  const header = rows.shift();
  if (!header) throw new SourceError(options.file, 1, 'file is empty (no header row)');
  const index = new Map(header.cells.map((h, i) => [h.trim(), i]));
  for (const col of options.required) {
    if (!index.has(col)) throw new SourceError(options.file, header.line, `missing column "${col}"`);
  }
  return rows.map((row) => {
    if (row.cells.length > header.cells.length) {
      throw new SourceError(
        options.file,
        row.line,
        `${row.cells.length} fields, header has ${header.cells.length}`,
      );
    }
    return {
      line: row.line,
      get: (column: string) => (row.cells[index.get(column) ?? -1] ?? '').trim(),
    };
  });
}
