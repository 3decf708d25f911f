import { problem } from '../model/problem';
import { readCsvTable } from '../io/readCsvTable';
import { readDivisionRows } from './parseDivisionTable';
import type { PublishedDivision } from './publishedDivision';

/**
 * A division as a CSV file (the columns of parseDivisionTable). Bytes are read as every CSV in Samenhang is
 * (readCsvTable: encoding, delimiter, size, row and cell limits, rows numbered as Excel shows them); a file that
 * cannot be read gives its problems and no holders.
 */
export function parseDivisionCsv(bytes: Uint8Array): PublishedDivision {
  const read = readCsvTable(bytes);
  const table = read.value;
  if (!table) return { holders: [], problems: read.problems };
  if (table.rows.length === 0) return { holders: [], problems: [...read.problems, problem('csvNoRows')] };
  const parsed = readDivisionRows(table.header, table.headerRow, table.rows, table.decimal);
  return { holders: parsed.holders, problems: [...read.problems, ...parsed.problems] };
}
