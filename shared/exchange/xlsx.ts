import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/universal';
import type { IoLocale } from '../io/formatPath';
import type { Project } from '../model';
import { neutraliseFormula, xmlSafe, type Cell } from './cells';
import { TABLE_NAMES, type ExchangeTable } from './table';
import { exchangeTables, type ExchangeOptions } from './tables';

/**
 * Text as an XLSX cell must hold it to come back unchanged: characters XML forbids replaced, formula starts
 * neutralised, and written in Excel's own escapes what would not survive otherwise: a literal `_x0041_` (Excel
 * reads it as "A") gets `_x005F_` before it, a carriage return (which XML turns into a line feed) is `_x000D_`, and
 * U+FFFD is `_xFFFD_` (write-excel-file drops the character itself).
 */
export function xlsxText(text: string): string {
  return neutraliseFormula(xmlSafe(text))
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/\r/g, '_x000D_')
    .replace(/\uFFFD/g, '_xFFFD_');
}

function xlsxCell(cell: Cell): XlsxCell {
  if (cell === null) return null;
  if (typeof cell === 'number') return { value: cell, type: Number };
  return cell === '' ? null : { value: xlsxText(cell), type: String };
}

/** A column wide enough for its header and most of its cells, within reason. */
function widthOf(table: SheetTable, i: number): number {
  let longest = table.header[i]!.length;
  for (const row of table.rows.slice(0, 500)) {
    const c = row[i];
    const n = c === null || c === undefined ? 0 : String(c).length;
    if (n > longest) longest = n;
  }
  return Math.min(60, Math.max(8, longest + 2));
}

/** A sheet's name (at most 31 characters, none of `[]:*?/\`), header and rows. */
export interface SheetTable {
  sheet: string;
  header: readonly string[];
  rows: readonly (readonly Cell[])[];
}

/** One workbook, a sheet per table: a bold, frozen header row, then the rows; numbers as numbers. */
export async function workbookXlsx(tables: readonly SheetTable[]): Promise<Uint8Array> {
  const sheets: Sheet<Blob>[] = tables.map((table) => ({
    sheet: table.sheet,
    data: [
      table.header.map((h) => ({ value: xlsxText(h), type: String, fontWeight: 'bold' as const })),
      ...table.rows.map((r) => r.map(xlsxCell)),
    ],
    columns: table.header.map((_, i) => ({ width: widthOf(table, i) })),
    stickyRowsCount: 1,
  }));
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

export function sheetName(table: ExchangeTable, locale: IoLocale): string {
  return TABLE_NAMES[table.key][locale].sheet;
}

/** The exchange workbook: every table of `exchangeTables`, each on a sheet named in the file's language. */
export function exportXlsx(project: Project, options: ExchangeOptions = {}): Promise<Uint8Array> {
  const locale = options.locale ?? 'nl';
  return workbookXlsx(exchangeTables(project, options).map((table) => ({ ...table, sheet: sheetName(table, locale) })));
}
