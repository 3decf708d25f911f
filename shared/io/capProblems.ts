import { problem, type Problem } from '../model/problem';

/** More problems than this stop helping: the user fixes the first ones and tries again. */
export const MAX_PROBLEMS = 200;

export function warning(code: string, params?: Problem['params'], path?: Problem['path']): Problem {
  return { ...problem(code, params, path), severity: 'warning' };
}

export function isWarning(p: Problem): boolean {
  return p.severity === 'warning';
}

/**
 * Appends `more` to `into` one by one. `into.push(...more)` passes every problem as an argument and overflows the
 * call stack past about 100,000 of them, which a crafted file reaches easily (issue 17).
 */
export function appendProblems(into: Problem[], more: readonly Problem[]): Problem[] {
  for (const p of more) into.push(p);
  return into;
}

/** Warnings never block; any other problem does. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => !isWarning(p));
}

/**
 * Keeps the first `max` problems, errors before warnings so a flood of warnings cannot hide the error that
 * blocks the import, and says how many were left out (a warning itself when only warnings were left out).
 */
export function capProblems(problems: readonly Problem[], max = MAX_PROBLEMS): Problem[] {
  if (problems.length <= max) return [...problems];
  const ordered = [...problems.filter((p) => !isWarning(p)), ...problems.filter(isWarning)];
  const kept = ordered.slice(0, max);
  // The count has the weight of what it stands for: left-out warnings must not read as an error.
  const more = problem('moreProblems', { count: problems.length - max });
  kept.push(hasErrors(ordered.slice(max)) ? more : { ...more, severity: 'warning' });
  return kept;
}
