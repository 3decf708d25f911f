import type { CompactGraph } from './compactGraph';
import { subjectHolders, type Division } from '../model/division';

/** A goal (or a subject that is a node of its own) held by another holder in draft B than in draft A. */
export interface GoalMove {
  goalId: string;
  /** Portfolio ids; null when unassigned in that draft. */
  from: string | null;
  to: string | null;
}

/** A subject whose holder differs between the drafts, with the goals that moved along with it. */
export interface SubjectMove {
  subjectId: string;
  from: string | null;
  to: string | null;
  /** The subject's goals that went from `from` to `to` with it. */
  goalIds: string[];
}

export interface SubjectMoves {
  subjects: SubjectMove[];
  /** Moved goals that their subject's move does not explain: loose goals, exceptions, goals of unmoved subjects. */
  goals: GoalMove[];
}

type Side = { division: Pick<Division, 'portfolioIds' | 'subjects'>; parts: Int32Array };

/**
 * Where a draft places a subject: with its lead holder when the draft names the subject (nobody when the lead is
 * not one of the draft's holders); otherwise with the one holder all its goals share (a goal-by-goal draft), and
 * nowhere in particular (undefined) when its goals are spread over holders.
 */
function placeOf(side: Side, subjectId: string, members: readonly number[]): string | null | undefined {
  const named = subjectHolders(side.division, subjectId);
  if (named.length) return side.division.portfolioIds.includes(named[0]!) ? named[0]! : null;
  let part: number | undefined;
  for (const v of members) {
    const p = side.parts[v]!;
    if (part === undefined) part = p;
    else if (part !== p) return undefined;
  }
  return part === undefined || part < 0 ? null : side.division.portfolioIds[part]!;
}

/**
 * The moves from draft A to draft B at subject level: each subject placed with another holder (a subject spread
 * over holders in either draft has no place and does not move as a whole), and every moved goal that such a move
 * does not explain. `moved` is the goal-level list (compareDivisions); every entry of it is either among a moved
 * subject's goals, is that subject's own node, or is listed in `goals`.
 */
export function subjectMoves(g: CompactGraph, a: Side, b: Side, moved: readonly GoalMove[]): SubjectMoves {
  const members = new Map<string, number[]>();
  for (let v = 0; v < g.n; v++) {
    const s = g.subjectOf[v];
    if (s === undefined) continue;
    let list = members.get(s);
    if (!list) members.set(s, (list = []));
    list.push(v);
  }
  const subjectIds = new Set([
    ...members.keys(),
    ...Object.keys(a.division.subjects),
    ...Object.keys(b.division.subjects),
  ]);
  const bySubject = new Map<string, SubjectMove>();
  const subjects: SubjectMove[] = [];
  for (const s of subjectIds) {
    const list = members.get(s) ?? [];
    const from = placeOf(a, s, list);
    const to = placeOf(b, s, list);
    if (from === undefined || to === undefined || from === to) continue;
    const move: SubjectMove = { subjectId: s, from, to, goalIds: [] };
    bySubject.set(s, move);
    subjects.push(move);
  }
  const goals: GoalMove[] = [];
  for (const m of moved) {
    const v = g.goalIndex.get(m.goalId);
    const s = v === undefined ? undefined : g.subjectOf[v];
    const subject = s === undefined ? undefined : bySubject.get(s);
    if (subject && subject.from === m.from && subject.to === m.to) {
      if (!g.isSubject[v!]) subject.goalIds.push(m.goalId);
      continue;
    }
    goals.push(m);
  }
  return { subjects, goals };
}
