import type { Goal } from '../../model';

/** What a division sheet lists for one holder: subjects without goals, and goals (with the row's exception word). */
export interface HolderRows {
  subjects: string[];
  goals: { goalId: string; exception: boolean }[];
}

/**
 * Who holds what, from the rows of each holder (in the draft's order). A subject is held by the holders that list it
 * alone or with goals following it; one whose goals are not all in the sheet is held by no one (its unlisted goals
 * would otherwise follow it), and its listed goals are given one by one. The sheet does not say who leads a shared
 * subject: the holder listing most of its goals does, the first listed on a tie. A goal given to anyone but its
 * subject's lead, or listed as an exception, is an assignment of its own, so every goal keeps its holder.
 */
export function holdingsOf(
  goals: readonly Goal[],
  rows: ReadonlyMap<string, HolderRows>,
): { subjects: Record<string, string[]>; assignments: Record<string, string> } {
  const subjectOf = new Map(goals.map((g) => [g.id, g.subjectId]));
  const goalsOf = new Map<string, string[]>();
  for (const g of goals)
    if (g.subjectId !== undefined) goalsOf.set(g.subjectId, [...(goalsOf.get(g.subjectId) ?? []), g.id]);
  const listed = new Set<string>();
  const alone = new Set<string>();
  // Per subject, its holders in order of first mention with how many of its goals each lists.
  const mentions = new Map<string, Map<string, number>>();
  const mention = (subject: string, holder: string, goalsListed: number) => {
    const m = mentions.get(subject) ?? new Map<string, number>();
    m.set(holder, (m.get(holder) ?? 0) + goalsListed);
    mentions.set(subject, m);
  };
  for (const [holder, r] of rows) {
    for (const s of r.subjects) {
      alone.add(s);
      mention(s, holder, 0);
    }
    for (const g of r.goals) {
      listed.add(g.goalId);
      const s = subjectOf.get(g.goalId);
      if (s !== undefined && !g.exception) mention(s, holder, 1);
    }
  }
  const subjects: Record<string, string[]> = {};
  for (const [s, m] of mentions) {
    const held = alone.has(s) || (goalsOf.get(s) ?? []).every((g) => listed.has(g));
    if (!held) continue;
    const order = [...m.keys()];
    const lead = order.reduce((best, h) => (m.get(h)! > m.get(best)! ? h : best), order[0]!);
    subjects[s] = [lead, ...order.filter((h) => h !== lead)];
  }
  const assignments: Record<string, string> = {};
  for (const [holder, r] of rows)
    for (const g of r.goals) {
      const s = subjectOf.get(g.goalId);
      const lead = s !== undefined && Object.hasOwn(subjects, s) ? subjects[s]![0] : undefined;
      if (g.exception || lead !== holder) assignments[g.goalId] = holder;
    }
  return { subjects, assignments };
}
