import * as ops from '../../../shared/model/operations';
import type { SubjectInput } from '../../../shared/model';
import { editCommand } from './command';

export const addSubject = editCommand<Omit<SubjectInput, 'id'> & { id?: string }>(
  'subject.add',
  'app.cmd.subjectAdd',
  (p, a) => ops.addSubject(p, a),
);
export const updateSubject = editCommand<{ id: string; changes: Partial<Omit<SubjectInput, 'id'>> }>(
  'subject.update',
  'app.cmd.subjectUpdate',
  (p, a) => ops.updateSubject(p, a.id, a.changes),
);
/** Its goals stay (under no subject, with their holders); its own links go, which the confirm dialog counts first. */
export const removeSubject = editCommand<string>('subject.remove', 'app.cmd.subjectRemove', (p, id) =>
  ops.removeSubject(p, id),
);
/** Several goals under one subject (or none) at once: one undo step. */
export const setGoalSubject = editCommand<{ goalIds: readonly string[]; subjectId: string | null }>(
  'goal.subject',
  'app.cmd.goalSubject',
  (p, a) => ops.setGoalSubject(p, a.goalIds, a.subjectId),
);
