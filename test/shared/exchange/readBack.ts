import readXlsxFile from 'read-excel-file/node';
import { neutraliseFormula, xmlSafe, type Cell } from '../../../shared/exchange/cells';

/** A workbook's sheets as read-excel-file gives them, untrimmed. */
export async function readWorkbook(bytes: Uint8Array): Promise<Map<string, unknown[][]>> {
  const sheets = await readXlsxFile(Buffer.from(bytes), { trim: false });
  return new Map(sheets.map((s) => [s.sheet, s.data as unknown[][]]));
}

/** What a cell must read back as: text neutralised and XML-safe, an empty text as an empty cell, numbers as numbers. */
export function expectedCell(c: Cell): unknown {
  if (c === null || c === '') return null;
  return typeof c === 'number' ? c : neutraliseFormula(xmlSafe(c));
}

/** A table's header and rows as they must read back from its sheet. */
export function expectedSheet(header: readonly string[], rows: readonly (readonly Cell[])[]): unknown[][] {
  return [header.map(expectedCell), ...rows.map((r) => r.map(expectedCell))];
}
