import type { Project } from '../../../shared/model';
import type { Placement } from '../../../shared/model/operations/placementOps';
import { nodeHolder, subjectHolders, type Division } from '../../../shared/model/division';

export interface PlacementMoves {
  /** Subjects whose lead holder changes, with the goals that go along (follow it before and after). */
  subjects: { subjectId: string; from: string | undefined; to: string; goalIds: string[] }[];
  /** Goals that change holder on their own (not along with their subject). */
  goals: { goalId: string; from: string | undefined; to: string | undefined }[];
  /** Every goal whose holder changes, along with a subject or on its own. */
  goalsMoved: number;
}

/** What a proposed placement changes in a draft: the moved subjects first, then the single goals. */
export function placementMoves(
  project: Pick<Project, 'goals' | 'subjects'>,
  division: Pick<Division, 'assignments' | 'subjects'>,
  placement: Placement,
): PlacementMoves {
  const subjects: PlacementMoves['subjects'] = [];
  const movedSubject = new Map<string, PlacementMoves['subjects'][number]>();
  for (const s of project.subjects) {
    const from = subjectHolders(division, s.id)[0];
    const to = subjectHolders(placement, s.id)[0];
    if (to === undefined || from === to) continue;
    const move = { subjectId: s.id, from, to, goalIds: [] as string[] };
    subjects.push(move);
    movedSubject.set(s.id, move);
  }
  const goals: PlacementMoves['goals'] = [];
  let goalsMoved = 0;
  for (const g of project.goals) {
    const from = nodeHolder(division, g.id, g.subjectId);
    const to = nodeHolder(placement, g.id, g.subjectId);
    const move = g.subjectId === undefined ? undefined : movedSubject.get(g.subjectId);
    const along = move !== undefined && from === move.from && to === move.to;
    if (along) move.goalIds.push(g.id);
    if (from === to) continue;
    goalsMoved++;
    if (!along) goals.push({ goalId: g.id, from, to });
  }
  return { subjects, goals, goalsMoved };
}
