import * as ops from '../../../shared/model/operations';
import { setPlacement as setPlacementOp, type Placement } from '../../../shared/model/operations/placementOps';
import type { DivisionInput } from '../../../shared/model';
import { editCommand } from './command';

/** A new, empty draft takes every portfolio of the project, so it is usable at once. The caller picks the id. */
export const addDivision = editCommand<{ name: string; id: string }>(
  'division.add',
  'app.cmd.divisionAdd',
  (p, a) =>
    ops.addDivision(p, { id: a.id, name: a.name, portfolioIds: p.portfolios.map((x) => x.id) } satisfies DivisionInput),
  (s, a) => s.chooseDraft(a.id),
);

/** A copy of a draft (what people want most when they start a new one): same holders, goals and locks. */
export const duplicateDivision = editCommand<{ id: string; name: string; newId: string }>(
  'division.duplicate',
  'app.cmd.divisionDuplicate',
  (p, a) => ops.duplicateDivision(p, a.id, a.name, a.newId),
  (s, a) => s.chooseDraft(a.newId),
);

export const updateDivision = editCommand<{ id: string; name?: string; notes?: string }>(
  'division.update',
  'app.cmd.divisionUpdate',
  (p, a) => ops.updateDivision(p, a.id, a),
);

export const removeDivision = editCommand<string>(
  'division.remove',
  'app.cmd.divisionRemove',
  (p, id) => ops.removeDivision(p, id),
  (s, id) => {
    if (s.draftId === id) s.chooseDraft(s.project?.divisions[0]?.id ?? null);
    if (s.compareDraftId === id) s.chooseCompareDraft(null);
  },
);

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

/** Subjects dragged from one holder to another (or onto/off the unassigned column): their goals go with them. */
export const moveSubjects = editCommand<{
  divisionId: string;
  subjectIds: string[];
  from: string | null;
  to: string | null;
}>('division.moveSubjects', 'app.cmd.moveSubjects', (p, a) =>
  ops.moveSubjects(p, a.divisionId, a.subjectIds, a.from, a.to),
);

/** Locks a goal or a subject (the argument keeps its old name: it is any node id). */
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

/**
 * A proposal (optimiser result) as a new draft beside the one it came from: same holders and locks, the proposal's
 * assignments and, when it moves subjects, its subjects' holders (without them the copy keeps the old draft's).
 */
export const addDivisionFrom = editCommand<{
  fromId: string;
  newId: string;
  name: string;
  assignments: Record<string, string>;
  subjects?: Record<string, string[]>;
}>(
  'division.addFrom',
  'app.cmd.divisionFromProposal',
  (p, a) => {
    const from = p.divisions.find((d) => d.id === a.fromId);
    if (!from) return ops.addDivision(p, { id: a.newId, name: a.name });
    return ops.addDivision(p, {
      ...structuredClone(from),
      id: a.newId,
      name: a.name,
      assignments: a.assignments,
      ...(a.subjects ? { subjects: structuredClone(a.subjects) } : {}),
      notes: '',
    });
  },
  (s, a) => s.chooseDraft(a.newId),
);

/**
 * A draft's whole placement at once (an optimiser proposal applied in place, a suggestion that moves a subject with
 * its goals): one undo step; refused when it would move anything locked.
 */
export const setPlacement = editCommand<{ divisionId: string; placement: Placement }>(
  'division.setPlacement',
  'app.cmd.setPlacement',
  (p, a) => setPlacementOp(p, a.divisionId, a.placement),
);

/** Several goals to one holder (or back to the tray with null) at once: the board's bulk move, one undo step. */
export const assignGoals = editCommand<{ divisionId: string; goalIds: readonly string[]; portfolioId: string | null }>(
  'division.assignMany',
  'app.cmd.assignGoals',
  (p, a) => ops.assignGoals(p, a.divisionId, a.goalIds, a.portfolioId),
);
