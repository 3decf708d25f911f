import type { z } from '../model';
import type { Problem } from '../model';
import { cellProblem } from './readCsvTable';

/**
 * zod issues on a row's parsed entity, pointed back at the cell they came from. Fields without a column of
 * their own (an id made up by the import) fall back to the row.
 */
export function csvZodProblems(
  error: z.ZodError,
  row: number,
  columnOf: (field: string) => string,
  valueOf: (field: string) => string,
): Problem[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const column = columnOf(field);
    const origin = 'origin' in issue ? String(issue.origin) : '';
    if (issue.code === 'too_big') {
      const maximum = Number(issue.maximum);
      if (origin === 'string') return cellProblem('csvTooLong', row, column, { maximum });
      if (origin === 'array') return cellProblem('csvTooMany', row, column, { maximum });
      return cellProblem('csvTooBig', row, column, { maximum });
    }
    if (issue.code === 'too_small') {
      if (origin === 'string' || origin === 'array') return cellProblem('csvRequiredValue', row, column);
      return cellProblem('csvTooSmall', row, column, { minimum: Number(issue.minimum) });
    }
    return cellProblem('csvInvalidValue', row, column, { value: valueOf(field) });
  });
}
