import { subjectHolders, type Division } from '../../../shared/model';
import { divisionParts, type CompactGraph } from '../../../shared/analysis/compactGraph';

/** A card that travels in a drag: a goal, or a subject from the column its card stands in (null: the tray). */
export interface MovingCard {
  id: string;
  kind: 'goal' | 'subject';
  from: string | null;
}

/** What dropping cards on one holder (or the tray) does to the draft, as graph nodes and the part each goes to. */
export interface DropPlan {
  moves: [node: number, part: number][];
  /** True when the drop changes the draft (a subject may change holders without any node moving). */
  changed: boolean;
  /** Why the edit would refuse the drop, if it would; then it changes nothing. */
  refused: 'followsSubject' | 'goalLocked' | null;
}

/**
 * The subjects' new holders when their card goes from `from` to `to`, as `moveSubjects` decides: `from` gives way to
 * `to` (a shared subject keeps its other holders; onto one of them, or the tray, it just leaves `from`), a subject
 * without holders gets `to`.
 */
export function holdersAfter(before: readonly string[], from: string | null, to: string | null): readonly string[] {
  if (before.length === 0) return to === null ? [] : [to];
  if (from === null || !before.includes(from) || from === to) return before;
  if (to === null || before.includes(to)) return before.filter((h) => h !== from);
  return before.map((h) => (h === from ? to : h));
}

/**
 * The drop of `cards` on part `to` (−1: the tray) exactly as the board's edit makes it: `moveSubjects` for the
 * subject cards (the goals that follow a subject go with its lead; exceptions stay), then `assignGoals` for the goal
 * cards. `parts` are the draft's parts (`divisionParts`), passed in when planning several targets. O(n) with
 * subjects among the cards (to find their nodes), else O(cards).
 */
export function dropPlan(
  graph: CompactGraph,
  division: Division,
  cards: readonly MovingCard[],
  to: number,
  parts: Int32Array = divisionParts(graph, division),
): DropPlan {
  const ids = division.portfolioIds;
  const target = to < 0 ? null : ids[to]!;
  const partOf = (h: string | undefined) => (h === undefined ? -1 : ids.indexOf(h));
  const locked = new Set(division.locked);
  const refuse = (why: DropPlan['refused']): DropPlan => ({ moves: [], changed: false, refused: why });
  const moved = new Map<number, number>();
  let changed = false;

  // Subjects first: the new lead of each subject whose holders change.
  const before = new Map<string, readonly string[]>();
  const lead = new Map<string, string | undefined>();
  for (const c of cards) {
    if (c.kind !== 'subject') continue;
    const was = subjectHolders(division, c.id);
    const now = holdersAfter(was, c.from, target);
    if (now.length === was.length && now.every((h, i) => h === was[i])) continue;
    if (locked.has(c.id)) return refuse('goalLocked');
    changed = true;
    before.set(c.id, was);
    lead.set(c.id, now[0]);
  }
  if (lead.size) {
    for (let v = 0; v < graph.n; v++) {
      const s = graph.subjectOf[v];
      if (s === undefined || !lead.has(s)) continue;
      const oldLead = partOf(before.get(s)![0]);
      const newLead = partOf(lead.get(s));
      // What the old lead held through the subject follows it (exceptions stay where the draft put them).
      if (oldLead === newLead || parts[v] !== oldLead) continue;
      if (!graph.isSubject[v] && locked.has(graph.goalIds[v]!)) return refuse('goalLocked');
      moved.set(v, newLead);
    }
  }

  // Then the goals, against the subjects' new leads.
  const leadOf = (s: string | undefined) =>
    s === undefined ? undefined : lead.has(s) ? lead.get(s) : subjectHolders(division, s)[0];
  const goals: number[] = [];
  for (const c of cards) {
    if (c.kind !== 'goal') continue;
    const v = graph.goalIndex.get(c.id);
    if (v === undefined) continue;
    const own = Object.hasOwn(division.assignments, c.id) ? division.assignments[c.id] : undefined;
    if ((moved.get(v) ?? partOf(own ?? leadOf(graph.subjectOf[v]))) !== to) goals.push(v);
  }
  // assignGoals looks for a locked goal among them all before it looks for one that follows its subject.
  if (goals.some((v) => locked.has(graph.goalIds[v]!))) return refuse('goalLocked');
  if (to < 0 && goals.some((v) => leadOf(graph.subjectOf[v]) !== undefined)) return refuse('followsSubject');
  for (const v of goals) moved.set(v, to);
  if (goals.length) changed = true;
  return { moves: [...moved], changed, refused: null };
}

/** One edit of a drop: the board dispatches them in order within the drag's gesture (one undo step). */
export type DropEdit =
  | { kind: 'moveSubjects'; subjectIds: string[]; from: string | null; to: string | null }
  | { kind: 'assignGoals'; goalIds: string[]; portfolioId: string | null };

/**
 * The edits that drop `cards` on holder `to` (null: the tray): `moveSubjects` per column the subject cards come from
 * (a subject dropped where it stands is left alone: `moveSubjects` would take that holder off it), then one
 * `assignGoals` for the goal cards.
 */
export function dropEdits(cards: readonly MovingCard[], to: string | null): DropEdit[] {
  const byFrom = new Map<string | null, string[]>();
  const goalIds: string[] = [];
  for (const c of cards) {
    if (c.kind === 'goal') goalIds.push(c.id);
    else if (c.from !== to) byFrom.set(c.from, [...(byFrom.get(c.from) ?? []), c.id]);
  }
  const edits: DropEdit[] = [...byFrom].map(([from, subjectIds]) => ({ kind: 'moveSubjects', subjectIds, from, to }));
  if (goalIds.length) edits.push({ kind: 'assignGoals', goalIds, portfolioId: to });
  return edits;
}
