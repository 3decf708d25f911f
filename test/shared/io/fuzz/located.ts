import type { Problem } from '../../../../shared/model';

/**
 * What "located" means for each reader, as the fuzz suite asserts it for every problem.
 *
 * Project file: the problem has a path into the file's `project` whose every segment but the last exists there
 * (the last may name a field that is missing), or a line and column (JSON syntax, unreadable bytes, the first
 * character read as Windows-1252), or it is one of the whole-file problems below, whose sentence names what it is
 * about (the format or version field, the project field, the file's size, the project's counts).
 *
 * CSV: the path is ['csv', row] or ['csv', row, column] with row a whole number from 1 to the number of lines
 * and column a non-empty name (a header as the file spells it, or a column letter), or it is one of the
 * whole-file problems below (empty file, no data rows, an unknown `sep=` line, the file's size, row and project
 * limits).
 *
 * For both, 'moreProblems' ("and N more") is a count of problems left out, not a problem, and needs no place.
 */
export const WHOLE_PROJECT_FILE = new Set([
  'fileWrongFormat',
  'fileBadVersion',
  'fileNewerVersion',
  'fileNoProject',
  'fileTooLarge',
  'projectTooManyGoals',
  'projectTooManyLinks',
  'projectTooManyPortfolios',
  'projectTooManyDivisions',
]);

export const WHOLE_CSV_FILE = new Set([
  'csvEmpty',
  'csvNoRows',
  'csvUnsupportedSeparator',
  'csvFileTooLarge',
  'csvTooManyRows',
  'projectTooManyGoals',
  'projectTooManyLinks',
]);

const positiveInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

/** Follows `path` through parsed JSON without recursion; true when every segment but the last exists. */
function pathExists(root: unknown, path: readonly (string | number)[]): boolean {
  let node = root;
  for (let i = 0; i < path.length - 1; i++) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, path[i]!)) return false;
    node = (node as Record<string | number, unknown>)[path[i]!];
  }
  return node !== null && typeof node === 'object';
}

/** `fileProject` is the parsed file's `project` member (undefined when the file did not parse). */
export function projectProblemLocated(p: Problem, fileProject: unknown): boolean {
  if (p.code === 'moreProblems') return true;
  if (p.path && p.path.length) return pathExists(fileProject, p.path);
  if (positiveInteger(p.params?.line) && positiveInteger(p.params?.column)) return true;
  return WHOLE_PROJECT_FILE.has(p.code);
}

/** `lines` is the number of lines of the decoded file. */
export function csvProblemLocated(p: Problem, lines: number): boolean {
  if (p.code === 'moreProblems') return true;
  const path = p.path;
  if (path && path.length) {
    const [csv, row, column, ...rest] = path;
    return (
      csv === 'csv' &&
      positiveInteger(row) &&
      row <= lines &&
      (column === undefined || (typeof column === 'string' && column !== '')) &&
      rest.length === 0
    );
  }
  return WHOLE_CSV_FILE.has(p.code);
}
