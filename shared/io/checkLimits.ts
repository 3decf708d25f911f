import { problem, type Problem } from '../model/problem';
import { LIMITS } from './limits';

export type LimitedFile = 'project' | 'csv';

const MB = 1024 * 1024;

/** Megabytes with one decimal, rounded up, so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): number {
  return Math.ceil((bytes / MB) * 10) / 10;
}

/**
 * A file larger than Samenhang reads is refused on its size alone, before a byte of it is decoded. `bytes` is the
 * size on disk (the platform may report it without reading the file).
 */
export function checkFileSize(bytes: number, file: LimitedFile): Problem[] {
  if (file === 'project')
    return bytes > LIMITS.projectFileBytes
      ? [problem('fileTooLarge', { size: megabytes(bytes), limit: LIMITS.projectFileBytes / MB })]
      : [];
  return bytes > LIMITS.csvBytes
    ? [problem('csvFileTooLarge', { size: megabytes(bytes), limit: LIMITS.csvBytes / MB })]
    : [];
}

/**
 * Data rows of one CSV file (the header and blank rows not counted). The reader stops splitting at the first row
 * over the limit, so the refusal names the limit, not the file's full count.
 */
export function checkCsvRows(rows: number): Problem[] {
  return rows > LIMITS.csvRows ? [problem('csvTooManyRows', { limit: LIMITS.csvRows })] : [];
}

/**
 * One CSV cell. A cell this long is nearly always a quote that was never closed and swallowed the rows after it,
 * so the message says so. `row` is numbered as Excel shows it, `column` is the header's name or column letter.
 */
export function checkCsvCell(length: number, row: number, column: string): Problem[] {
  if (length <= LIMITS.cellChars) return [];
  return [problem('csvCellTooLong', { row, column, length, limit: LIMITS.cellChars }, ['csv', row, column])];
}

export type ProjectCounts = Partial<Record<'goals' | 'links' | 'portfolios' | 'divisions', number>>;

// Each code written out, so the catalogue test finds it.
const TOO_MANY: Record<keyof ProjectCounts, (count: number) => Problem | undefined> = {
  goals: (count) => (count > LIMITS.goals ? problem('projectTooManyGoals', { count, limit: LIMITS.goals }) : undefined),
  links: (count) => (count > LIMITS.links ? problem('projectTooManyLinks', { count, limit: LIMITS.links }) : undefined),
  portfolios: (count) =>
    count > LIMITS.portfolios ? problem('projectTooManyPortfolios', { count, limit: LIMITS.portfolios }) : undefined,
  divisions: (count) =>
    count > LIMITS.divisions ? problem('projectTooManyDivisions', { count, limit: LIMITS.divisions }) : undefined,
};

/**
 * What one project may hold, for the counts a project would have after an import or after opening a file. A CSV
 * import checks the project's count plus the file's rows as soon as the rows are known (each row adds one goal or
 * link), so an import that would overflow is refused before its rows are checked one by one.
 */
export function checkProjectSize(counts: ProjectCounts): Problem[] {
  const problems: Problem[] = [];
  for (const what of ['goals', 'links', 'portfolios', 'divisions'] as const) {
    const count = counts[what];
    const found = count === undefined ? undefined : TOO_MANY[what](count);
    if (found) problems.push(found);
  }
  return problems;
}

/** The counts of a project (or of what a file holds) that checkProjectSize limits. */
export function projectCounts(p: {
  goals: readonly unknown[];
  links: readonly unknown[];
  portfolios: readonly unknown[];
  divisions: readonly unknown[];
}): Required<ProjectCounts> {
  return {
    goals: p.goals.length,
    links: p.links.length,
    portfolios: p.portfolios.length,
    divisions: p.divisions.length,
  };
}

const TOO_LARGE = new Set([
  'fileTooLarge',
  'csvFileTooLarge',
  'csvTooManyRows',
  'projectTooManyGoals',
  'projectTooManyLinks',
  'projectTooManyPortfolios',
  'projectTooManyDivisions',
]);

/** A refusal because the file, or the project it would make, is larger than Samenhang takes (not a fault in it). */
export function isTooLarge(p: Problem): boolean {
  return TOO_LARGE.has(p.code);
}
