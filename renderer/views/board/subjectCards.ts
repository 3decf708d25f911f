import { subjectHolders, type Division, type Project } from '../../../shared/model';
import type { SubjectLevel } from '../../../shared/analysis/subjectLevel';
import { reuseCard, type BoardCard } from './boardCard';

export interface SubjectCards {
  cards: Map<string, BoardCard>;
  /** Card ids per part (position of the holder in the draft): subjects in project order, then the goals apart. */
  byPart: string[][];
  tray: string[];
  /** Per part: the shared subjects that part holds beside their lead. */
  sharedByPart: string[][];
}

/**
 * The cards of the subject level: one per subject (with the goals that follow it; also a subject with no goals, or
 * whose goals all stand apart, so it can still be moved) and one per goal standing apart (no subject, an exception,
 * a co-holder's part of a shared subject). A card's links and split links are the level's ties summed, so they
 * add up exactly to the goal-level figures of the goals behind it.
 */
export function subjectCards(
  project: Project,
  division: Division,
  level: SubjectLevel,
  goals: ReadonlyMap<string, BoardCard>,
  previous: ReadonlyMap<string, BoardCard> | undefined,
): SubjectCards {
  const L = level.nodes.length;
  const links = new Int32Array(L);
  const split = new Int32Array(L);
  const splitWeight = new Float64Array(L);
  for (const e of level.edges) {
    const cut =
      level.nodes[e.a]!.part >= 0 && level.nodes[e.b]!.part >= 0 && level.nodes[e.a]!.part !== level.nodes[e.b]!.part;
    for (const at of [e.a, e.b]) {
      links[at] = links[at]! + e.count;
      if (!cut) continue;
      split[at] = split[at]! + e.count;
      splitWeight[at] = splitWeight[at]! + e.weight;
    }
  }
  const locked = new Set(division.locked);
  const pIndex = new Map(division.portfolioIds.map((id, i) => [id, i]));
  const cards = new Map<string, BoardCard>();
  const byPart: string[][] = division.portfolioIds.map(() => []);
  const tray: string[] = [];
  const sharedByPart: string[][] = division.portfolioIds.map(() => []);
  const put = (id: string, p: number) => (p >= 0 ? byPart[p]! : tray).push(id);

  for (const s of project.subjects) {
    const at = level.index.get(s.id);
    const node = at === undefined ? undefined : level.nodes[at];
    const holders = subjectHolders(division, s.id).filter((h) => pIndex.has(h));
    let budget: number | null = null;
    for (const g of node?.goalIds ?? []) {
      const b = goals.get(g)!.budget;
      if (b !== null) budget = (budget ?? 0) + b;
    }
    const card: BoardCard = {
      id: s.id,
      kind: 'subject',
      title: s.name,
      domainId: s.domainId,
      budget,
      links: at === undefined ? 0 : links[at]!,
      split: at === undefined ? 0 : split[at]!,
      splitWeight: at === undefined ? 0 : splitWeight[at]!,
      locked: locked.has(s.id),
      goalIds: node?.goalIds ?? [],
      holders,
      lockedGoals: (node?.goalIds ?? []).filter((g) => locked.has(g)).length,
      apart: null,
    };
    cards.set(s.id, reuseCard(card, previous?.get(s.id)));
    // Without a node of its own (every goal stands apart) the subject still sits with its lead.
    put(s.id, node ? node.part : holders.length ? pIndex.get(holders[0]!)! : -1);
    for (const h of holders.slice(1)) sharedByPart[pIndex.get(h)!]!.push(s.id);
  }
  for (const goal of project.goals) {
    const at = level.index.get(goal.id);
    if (at === undefined || level.nodes[at]!.kind !== 'goal') continue;
    const card = goals.get(goal.id)!;
    cards.set(goal.id, card);
    put(goal.id, level.nodes[at]!.part);
  }
  return { cards, byPart, tray, sharedByPart };
}
