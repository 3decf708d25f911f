import readXlsxFile from 'read-excel-file/universal';
import { problem, type Problem } from '../../model';
import { LIMITS } from '../../io/limits';
import { unescapeFormula } from '../../io/readCsvTable';
import type { Value } from './values';
import { unpackedSize } from './zipSize';

/** A sheet as read: `rows[i]` is row i + 1 as Excel numbers it; a cell is a value or empty. */
export interface SheetRows {
  name: string;
  rows: (Value | null)[][];
}

/**
 * What the XML inside a workbook may unpack to. A sheet of LIMITS.csvRows rows is far below it; a file that
 * unpacks to more is a zip bomb, or nothing Samenhang wrote or could take in.
 */
export const UNPACKED_BYTES = 8 * LIMITS.csvBytes;

const isXml = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

/** A cell as the import works on it: text without the formula apostrophe an export put before it, a date's day. */
function cellOf(cell: unknown): Value | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') return cell === '' ? null : unescapeFormula(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  return null;
}

/** Why read-excel-file refused a file, as the sentence the user gets. */
function refusal(error: unknown): Problem {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'XLS_FILE_NOT_SUPPORTED') return problem('exchangeXlsOld');
  return problem('exchangeXlsxUnreadable', { reason: error instanceof Error ? error.message.slice(0, 200) : '' });
}

/**
 * An .xlsx file's sheets, every cell trimmed (as the CSV reader trims them) and formula-neutralised text given back
 * as written. Refused before unpacking when the file, or what it unpacks to, is larger than Samenhang takes in.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<{ sheets?: SheetRows[]; problems: Problem[] }> {
  const unpacked = unpackedSize(bytes, isXml);
  if (unpacked !== undefined && unpacked > UNPACKED_BYTES)
    return {
      problems: [
        problem('exchangeXlsxTooLarge', {
          size: Math.ceil(unpacked / (1024 * 1024)),
          limit: UNPACKED_BYTES / (1024 * 1024),
        }),
      ],
    };
  try {
    // A copy of exactly the file's bytes: the view may sit inside a larger buffer.
    const sheets = await readXlsxFile(bytes.slice().buffer);
    return {
      sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellOf)) })),
      problems: [],
    };
  } catch (error) {
    return { problems: [refusal(error)] };
  }
}
