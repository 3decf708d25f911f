import {
  GoalSchema,
  newId,
  problem,
  type Goal,
  type GoalInput,
  type Law,
  type OwAspect,
  type Problem,
  type Project,
} from '../model';
import { appendProblems, capProblems, hasErrors, warning } from './capProblems';
import type { TextEncodingName } from './decodeText';
import { checkProjectSize } from './checkLimits';
import { matchColumns, type ColumnMap } from './csvColumns';
import { LAW_VOCABULARY, OW_ASPECT_VOCABULARY, OW_INSTRUMENT_VOCABULARY } from './csvVocabulary';
import { csvZodProblems } from './csvZodProblems';
import { GOAL_COLUMNS, GOAL_FIELD_COLUMN, type GoalColumn } from './goalColumns';
import { parseNumber } from './parseNumber';
import { cellProblem, readCsvTable, splitList, type CsvRow, type CsvTable } from './readCsvTable';
import { resolveDomain, resolveTaakvelden } from './resolveGoalCells';

export interface CsvImportResult<T> {
  /** Present only when no problem is an error; warnings may accompany it. */
  value?: T;
  problems: Problem[];
  /** How the bytes were read (decodeText), once the file got that far; a Windows-1252 file also gets a warning. */
  encoding?: TextEncodingName;
}

export interface CsvImportOptions {
  /** Called with 0 of n once the rows are known, then every PROGRESS_ROWS rows, and with n of n after the last. */
  onProgress?(rowsChecked: number, rows: number): void;
}

/** Often enough for a smooth progress bar, rarely enough that reporting costs nothing. */
export const PROGRESS_ROWS = 1000;

/** Progress while rows are checked one by one: call it with the rows done before each row and after the last. */
export function rowProgress(options: CsvImportOptions, rows: number): (checked: number) => void {
  const report = options.onProgress;
  if (!report) return () => undefined;
  return (checked) => {
    if (checked % PROGRESS_ROWS === 0 || checked === rows) report(checked, rows);
  };
}

function uniq<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Reads one goal row; returns the goal input (maybe incomplete) and the row's problems. */
function readGoalRow(project: Project, table: CsvTable, cols: ColumnMap<GoalColumn>, r: CsvRow) {
  const problems: Problem[] = [];
  const cell = (k: GoalColumn) => {
    const i = cols.index[k];
    return i === undefined ? '' : (r.cells[i] ?? '');
  };
  const col = (k: GoalColumn) => cols.name[k];
  const input: Partial<GoalInput> = {};

  input.id = cell('id') || newId('goal');
  const title = cell('title');
  if (!title) problems.push(cellProblem('csvRequiredValue', r.row, col('title')));
  input.title = title;
  input.description = cell('description');
  input.source = cell('source');
  input.themes = splitList(cell('themes'));

  const domainCell = cell('domain');
  const fallback = project.domains[0]!;
  if (!domainCell) {
    input.domainId = fallback.id;
    // A missing column is reported once for the whole file, an empty cell per row.
    if (cols.index.domain !== undefined)
      problems.push(
        warning('csvDomainDefaulted', { row: r.row, domain: fallback.name }, ['csv', r.row, col('domain')]),
      );
  } else {
    const d = resolveDomain(project.domains, domainCell, r.row, col('domain'));
    input.domainId = d.id ?? fallback.id;
    appendProblems(problems, d.problems);
  }

  const tv = resolveTaakvelden(project.taakveldList, cell('taakvelden'), r.row, col('taakvelden'));
  input.taakvelden = tv.codes;
  appendProblems(problems, tv.problems);

  const laws: Law[] = [];
  for (const name of splitList(cell('laws'))) {
    const law = LAW_VOCABULARY.lookup(name);
    if (law) laws.push(law);
    else
      problems.push(
        cellProblem('csvUnknownLaw', r.row, col('laws'), { value: name, known: LAW_VOCABULARY.known('nl') }),
      );
  }
  input.laws = uniq(laws);

  const instrumentCell = cell('owInstrument');
  const instrument = instrumentCell ? OW_INSTRUMENT_VOCABULARY.lookup(instrumentCell) : undefined;
  if (instrumentCell && !instrument)
    problems.push(
      cellProblem('csvUnknownOwInstrument', r.row, col('owInstrument'), {
        value: instrumentCell,
        known: OW_INSTRUMENT_VOCABULARY.known('nl'),
        knownEn: OW_INSTRUMENT_VOCABULARY.known('en'),
      }),
    );
  const aspects: OwAspect[] = [];
  for (const name of splitList(cell('owAspects'))) {
    const aspect = OW_ASPECT_VOCABULARY.lookup(name);
    if (aspect) aspects.push(aspect);
    else
      problems.push(
        cellProblem('csvUnknownOwAspect', r.row, col('owAspects'), {
          value: name,
          known: OW_ASPECT_VOCABULARY.known('nl'),
          knownEn: OW_ASPECT_VOCABULARY.known('en'),
        }),
      );
  }
  if (instrument || aspects.length)
    input.omgevingswet = { ...(instrument ? { instrument } : {}), aspects: uniq(aspects) };

  const budgetCell = cell('budget');
  if (budgetCell) {
    const n = parseNumber(budgetCell, table.decimal);
    if (n === undefined) problems.push(cellProblem('csvBadBudget', r.row, col('budget'), { value: budgetCell }));
    else input.budget = n;
  }
  return { input, problems };
}

/**
 * Goals from a CSV file (see shared/io/README.md for the columns). Every row is checked against the project —
 * domain, taakvelden, ids — and every problem is reported with its row and column; the goals come back only
 * when there is no error.
 */
export function importGoalsCsv(
  project: Project,
  bytes: Uint8Array,
  options: CsvImportOptions = {},
): CsvImportResult<Goal[]> {
  const read = readCsvTable(bytes);
  if (!read.value) return { problems: read.problems };
  const table = read.value;
  // Each row adds one goal: an import that would overflow the project is refused before its rows are checked.
  const tooMany = checkProjectSize({ goals: project.goals.length + table.rows.length });
  if (tooMany.length) return { problems: tooMany };
  const cols = matchColumns(table.header, GOAL_COLUMNS, table.headerRow);
  const problems: Problem[] = [...read.problems, ...cols.problems];
  if (hasErrors(cols.problems)) return { problems: capProblems(problems) };
  const columns = cols.value;
  if (columns.index.domain === undefined && table.rows.length)
    problems.push(warning('csvDomainColumnMissing', { domain: project.domains[0]!.name }, ['csv', table.headerRow]));

  const goals: Goal[] = [];
  const firstRowOfId = new Map<string, number>();
  const existing = new Map(project.goals.map((g) => [g.id, g]));
  const progress = rowProgress(options, table.rows.length);
  let checked = 0;
  for (const r of table.rows) {
    progress(checked++);
    const { input, problems: rowProblems } = readGoalRow(project, table, columns, r);
    appendProblems(problems, rowProblems);
    const idColumn = columns.name.id;
    const id = input.id!;
    const clash = existing.get(id);
    if (clash) problems.push(cellProblem('csvGoalExists', r.row, idColumn, { id, title: clash.title }));
    const earlier = firstRowOfId.get(id);
    if (earlier !== undefined) problems.push(cellProblem('csvDuplicateId', r.row, idColumn, { id, otherRow: earlier }));
    else firstRowOfId.set(id, r.row);
    if (hasErrors(rowProblems)) continue;
    const parsed = GoalSchema.safeParse(input);
    if (parsed.success) goals.push(parsed.data);
    else
      appendProblems(
        problems,
        csvZodProblems(
          parsed.error,
          r.row,
          (field) => columns.name[GOAL_FIELD_COLUMN[field] ?? 'title'],
          (field) => {
            const i = columns.index[GOAL_FIELD_COLUMN[field] ?? 'title'];
            return i === undefined ? '' : (r.cells[i] ?? '');
          },
        ),
      );
  }
  progress(checked);
  if (!table.rows.length) problems.push(problem('csvNoRows'));
  const capped = capProblems(problems);
  const { encoding } = table;
  return hasErrors(problems) ? { problems: capped, encoding } : { value: goals, problems: capped, encoding };
}
