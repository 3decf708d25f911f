import type { Project } from '../model';
import { importGoalsCsv, type CsvImportOptions, type CsvImportResult } from './importGoalsCsv';
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
): CsvImportResult<Project> {
  if (kind === 'goals') {
    const { value, ...rest } = importGoalsCsv(project, bytes, options);
    return value ? { value: { ...project, goals: [...project.goals, ...value] }, ...rest } : rest;
  }
  const { value, ...rest } = importLinksCsv(project, bytes, [], options);
  return value ? { value: { ...project, links: [...project.links, ...value] }, ...rest } : rest;
}
