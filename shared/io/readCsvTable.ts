import Papa from 'papaparse';
import { problem, type Problem } from '../model';
import { decodeText, firstNonAscii, type DecodedText, type TextEncodingName } from './decodeText';
import { detectDelimiter, type CsvDelimiter } from './detectDelimiter';
import { checkCsvCell, checkCsvRows, checkFileSize } from './checkLimits';
import { LIMITS } from './limits';
import { MAX_PROBLEMS } from './capProblems';
import type { DecimalMark } from './parseNumber';

export interface CsvRow {
  /** 1-based, as Excel shows it: the header is row 1 (a hidden `sep=` line is not counted). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  /** Row number of the header: 1 unless blank lines come first. */
  headerRow: number;
  rows: CsvRow[];
  delimiter: CsvDelimiter;
  decimal: DecimalMark;
  encoding: TextEncodingName;
}

/** Cells starting like a formula get a leading apostrophe on export (CSV injection); import takes one off. */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

export function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Excel's column letters, for columns that have no header to name them. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const csvAt = (row: number, column?: string) => (column === undefined ? ['csv', row] : ['csv', row, column]);

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** Records of a file; `tooMany` when it has more data rows than the limit (then the rest was never split). */
interface SplitRecords {
  data: string[][];
  /** Rows (as Excel numbers them) where a quote is not closed properly. */
  quoteRows: number[];
  tooMany: boolean;
}

/** Line breaks of either kind: no file holds more records than this plus one. */
function lineBreaks(text: string): number {
  let lf = 0;
  let cr = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) cr++;
  return Math.max(lf, cr);
}

/**
 * Splits the text into records. A file with more line breaks than the row limit is split row by row and stopped
 * as soon as its data rows (not the header, not blank rows) pass the limit, so a file of millions of short rows
 * is refused in moments instead of being split whole first. Both ways give the same records (tested).
 */
function splitRecords(body: string, delimiter: CsvDelimiter): SplitRecords {
  const config = { delimiter, skipEmptyLines: false, header: false } as const;
  if (lineBreaks(body) <= LIMITS.csvRows) {
    const parsed = Papa.parse<string[]>(body, config);
    const quoteRows = parsed.errors.filter((e) => e.type === 'Quotes').map((e) => (e.row ?? 0) + 1);
    return { data: parsed.data, quoteRows, tooMany: false };
  }
  const data: string[][] = [];
  const quoteRows: number[] = [];
  let rows = -1; // the first non-blank record is the header
  let tooMany = false;
  Papa.parse<string[]>(body, {
    ...config,
    step: (result, parser) => {
      for (const e of result.errors) if (e.type === 'Quotes') quoteRows.push(data.length + 1);
      data.push(result.data);
      if (!blank(result.data) && ++rows > LIMITS.csvRows) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  return { data, quoteRows, tooMany };
}

/** Cells longer than the limit, checked on the split records before any cell is trimmed or read. */
function longCellProblems(records: string[][]): Problem[] {
  const headerIndex = records.findIndex((cells) => !blank(cells));
  const header = headerIndex < 0 ? [] : records[headerIndex]!;
  const problems: Problem[] = [];
  for (let i = 0; i < records.length && problems.length < MAX_PROBLEMS; i++) {
    const cells = records[i]!;
    for (let j = 0; j < cells.length; j++)
      if (cells[j]!.length > LIMITS.cellChars)
        problems.push(...checkCsvCell(cells[j]!.length, i + 1, header[j]?.trim() || columnLetter(j)));
  }
  return problems;
}

/**
 * Bytes → header and trimmed cells, with encoding and delimiter decided here (see decodeText and
 * detectDelimiter). Wholly empty rows are skipped but still counted, so row numbers match Excel. A file over
 * LIMITS (size, rows, cell length) is refused before the step that would first have to handle that much.
 */
export function readCsvTable(bytes: Uint8Array): { value?: CsvTable; problems: Problem[] } {
  const tooLarge = checkFileSize(bytes.length, 'csv');
  if (tooLarge.length) return { problems: tooLarge };
  const decoded = decodeText(bytes);
  const guess = detectDelimiter(decoded.text);
  if (guess.unsupportedSep !== undefined)
    return { problems: [problem('csvUnsupportedSeparator', { separator: guess.unsupportedSep })] };
  const split = splitRecords(guess.body, guess.delimiter);
  if (split.tooMany) return { problems: checkCsvRows(LIMITS.csvRows + 1) };
  const problems: Problem[] = split.quoteRows.map((row) => problem('csvQuotes', { row }, csvAt(row)));
  const longCells = longCellProblems(split.data);
  if (longCells.length) return { problems: [...problems, ...longCells] };

  const records = split.data.map((cells) => cells.map((c) => unescapeFormula(c.trim())));
  const headerIndex = records.findIndex((cells) => cells.some((c) => c !== ''));
  if (headerIndex < 0) return { problems: [problem('csvEmpty')] };
  const header = records[headerIndex]!;
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i]!;
    if (cells.every((c) => c === '')) continue;
    const row = i + 1;
    // Trailing empty cells are what Excel writes for empty columns; anything beyond the header is lost data.
    const extra = cells.slice(header.length).filter((c) => c !== '').length;
    if (extra) problems.push(problem('csvExtraCells', { row, count: extra }, csvAt(row)));
    rows.push({ row, cells });
  }
  header.forEach((h, i) => {
    if (h === '' && rows.some((r) => (r.cells[i] ?? '') !== ''))
      problems.push(problem('csvUnnamedColumn', { column: columnLetter(i) }, csvAt(headerIndex + 1, columnLetter(i))));
  });
  for (const p of encodingProblems(decoded, records, header, headerIndex + 1)) problems.push(p);
  return {
    value: {
      header,
      headerRow: headerIndex + 1,
      rows,
      delimiter: guess.delimiter,
      decimal: guess.delimiter === ',' ? '.' : ',',
      encoding: decoded.encoding,
    },
    problems,
  };
}

const columnName = (header: readonly string[], i: number) => header[i] || columnLetter(i);

/**
 * What the user must know about how the bytes were read, at the cells concerned. A UTF-8 (or UTF-16) file with
 * bytes that are not valid in it gets an error at each cell holding one (decoded as �), so nothing garbled is
 * imported. A file read as Windows-1252 gets a warning at its first cell with a non-ASCII character, quoting
 * that cell as read, so the user sees at once whether the letters came out right.
 */
function encodingProblems(
  decoded: DecodedText,
  records: readonly string[][],
  header: readonly string[],
  headerRow: number,
): Problem[] {
  const out: Problem[] = [];
  const encoding = decoded.encoding.toUpperCase();
  if (decoded.invalid > 0) {
    records.forEach((cells, r) =>
      cells.forEach((cell, i) => {
        const count = cell.split('\uFFFD').length - 1;
        if (count) out.push(cellProblem('csvInvalidText', r + 1, columnName(header, i), { count, encoding }));
      }),
    );
    // Every � lands in some cell; were one ever to fall outside, the file must still not pass as sound.
    if (!out.length)
      out.push(
        problem('csvInvalidText', { row: headerRow, column: '', count: decoded.invalid, encoding }, csvAt(headerRow)),
      );
  } else if (decoded.encoding === 'windows-1252') {
    for (let r = 0; r < records.length && !out.length; r++)
      records[r]!.forEach((cell, i) => {
        const first = out.length ? undefined : firstNonAscii(cell);
        if (first)
          out.push(cellWarning('csvEncodingGuessed', r + 1, columnName(header, i), { example: first.excerpt }));
      });
  }
  return out;
}

/** A problem located at a cell; the sentence gets `row` and `column` too, for UIs that show no path. */
export function cellProblem(code: string, row: number, column: string, params: Problem['params'] = {}): Problem {
  return problem(code, { row, column, ...params }, csvAt(row, column));
}

export function cellWarning(code: string, row: number, column: string, params: Problem['params'] = {}): Problem {
  return { ...cellProblem(code, row, column, params), severity: 'warning' };
}

/** A cell holding several values: split on '|' when present (so commas may stay inside a value), else ','. */
export function splitList(cell: string): string[] {
  const parts = cell.includes('|') ? cell.split('|') : cell.split(',');
  return parts.map((s) => s.trim()).filter((s) => s !== '');
}
