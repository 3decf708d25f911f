/**
 * An expected problem with user input: a value, never thrown. `code` is an i18n key under `problem.`,
 * `params` fill its placeholders, `path` locates it (JSON path segments, or row/column for CSV).
 */
export interface Problem {
  code: string;
  params?: Record<string, string | number>;
  path?: (string | number)[];
  /** Absent means 'error'. A warning reports something the app fixed or assumed (an explicit repair, a mapped code). */
  severity?: 'error' | 'warning';
}

export interface Checked<T> {
  value: T | undefined;
  problems: Problem[];
}

export function problem(code: string, params?: Problem['params'], path?: Problem['path']): Problem {
  const p: Problem = { code };
  if (params) p.params = params;
  if (path) p.path = path;
  return p;
}
