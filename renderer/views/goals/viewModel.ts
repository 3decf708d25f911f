import { isException, nodeHolder, type Division, type Goal, type Link } from '../../../shared/model';

/** How many links touch each goal, for the table's *Verbanden* column. */
export function linkCounts(links: readonly Link[]): Map<string, number> {
  const c = new Map<string, number>();
  for (const l of links) {
    c.set(l.source, (c.get(l.source) ?? 0) + 1);
    c.set(l.target, (c.get(l.target) ?? 0) + 1);
  }
  return c;
}

/**
 * The goals the table shows for what the user typed in *Zoek in doelen*: title or theme contains it, in any case;
 * an empty query shows every goal (the same array, so the table keeps what it measured).
 */
export function filterGoals(
  goals: readonly Goal[],
  query: string,
  subjectName: (id: string) => string = () => '',
): readonly Goal[] {
  const q = query.trim().toLowerCase();
  if (!q) return goals;
  return goals.filter((g) =>
    `${g.title} ${g.themes.join(' ')} ${g.subjectId ? subjectName(g.subjectId) : ''}`.toLowerCase().includes(q),
  );
}

/** Who holds a goal in the chosen draft, and whether that is an exception to its subject: the *Houder* column. */
export function goalHolder(
  division: Pick<Division, 'assignments' | 'subjects'> | undefined,
  goal: Pick<Goal, 'id' | 'subjectId'>,
): { holderId: string | undefined; exception: boolean } {
  if (!division) return { holderId: undefined, exception: false };
  return {
    holderId: nodeHolder(division, goal.id, goal.subjectId),
    exception: isException(division, goal.id, goal.subjectId),
  };
}

/** The table's row key: the goal's id. */
export const goalKey = (g: Goal): string => g.id;
