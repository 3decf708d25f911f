import type { Goal, Link } from '../../../shared/model';

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
export function filterGoals(goals: readonly Goal[], query: string): readonly Goal[] {
  const q = query.trim().toLowerCase();
  if (!q) return goals;
  return goals.filter((g) => `${g.title} ${g.themes.join(' ')}`.toLowerCase().includes(q));
}

/** The table's row key: the goal's id. */
export const goalKey = (g: Goal): string => g.id;
