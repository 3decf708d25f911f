import { failAll, ok } from '../../../shared/model';
import { editCommand } from './command';
import { takeInDivision, type TakeInArgs } from './takeInDivision';

/**
 * A published division taken in (the "Verdeling plakken" dialog): holders, subjects, the new draft and the
 * catalogue's links among its subjects arrive as one undo step, and the new draft becomes the chosen one (undo
 * goes back to the draft the user was in).
 */
export const takeInPublishedDivision = editCommand<TakeInArgs>(
  'division.takeInPublished',
  'app.cmd.divisionTakeIn',
  (p, a) => {
    const result = takeInDivision(p, a);
    return result.ok ? ok(result.project) : failAll(result.problems);
  },
  (s, a) => s.chooseDraft(a.divisionId),
);
