import Papa from 'papaparse';
import type { CsvDelimiter } from './detectDelimiter';
import { FORMULA_START } from './readCsvTable';

/**
 * CSV text as Excel opens it right: a UTF-8 byte order mark (else Excel assumes the ANSI code page and
 * garbles ë and €), CRLF line ends, and an apostrophe before cells that would start a formula.
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter: CsvDelimiter,
): string {
  const text = Papa.unparse([header, ...rows] as string[][], {
    delimiter,
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  });
  return `\uFEFF${text}\r\n`;
}
