import { problem, type Problem } from '../../model';
import { matchColumns, normalizeHeader, type ColumnDef } from '../../io/csvColumns';
import { appendProblems, hasErrors, warning } from '../../io/capProblems';
import { checkCsvCell, checkCsvRows } from '../../io/checkLimits';
import { GOAL_COLUMNS } from '../../io/goalColumns';
import { LINK_COLUMNS } from '../../io/linkColumns';
import { LIMITS } from '../../io/limits';
import { columnLetter } from '../../io/readCsvTable';
import { DIVISION_TABLE_COLUMNS } from '../draftTables';
import { GOAL_SUBJECT_COLUMN, SUBJECT_COLUMNS } from '../projectTables';
import { TABLE_NAMES, type TableKey } from '../table';
import type { DivisionField } from './checkDivision';
import type { GoalField, ImportRecord, ImportTable, LinkField, SubjectField } from './records';
import type { SheetRows } from './readWorkbook';
import { textOf, type Value } from './values';
import { locate, pathOf } from './where';

/** The sheets the workbook import takes in, by what they hold. */
export type SheetKind = 'goals' | 'subjects' | 'links' | 'division';

const COLUMNS: { [K in SheetKind]: readonly ColumnDef<string>[] } = {
  goals: [...GOAL_COLUMNS, { ...GOAL_SUBJECT_COLUMN, aliases: ['beleidsveld'] }],
  subjects: SUBJECT_COLUMNS,
  links: LINK_COLUMNS,
  division: DIVISION_TABLE_COLUMNS.map((c) => (c.key === 'holder' ? { ...c, required: true } : c)),
};

/** A subjects sheet's columns as subject fields (`doelen`, a count for people, is informative). */
const SUBJECT_KEYS: Readonly<Record<string, SubjectField>> = {
  id: 'id',
  name: 'name',
  domain: 'domain',
  taakvelden: 'taakvelden',
  description: 'description',
};

/** Sheet names the exports write, in either language, and what each holds (the agenda is worked out, not read). */
function kindOfName(name: string): SheetKind | 'agenda' | undefined {
  const n = normalizeHeader(name);
  for (const key of Object.keys(TABLE_NAMES) as TableKey[])
    for (const locale of ['nl', 'en'] as const) if (normalizeHeader(TABLE_NAMES[key][locale].sheet) === n) return key;
  return undefined;
}

/** A sheet without one of the export's names, by its header: the first kind whose columns it has, all of them known. */
function kindOfHeader(header: readonly string[]): SheetKind | undefined {
  const fits = (k: SheetKind) => !hasErrors(matchColumns(header, COLUMNS[k]).problems);
  return (['links', 'division', 'goals', 'subjects'] as const).find(fits);
}

export interface WorkbookTables {
  goals?: ImportTable<GoalField>;
  subjects?: ImportTable<SubjectField>;
  links?: ImportTable<LinkField>;
  division?: ImportTable<DivisionField>;
  /** Kumu's own spreadsheet layout: its sheets as records, for the Kumu import. */
  kumu?: { elements?: SheetTable; connections?: SheetTable };
  problems: Problem[];
}

/** A sheet's header and its rows (those with any value), before columns are matched. */
export interface SheetTable {
  sheet: string;
  header: string[];
  headerRow: number;
  rows: { row: number; cells: (Value | null)[] }[];
}

const blank = (cells: readonly (Value | null)[]) => cells.every((c) => c === null || textOf(c) === '');

/** A sheet's header and filled rows; refused when it has more rows or longer cells than a CSV file may. */
export function sheetTable(sheet: SheetRows): { value?: SheetTable; problems: Problem[] } {
  const headerIndex = sheet.rows.findIndex((cells) => !blank(cells));
  if (headerIndex < 0) return { problems: [] };
  const header = sheet.rows[headerIndex]!.map((c) => textOf(c ?? undefined));
  const rows: SheetTable['rows'] = [];
  const problems: Problem[] = [];
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i]!;
    if (blank(cells)) continue;
    if (rows.length >= LIMITS.csvRows)
      return { problems: checkCsvRows(LIMITS.csvRows + 1).map((p) => locate(p, { sheet: sheet.name, row: i + 1 })) };
    rows.push({ row: i + 1, cells });
    cells.forEach((c, j) => {
      const length = c === null ? 0 : textOf(c).length;
      const column = header[j] || columnLetter(j);
      if (length > LIMITS.cellChars)
        for (const p of checkCsvCell(length, i + 1, column))
          problems.push(locate(p, { sheet: sheet.name, row: i + 1 }, column));
      if (!header[j] && length > 0 && problems.length < 200)
        problems.push(
          problem(
            'csvUnnamedColumn',
            { column: columnLetter(j) },
            pathOf({ sheet: sheet.name, row: headerIndex + 1 }, columnLetter(j)),
          ),
        );
    });
  }
  return { value: { sheet: sheet.name, header, headerRow: headerIndex + 1, rows }, problems };
}

/** A recognised sheet's rows as records of the import's fields, its columns matched as the CSV importer matches them. */
function tableOf<K extends string>(
  t: SheetTable,
  columns: readonly ColumnDef<string>[],
  keyOf: (column: string) => K | undefined,
): { table?: ImportTable<K>; problems: Problem[] } {
  const matched = matchColumns(t.header, columns, t.headerRow);
  const problems = matched.problems.map((p) =>
    p.path?.[0] === 'csv'
      ? { ...p, path: pathOf({ sheet: t.sheet, row: t.headerRow }, p.path[2] as string | undefined) }
      : p,
  );
  if (hasErrors(problems)) return { problems };
  const index: [K, number][] = [];
  const name: Partial<Record<K, string>> = {};
  for (const [column, i] of Object.entries(matched.value.index) as [string, number][]) {
    const key = keyOf(column);
    if (key === undefined) continue;
    index.push([key, i]);
    name[key] = t.header[i]!;
  }
  const records: ImportRecord<K>[] = t.rows.map(({ row, cells }) => {
    const values: Partial<Record<K, Value>> = {};
    for (const [key, i] of index) {
      const c = cells[i];
      if (c !== null && c !== undefined) values[key] = c;
    }
    return { where: { sheet: t.sheet, row }, values };
  });
  return {
    table: { present: new Set(index.map(([k]) => k)), name, decimal: ',', records, graph: false },
    problems,
  };
}

/**
 * The workbook's sheets as the import's tables: each sheet by the name the export gives it (Doelen, Onderwerpen,
 * Verbanden, Verdeling, in either language), else by its header (a user's own sheet with the same columns). The
 * coordination agenda is worked out from the rest, and other sheets hold nothing the import knows: both are named in
 * a notice and left alone. A workbook with Kumu's sheets Elements and Connections goes to the Kumu import.
 */
export function workbookTables(sheets: readonly SheetRows[]): WorkbookTables {
  const out: WorkbookTables = { problems: [] };
  const seen = new Map<string, string>();
  const ignored: string[] = [];
  for (const sheet of sheets) {
    const read = sheetTable(sheet);
    appendProblems(out.problems, read.problems);
    const t = read.value;
    if (!t) continue;
    const lower = normalizeHeader(sheet.name);
    if (lower === 'elements' || lower === 'connections') {
      out.kumu = { ...out.kumu, [lower]: t };
      continue;
    }
    const named = kindOfName(sheet.name);
    if (named === 'agenda') {
      out.problems.push(warning('exchangeAgendaIgnored', { sheet: sheet.name }));
      continue;
    }
    const kind = named ?? kindOfHeader(t.header);
    if (!kind) {
      ignored.push(sheet.name);
      continue;
    }
    const earlier = seen.get(kind);
    if (earlier !== undefined) {
      out.problems.push(problem('exchangeSheetTwice', { sheet: sheet.name, other: earlier }, ['sheet', sheet.name]));
      continue;
    }
    seen.set(kind, sheet.name);
    addTable(out, kind, t);
  }
  if (ignored.length) out.problems.push(warning('exchangeSheetsIgnored', { sheets: ignored.join(', ') }));
  return out;
}

function addTable(out: WorkbookTables, kind: SheetKind, t: SheetTable): void {
  if (kind === 'goals') {
    const r = tableOf<GoalField>(t, COLUMNS.goals, (k) => k as GoalField);
    out.goals = r.table;
    appendProblems(out.problems, r.problems);
  } else if (kind === 'subjects') {
    const r = tableOf<SubjectField>(t, COLUMNS.subjects, (k) =>
      Object.hasOwn(SUBJECT_KEYS, k) ? SUBJECT_KEYS[k] : undefined,
    );
    out.subjects = r.table;
    appendProblems(out.problems, r.problems);
  } else if (kind === 'links') {
    const r = tableOf<LinkField>(t, COLUMNS.links, (k) =>
      k === 'sourceTitle' || k === 'targetTitle' ? undefined : (k as LinkField),
    );
    out.links = r.table;
    appendProblems(out.problems, r.problems);
  } else {
    const r = tableOf<DivisionField>(t, COLUMNS.division, (k) => k as DivisionField);
    out.division = r.table;
    appendProblems(out.problems, r.problems);
  }
}
