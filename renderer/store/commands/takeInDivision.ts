import { problem, type Project } from '../../../shared/model';
import {
  applyPublishedDivision,
  type ApplyPublishedDivisionInput,
  type ApplyPublishedDivisionResult,
} from '../../../shared/division/applyPublishedDivision';

export interface TakeInArgs {
  input: ApplyPublishedDivisionInput;
  /** The new draft's id, picked by the caller (as for "Nieuwe verdeling"), so the view can show it afterwards. */
  divisionId: string;
}

/**
 * A published division taken into the project: applyPublishedDivision with the new draft under the caller's id.
 * Kept out of divisionImportCommands.ts because the registry takes every export of a command file as a command.
 * The dialog runs it once for the summary it shows, the command once more on the project as it is then.
 */
export function takeInDivision(project: Project, args: TakeInArgs): ApplyPublishedDivisionResult {
  if (project.divisions.some((d) => d.id === args.divisionId))
    return { ok: false, problems: [problem('duplicateId', { id: args.divisionId }, ['division', 'id'])] };
  const result = applyPublishedDivision(project, args.input);
  if (!result.ok) return result;
  const made = result.summary.divisionId;
  // Nothing else refers to a division's id (locks and assignments live inside it), so renaming it is safe.
  const divisions = result.project.divisions.map((d) => (d.id === made ? { ...d, id: args.divisionId } : d));
  return {
    ok: true,
    project: { ...result.project, divisions },
    summary: { ...result.summary, divisionId: args.divisionId },
  };
}
