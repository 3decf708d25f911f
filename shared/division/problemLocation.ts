import type { Problem } from '../model/problem';
import { columnLetter } from '../io/readCsvTable';

/** Where in a division file a problem is: 1-based line (a sheet's row) and column, as far as the problem says. */
export interface ProblemLocation {
  line?: number;
  column?: number;
}

/**
 * The line and column of a division problem. Text problems carry them as `line`/`column` params; table problems
 * as `['csv', row, column name]`, the name as the header row wrote it (or the column's letter when it had none), so
 * `header` (that row's cells) turns it into a number. A column the header does not hold (a missing required one)
 * and a problem about the whole file have no column, or no place at all.
 */
export function problemLocation(p: Problem, header: readonly string[] = []): ProblemLocation {
  const at = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined);
  if (p.path?.[0] === 'csv') {
    const line = at(p.path[1]);
    const name = p.path[2];
    let column: number | undefined;
    if (typeof name === 'string') {
      const label = (h: string, j: number) => (h.trim() === '' ? columnLetter(j) : h.trim());
      const i = header.findIndex((h, j) => label(h, j) === name.trim());
      if (i >= 0) column = i + 1;
    }
    return { ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) };
  }
  const line = at(p.params?.line ?? p.params?.row);
  const column = line === undefined ? undefined : at(p.params?.column);
  return { ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) };
}

/** `file:line:column`, `file:line` or `file`: the place as compilers and editors write it. */
export function formatLocation(file: string, loc: ProblemLocation): string {
  if (loc.line === undefined) return file;
  return loc.column === undefined ? `${file}:${loc.line}` : `${file}:${loc.line}:${loc.column}`;
}
