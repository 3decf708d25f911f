import { readSheet } from 'read-excel-file/browser';
import { problem, type Problem } from '../../../shared/model';
import { checkFileSize } from '../../../shared/io/checkLimits';
import { decodeText } from '../../../shared/io/decodeText';
import { parseDivisionCsv } from '../../../shared/division/parseDivisionCsv';
import { parseDivisionTable } from '../../../shared/division/parseDivisionTable';
import { parsePublishedDivision } from '../../../shared/division/parsePublishedDivision';
import { DIVISION_LIMITS } from '../../../shared/division/publishedDivision';
import type { OpenedFile } from '../../platform/Platform';
import type { AppStore } from '../../store/appStore';
import type { PasteSource } from './pasteDivisionModel';

/** What "Portefeuilleverdeling" offers in the file dialog. */
export const DIVISION_FILE_FILTERS = [{ name: 'Portefeuilleverdeling', extensions: ['csv', 'xlsx', 'txt'] }];

const extensionOf = (name: string) => name.toLowerCase().split('.').pop() ?? '';

/**
 * A division file as the dialog's source. A text file becomes editable text, as if pasted; a CSV or XLSX sheet is
 * read into holders (its problems at row and column). A file that cannot be read is a source with only problems,
 * so the dialog says why instead of failing silently.
 */
export async function readDivisionFile(file: OpenedFile): Promise<PasteSource> {
  const table = (problems: Problem[]): PasteSource => ({
    kind: 'table',
    fileName: file.name,
    division: { holders: [], problems },
  });
  const tooLarge = checkFileSize(file.bytes.length, 'csv');
  if (tooLarge.length > 0) return table(tooLarge);
  const ext = extensionOf(file.name);
  if (ext === 'csv') return { kind: 'table', fileName: file.name, division: parseDivisionCsv(file.bytes) };
  if (ext === 'xlsx') {
    try {
      // A copy of exactly the file's bytes: the view may sit inside a larger buffer.
      const rows = await readSheet(file.bytes.slice().buffer);
      return { kind: 'table', fileName: file.name, division: parseDivisionTable(rows) };
    } catch {
      return table([problem('divisionSheetUnreadable', { name: file.name })]);
    }
  }
  const text = decodeText(file.bytes).text;
  // Too long to edit: shown with the parser's own refusal (divisionTextTooLong) rather than put in the text box.
  if (text.length > DIVISION_LIMITS.textChars)
    return { kind: 'table', fileName: file.name, division: parsePublishedDivision(text) };
  return { kind: 'text', text };
}

/** "CSV importeren" → "Portefeuilleverdeling": the file first, then the paste dialog reads and previews it. */
export async function chooseDivisionFile(store: AppStore): Promise<void> {
  const file = await store.getState().deps.platform.openFile(DIVISION_FILE_FILTERS);
  if (file) store.getState().setDialog({ kind: 'divisionPaste', file });
}
