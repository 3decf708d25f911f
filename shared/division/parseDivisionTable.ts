import { problem, type Problem } from '../model/problem';
import { capProblems } from '../io/capProblems';
import { checkCsvCell, checkCsvRows } from '../io/checkLimits';
import { matchColumns, type ColumnDef } from '../io/csvColumns';
import { LIMITS } from '../io/limits';
import { parseNumber, type DecimalMark } from '../io/parseNumber';
import { cellProblem, cellWarning, columnLetter } from '../io/readCsvTable';
import { parseHead, roleOnly } from './holderHead';
import { sameText, uniqueSubjects, type SubjectTrouble } from './finishHolders';
import { splitOutside } from './splitSubjects';
import {
  DIVISION_LIMITS,
  type PublishedDivision,
  type PublishedHolder,
  type PublishedRole,
  type PublishedSubject,
} from './publishedDivision';

/**
 * A cell as a spreadsheet reader gives it: read-excel-file gives string, number, boolean, Date or null (its typings
 * say `typeof Date` for a date, hence no narrower type here). Anything else reads as empty.
 */
export type TableCell = unknown;

export interface TableRow {
  /** As the spreadsheet numbers it (1-based; the header is usually row 1). */
  row: number;
  cells: readonly TableCell[];
}

type DivisionColumn = 'holder' | 'role' | 'party' | 'fte' | 'subject';

export const DIVISION_COLUMNS: readonly ColumnDef<DivisionColumn>[] = [
  {
    key: 'holder',
    nl: 'houder',
    en: 'holder',
    aliases: ['naam', 'name', 'wethouder', 'portefeuillehouder', 'collegelid'],
    required: true,
  },
  { key: 'role', nl: 'rol', en: 'role', aliases: ['functie'] },
  { key: 'party', nl: 'partij', en: 'party', aliases: ['fractie'] },
  { key: 'fte', nl: 'fte', en: 'fte', aliases: ['omvang'] },
  {
    key: 'subject',
    nl: 'onderwerp',
    en: 'subject',
    aliases: ['onderwerpen', 'subjects', 'beleidsveld', 'beleidsvelden', 'portefeuille', 'portefeuilles'],
    required: true,
  },
];

const ENGLISH_ROLES: Readonly<Record<string, PublishedRole>> = { alderman: 'wethouder', mayor: 'burgemeester' };

function cellText(cell: TableCell): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return '';
}

/** A role cell: the Dutch words of the text reader, or "alderman", "mayor", "deputy mayor". */
function readRole(text: string): { role: PublishedRole; roleNote?: string } | undefined {
  const dutch = roleOnly(text);
  if (dutch) return dutch;
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:deputy|locum) mayor$/.test(t)) return { role: 'wethouder', roleNote: text.trim() };
  return Object.hasOwn(ENGLISH_ROLES, t) ? { role: ENGLISH_ROLES[t]! } : undefined;
}

function readFte(cell: TableCell, decimal: DecimalMark): number | undefined {
  const n =
    typeof cell === 'number' && Number.isFinite(cell)
      ? cell
      : parseNumber(cellText(cell).replace(/\s*fte$/i, ''), decimal);
  return n !== undefined && n >= DIVISION_LIMITS.fteMin && n <= DIVISION_LIMITS.fteMax ? n : undefined;
}

/**
 * Rows after a header (from a CSV via parseDivisionCsv, or an XLSX sheet via parseDivisionTable) → holders. One
 * row per subject with the holder repeated, or one row per holder with subjects separated by ';' (or line breaks
 * within the cell) — commas stay inside a subject, as in the text reader's rule. A row with an empty holder and
 * empty role, party and FTE continues the holder above it (what merged cells give); a holder named again must not
 * contradict the role, party or FTE given before. Problems are located at ['csv', row, column].
 */
export function readDivisionRows(
  header: readonly string[],
  headerRow: number,
  rows: readonly TableRow[],
  decimal: DecimalMark,
): PublishedDivision {
  const columns = matchColumns(header, DIVISION_COLUMNS, headerRow);
  const problems: Problem[] = [...columns.problems];
  if (problems.some((p) => p.severity !== 'warning')) return { holders: [], problems };
  const { index, name: columnName } = columns.value;
  const holders: PublishedHolder[] = [];
  const byName = new Map<string, { holder: PublishedHolder; given: Partial<Record<DivisionColumn, number>> }>();
  let previous: PublishedHolder | undefined;
  const cell = (r: TableRow, key: DivisionColumn) => (index[key] === undefined ? undefined : r.cells[index[key]!]);
  const subjectColumn = columnName.subject;

  for (const r of rows) {
    const text = (key: DivisionColumn) => cellText(cell(r, key));
    const holderText = text('holder');
    const details = (['role', 'party', 'fte'] as const).filter((k) => text(k) !== '');
    let holder: PublishedHolder | undefined;
    if (!holderText) {
      if (details.length || !previous) {
        problems.push(cellProblem('divisionTableMissingHolder', r.row, columnName.holder));
        continue;
      }
      holder = previous;
    } else {
      const head = parseHead(holderText);
      for (const t of head.ignored)
        problems.push(cellWarning('divisionTableDetailIgnored', r.row, columnName.holder, { text: t }));
      const name = head.name || holderText;
      if (name.length > DIVISION_LIMITS.nameChars)
        problems.push(cellProblem('csvTooLong', r.row, columnName.holder, { maximum: DIVISION_LIMITS.nameChars }));
      let role: { role: PublishedRole; roleNote?: string } | undefined =
        head.rolePrefix || head.signals.role ? head : undefined;
      if (text('role')) {
        role = readRole(text('role'));
        if (!role)
          problems.push(
            cellProblem('divisionTableUnknownRole', r.row, columnName.role, {
              value: text('role'),
              known: 'wethouder, burgemeester, loco-burgemeester',
            }),
          );
      }
      const party = text('party') || head.party;
      if (party && party.length > DIVISION_LIMITS.partyChars)
        problems.push(cellProblem('csvTooLong', r.row, columnName.party, { maximum: DIVISION_LIMITS.partyChars }));
      let fte = head.fte;
      if (text('fte')) {
        fte = readFte(cell(r, 'fte'), decimal) ?? null;
        if (fte === null)
          problems.push(
            cellProblem('divisionTableBadFte', r.row, columnName.fte, {
              value: text('fte'),
              min: DIVISION_LIMITS.fteMin,
              max: DIVISION_LIMITS.fteMax,
            }),
          );
      }
      const key = sameText(name);
      const known = byName.get(key);
      if (!known) {
        holder = { name, role: role?.role ?? 'wethouder', party: party || null, fte, subjects: [], line: r.row };
        if (role?.roleNote) holder.roleNote = role.roleNote;
        byName.set(key, { holder, given: {} });
        holders.push(holder);
      } else holder = known.holder;
      const entry = byName.get(key)!;
      // A detail given again must agree with the first row that gave it; one given later fills a gap.
      const check = (k: 'role' | 'party' | 'fte', value: string | number | null, current: string | number | null) => {
        if (value === null || value === '') return;
        const firstRow = entry.given[k];
        if (firstRow === undefined) {
          entry.given[k] = r.row;
          return true;
        }
        if (value !== current)
          problems.push(
            cellProblem('divisionTableConflict', r.row, columnName[k], {
              holder: holder!.name,
              value: String(value),
              other: String(current),
              otherRow: firstRow,
            }),
          );
        return false;
      };
      if (role && check('role', role.role, holder.role)) {
        holder.role = role.role;
        if (role.roleNote) holder.roleNote = role.roleNote;
      }
      if (check('party', party, holder.party)) holder.party = party;
      if (fte !== null && check('fte', fte, holder.fte)) holder.fte = fte;
    }
    previous = holder;
    const subjectText = text('subject').replace(/\r\n?/g, '\n');
    const column = (index.subject ?? 0) + 1;
    for (const range of splitOutside(subjectText, ';\n')) {
      const published = subjectText.slice(range.start, range.end).trim();
      if (published) holder.subjects.push({ published, line: r.row, column });
    }
  }

  const at = (s: PublishedSubject, trouble: SubjectTrouble, earlier?: PublishedSubject): Problem =>
    trouble === 'repeated'
      ? cellWarning('divisionTableDuplicateSubject', s.line, subjectColumn, {
          text: s.published,
          otherRow: earlier?.line ?? s.line,
        })
      : cellProblem('csvTooLong', s.line, subjectColumn, { maximum: DIVISION_LIMITS.subjectChars });
  for (const h of holders) h.subjects = uniqueSubjects(h.subjects, problems, at);
  if (holders.length > LIMITS.portfolios)
    problems.push(problem('divisionTooManyHolders', { count: holders.length, limit: LIMITS.portfolios }));
  if (holders.length === 0 && !problems.some((p) => p.severity !== 'warning'))
    problems.push(problem('divisionNoHolders'));
  return { holders, problems: capProblems(problems) };
}

const blank = (cells: readonly TableCell[]) => cells.every((c) => cellText(c) === '');

/**
 * A sheet's rows, header first (the first row with any text), as an XLSX reader gives them. Numbers may be
 * numbers (an FTE of 0.8) or text ("0,8"); `decimal` says how text numbers are written (default ',').
 * `firstRow` is the sheet row number of `rows[0]` when the reader dropped rows above it (default 1).
 */
export function parseDivisionTable(
  rows: readonly (readonly TableCell[])[],
  options: { decimal?: DecimalMark; firstRow?: number } = {},
): PublishedDivision {
  const firstRow = options.firstRow ?? 1;
  const headerIndex = rows.findIndex((cells) => !blank(cells));
  if (headerIndex < 0) return { holders: [], problems: [problem('csvEmpty')] };
  const data = rows.slice(headerIndex + 1);
  const filled = data.filter((cells) => !blank(cells)).length;
  if (filled > LIMITS.csvRows) return { holders: [], problems: checkCsvRows(filled) };
  if (filled === 0) return { holders: [], problems: [problem('csvNoRows')] };
  const header = rows[headerIndex]!.map(cellText);
  const long: Problem[] = [];
  rows.forEach((cells, i) =>
    cells.forEach((c, j) => {
      const length = cellText(c).length;
      if (length > LIMITS.cellChars && long.length < 200)
        long.push(...checkCsvCell(length, firstRow + i, header[j] || columnLetter(j)));
    }),
  );
  if (long.length) return { holders: [], problems: long };
  const tableRows: TableRow[] = [];
  data.forEach((cells, i) => {
    if (!blank(cells)) tableRows.push({ row: firstRow + headerIndex + 1 + i, cells });
  });
  return readDivisionRows(header, firstRow + headerIndex, tableRows, options.decimal ?? ',');
}
