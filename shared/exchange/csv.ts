import { formatNumber } from '../io/parseNumber';
import { writeCsv } from '../io/writeCsv';
import type { Cell } from './cells';
import type { ExchangeTable, TableKey } from './table';
import { exchangeTable, type ExchangeOptions } from './tables';
import type { Project } from '../model';

export interface CsvOptions extends ExchangeOptions {
  /** ';' (Dutch Excel, decimal comma) by default; ',' writes decimal points. */
  delimiter?: ';' | ',';
}

function csvCell(cell: Cell, decimal: ',' | '.'): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? formatNumber(cell, decimal) : cell;
}

/** A table as CSV text the way the goals and links CSV are written (BOM, CRLF, formula cells neutralised). */
export function tableCsv(table: ExchangeTable, delimiter: ';' | ',' = ';'): string {
  const decimal = delimiter === ';' ? ',' : '.';
  return writeCsv(
    table.header,
    table.rows.map((r) => r.map((c) => csvCell(c, decimal))),
    delimiter,
  );
}

/** The CSV file of one table; undefined for a draft's table when the project has no draft. */
export function exportTableCsv(project: Project, key: TableKey, options: CsvOptions = {}): string | undefined {
  const table = exchangeTable(project, key, options);
  return table && tableCsv(table, options.delimiter);
}
