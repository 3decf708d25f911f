import * as ops from '../../../shared/model/operations';
import { newId, type DivisionInput } from '../../../shared/model';
import { editCommand } from './command';

/** A new draft takes every portfolio of the project, so it is usable at once. */
export const addDivision = editCommand<{ name: string; id?: string }>(
  'division.add',
  'app.cmd.divisionAdd',
  (p, a, s) => {
    const id = a.id ?? newId('div');
    const result = ops.addDivision(p, {
      id,
      name: a.name,
      portfolioIds: p.portfolios.map((x) => x.id),
    } satisfies DivisionInput);
    if (result.ok) s.setDivision(id);
    return result;
  },
);

export const duplicateDivision = editCommand<{ id: string; name: string }>(
  'division.duplicate',
  'app.cmd.divisionDuplicate',
  (p, a, s) => {
    const id = newId('div');
    const result = ops.duplicateDivision(p, a.id, a.name, id);
    if (result.ok) s.setDivision(id);
    return result;
  },
);

export const updateDivision = editCommand<{ id: string; name?: string; notes?: string }>(
  'division.update',
  'app.cmd.divisionUpdate',
  (p, a) => ops.updateDivision(p, a.id, a),
);

export const removeDivision = editCommand<string>('division.remove', 'app.cmd.divisionRemove', (p, id, s) => {
  const result = ops.removeDivision(p, id);
  if (result.ok && s.divisionId === id) s.setDivision(result.project.divisions[0]?.id ?? null);
  return result;
});

export const setDivisionPortfolios = editCommand<{ id: string; portfolioIds: string[] }>(
  'division.portfolios',
  'app.cmd.divisionPortfolios',
  (p, a) => ops.setDivisionPortfolios(p, a.id, a.portfolioIds),
);

export const assignGoal = editCommand<{ divisionId: string; goalId: string; portfolioId: string | null }>(
  'division.assign',
  'app.cmd.assignGoal',
  (p, a) => ops.assignGoal(p, a.divisionId, a.goalId, a.portfolioId),
);

export const setLocked = editCommand<{ divisionId: string; goalId: string; locked: boolean }>(
  'division.lock',
  'app.cmd.lockGoal',
  (p, a) => ops.setLocked(p, a.divisionId, a.goalId, a.locked),
);

export const setAssignments = editCommand<{ divisionId: string; assignments: Record<string, string> }>(
  'division.setAssignments',
  'app.cmd.setAssignments',
  (p, a) => ops.setAssignments(p, a.divisionId, a.assignments),
);

/** A proposal (optimiser result) as a new draft beside the one it came from: same holders and locks. */
export const addDivisionFrom = editCommand<{ fromId: string; name: string; assignments: Record<string, string> }>(
  'division.addFrom',
  'app.cmd.divisionFromProposal',
  (p, a, s) => {
    const from = p.divisions.find((d) => d.id === a.fromId);
    if (!from) return ops.addDivision(p, { name: a.name });
    const id = newId('div');
    const result = ops.addDivision(p, {
      ...structuredClone(from),
      id,
      name: a.name,
      assignments: a.assignments,
      notes: '',
    });
    if (result.ok) s.setDivision(id);
    return result;
  },
);
