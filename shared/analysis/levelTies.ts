import type { CompactGraph } from './compactGraph';
import type { LevelEdge, SubjectLevel } from './subjectLevel';
import { subjectHolders, type Division } from '../model/division';

/**
 * The ties the draft splits at subject level (both ends held, by two holders), heaviest first; ties of equal
 * weight keep the order of their first link. No level node spans two holders, so these ties hold exactly the
 * goal-level split links: their weights add up to the report's split weight and their link lists to its split links.
 */
export function splitTies(level: SubjectLevel): LevelEdge[] {
  return level.edges
    .filter((e) => {
      const a = level.nodes[e.a]!.part;
      const b = level.nodes[e.b]!.part;
      return a >= 0 && b >= 0 && a !== b;
    })
    .sort((x, y) => y.weight - x.weight);
}

/**
 * Why a goal stands on its own at subject level although it has a subject: `exception` when the draft gives it to
 * a holder who does not hold its subject (an explicit exception, always shown as such), `coHolder` when it sits
 * with a second holder of its shared subject, `open` when the draft does not place its subject with anyone (or
 * gives the goal to nobody while its subject is held). Null for subject nodes and goals without a subject.
 */
export type ApartReason = 'exception' | 'coHolder' | 'open';

export interface Apart {
  subjectId: string;
  reason: ApartReason;
}

export function apartOf(
  g: CompactGraph,
  level: SubjectLevel,
  node: number,
  division: Pick<Division, 'portfolioIds' | 'subjects'>,
): Apart | null {
  const n = level.nodes[node]!;
  if (n.kind !== 'goal') return null;
  const subjectId = g.subjectOf[n.members[0]!];
  if (subjectId === undefined) return null;
  const holders = subjectHolders(division, subjectId).filter((h) => division.portfolioIds.includes(h));
  if (!holders.length || n.part < 0) return { subjectId, reason: 'open' };
  const holder = division.portfolioIds[n.part]!;
  return { subjectId, reason: holders.includes(holder) ? 'coHolder' : 'exception' };
}
