import type { Problem, Project } from '../model';
import { importGoalsCsv, type CsvImportOptions } from './importGoalsCsv';
import { importLinksCsv } from './importLinksCsv';

export type CsvImportKind = 'goals' | 'links';

/**
 * The next project with the file's goals or links appended — only when the whole file is free of errors
 * (warnings pass). Untouched collections and entities keep their references, so diffProjects sees only the
 * additions and the import is one undo step. A file over LIMITS, or one that would take the project over them, is
 * refused before its rows are checked (see checkLimits.ts).
 */
export function applyCsvImport(
  project: Project,
  kind: CsvImportKind,
  bytes: Uint8Array,
  options: CsvImportOptions = {},
): { value?: Project; problems: Problem[] } {
  if (kind === 'goals') {
    const { value, problems } = importGoalsCsv(project, bytes, options);
    return value ? { value: { ...project, goals: [...project.goals, ...value] }, problems } : { problems };
  }
  const { value, problems } = importLinksCsv(project, bytes, [], options);
  return value ? { value: { ...project, links: [...project.links, ...value] }, problems } : { problems };
}
