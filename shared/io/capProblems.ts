import { problem, type Problem } from '../model/problem';

/** More problems than this stop helping: the user fixes the first ones and tries again. */
export const MAX_PROBLEMS = 200;

export function warning(code: string, params?: Problem['params'], path?: Problem['path']): Problem {
  return { ...problem(code, params, path), severity: 'warning' };
}

export function isWarning(p: Problem): boolean {
  return p.severity === 'warning';
}

/** Warnings never block; any other problem does. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => !isWarning(p));
}

/**
 * Keeps the first `max` problems, errors before warnings so a flood of warnings cannot hide the error that
 * blocks the import, and says how many were left out.
 */
export function capProblems(problems: readonly Problem[], max = MAX_PROBLEMS): Problem[] {
  if (problems.length <= max) return [...problems];
  const ordered = [...problems.filter((p) => !isWarning(p)), ...problems.filter(isWarning)];
  const kept = ordered.slice(0, max);
  kept.push(problem('moreProblems', { count: problems.length - max }));
  return kept;
}
