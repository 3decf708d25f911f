import { holderOf, isException, subjectHolders, type Division, type Project } from '../../../shared/model';
import { divisionParts, type CompactGraph } from '../../../shared/analysis/compactGraph';
import type { SubjectLevel } from '../../../shared/analysis/subjectLevel';
import type { NodeLevel } from '../../store/viewSlice';
import { reuseCard, type BoardCard } from './boardCard';
import { subjectCards } from './subjectCards';

export type { BoardCard } from './boardCard';

/** The column of goals no holder has yet; its id can never be a portfolio id (ids are `[A-Za-z0-9_-]`). */
export const TRAY_ID = ':tray';

export interface BoardColumn {
  /** Portfolio id, or TRAY_ID for the goals nobody holds yet. */
  id: string;
  holder: string;
  role: 'wethouder' | 'burgemeester' | null;
  party: string;
  fte: number;
  colour: string | null;
  cardIds: readonly string[];
  /** Shared subjects this holder holds beside their lead: the card stands with the lead, here a reference to it. */
  sharedIds: readonly string[];
  /** Goals held here (a subject card counts its goals), their summed known budget, and how many have none. */
  goals: number;
  budget: number;
  budgetUnknown: number;
}

export interface BoardModel {
  divisionId: string;
  level: NodeLevel;
  /** Holders of the draft in its order; the tray is kept apart. */
  columns: readonly BoardColumn[];
  tray: BoardColumn;
  /** The cards the columns list. */
  cards: ReadonlyMap<string, BoardCard>;
  /** Every goal as a goal card: the cards themselves at goal level, and at subject level also the goals a subject card lists. */
  goals: ReadonlyMap<string, BoardCard>;
  /** Which column each card, and each goal a subject card lists, sits in (TRAY_ID for the tray). */
  columnOf: ReadonlyMap<string, string>;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The board of one draft: a column per holder (in the draft's order) and the tray, and per card how many of its
 * links the draft splits. With `level` (the draft's subject level) the cards are subjects, each with the goals that
 * follow it, and the goals standing apart; without it, goals. Pure and O(goals + links); memoised per project
 * revision and level through `Derived.board`. Cards and card lists equal to those of `previous` (the board of the
 * revision before) are that board's objects, so a move repaints only what it changed.
 */
export function boardModel(
  project: Project,
  graph: CompactGraph,
  division: Division,
  previous?: BoardModel,
  level?: SubjectLevel,
): BoardModel {
  const parts = divisionParts(graph, division);
  const locked = new Set(division.locked);
  const goals = new Map<string, BoardCard>();
  const goalPart = new Map<string, number>();
  const { adjStart, adjNode, adjLink, weight } = graph;
  for (const goal of project.goals) {
    const v = graph.goalIndex.get(goal.id);
    if (v === undefined) continue;
    const p = parts[v]!;
    let split = 0;
    let splitWeight = 0;
    if (p >= 0)
      for (let i = adjStart[v]!; i < adjStart[v + 1]!; i++) {
        const q = parts[adjNode[i]!]!;
        if (q >= 0 && q !== p) {
          split++;
          splitWeight += weight[adjLink[i]!]!;
        }
      }
    const sid = goal.subjectId;
    const lead = sid === undefined ? undefined : subjectHolders(division, sid)[0];
    const own = holderOf(division.assignments, goal.id);
    const card: BoardCard = {
      id: goal.id,
      kind: 'goal',
      title: goal.title,
      domainId: goal.domainId,
      budget: goal.budget ?? null,
      links: adjStart[v + 1]! - adjStart[v]!,
      split,
      splitWeight,
      locked: locked.has(goal.id),
      goalIds: [],
      holders: [],
      lockedGoals: 0,
      apart:
        sid !== undefined && own !== undefined && own !== lead
          ? { subjectId: sid, exception: isException(division, goal.id, sid) }
          : null,
    };
    goals.set(goal.id, reuseCard(card, previous?.goals.get(goal.id)));
    goalPart.set(goal.id, p);
  }

  let cards: ReadonlyMap<string, BoardCard> = goals;
  let byPart: string[][] = division.portfolioIds.map(() => []);
  let tray: string[] = [];
  let sharedByPart: string[][] = division.portfolioIds.map(() => []);
  if (level) {
    ({ cards, byPart, tray, sharedByPart } = subjectCards(project, division, level, goals, previous?.cards));
  } else {
    for (const [id, p] of goalPart) (p >= 0 ? byPart[p]! : tray).push(id);
  }
  const columnOf = new Map<string, string>();
  const place = (ids: readonly string[], col: string) => {
    for (const id of ids) {
      columnOf.set(id, col);
      for (const g of cards.get(id)!.goalIds) columnOf.set(g, col);
    }
  };
  byPart.forEach((ids, p) => place(ids, division.portfolioIds[p]!));
  place(tray, TRAY_ID);

  const portfolios = new Map(project.portfolios.map((pf) => [pf.id, pf]));
  const old = new Map(previous ? [...previous.columns, previous.tray].map((c) => [c.id, c]) : []);
  const kept = (ids: string[], was: readonly string[] | undefined) => (was && sameIds(was, ids) ? was : ids);
  const column = (
    id: string,
    ids: string[],
    shared: string[],
    pf?: { holder: string; role: BoardColumn['role']; party: string; fte: number; colour: string },
  ): BoardColumn => {
    let count = 0;
    let budget = 0;
    let budgetUnknown = 0;
    for (const c of ids) {
      const card = cards.get(c)!;
      for (const g of card.kind === 'goal' ? [c] : card.goalIds) {
        const b = goals.get(g)!.budget;
        count++;
        if (b === null) budgetUnknown++;
        else budget += b;
      }
    }
    return {
      id,
      // A draft naming a holder the project lacks is reported by the invariants; the board shows the id.
      holder: pf?.holder ?? (id === TRAY_ID ? '' : id),
      role: pf?.role ?? null,
      party: pf?.party ?? '',
      fte: pf?.fte ?? 0,
      colour: pf?.colour ?? null,
      cardIds: kept(ids, old.get(id)?.cardIds),
      sharedIds: kept(shared, old.get(id)?.sharedIds),
      goals: count,
      budget,
      budgetUnknown,
    };
  };
  return {
    divisionId: division.id,
    level: level ? 'subject' : 'goal',
    columns: division.portfolioIds.map((id, i) => column(id, byPart[i]!, sharedByPart[i]!, portfolios.get(id))),
    tray: column(TRAY_ID, tray, []),
    cards,
    goals,
    columnOf,
  };
}

/** A card, or a goal a subject card lists. */
export const cardOf = (model: BoardModel, id: string): BoardCard | undefined =>
  model.cards.get(id) ?? model.goals.get(id);

/**
 * What a drag moves: the dragged card, and with it the other selected cards (and goals listed on subject cards)
 * when it is one of the selection. Locked cards stay where they are; the dragged card leads the list.
 */
export function movingCards(model: BoardModel, activeId: string, selection: readonly string[]): string[] {
  const movable = (id: string) => {
    const c = cardOf(model, id);
    return c !== undefined && !c.locked;
  };
  if (!selection.includes(activeId)) return movable(activeId) ? [activeId] : [];
  return [activeId, ...selection.filter((id) => id !== activeId)].filter(movable);
}

/** Selected cards that a bulk move leaves behind because they are locked. */
export function lockedInSelection(model: BoardModel, selection: readonly string[]): string[] {
  return selection.filter((id) => cardOf(model, id)?.locked === true);
}

/**
 * Shift-click: every card between the anchor and this one in the same column (inclusive), in column order; just
 * this card when the anchor is elsewhere (or either is a goal listed on a subject card).
 */
export function rangeInColumn(model: BoardModel, anchorId: string | null, id: string): string[] {
  const col = model.columnOf.get(id);
  if (!anchorId || col === undefined || model.columnOf.get(anchorId) !== col) return [id];
  const ids = (col === TRAY_ID ? model.tray : model.columns.find((c) => c.id === col)!).cardIds;
  const a = ids.indexOf(anchorId);
  const b = ids.indexOf(id);
  if (a < 0 || b < 0) return [id];
  return ids.slice(Math.min(a, b), Math.max(a, b) + 1) as string[];
}

/**
 * The cards a compare draft gives to someone else, with who holds them there (null: nobody), from the comparison's
 * moved goals (from the compare draft to this one). A subject card is moved when a goal that follows it (or the
 * subject's own node) is: it names where that one is in the compare draft.
 */
export function movedAgainst(
  model: BoardModel,
  moved: readonly { goalId: string; from: string | null }[],
): Map<string, string | null> {
  const from = new Map(moved.map((m) => [m.goalId, m.from]));
  const out = new Map<string, string | null>();
  for (const [id, was] of from) if (model.goals.has(id)) out.set(id, was);
  for (const card of model.cards.values()) {
    if (card.kind !== 'subject') continue;
    const hit = [card.id, ...card.goalIds].find((id) => from.has(id));
    if (hit !== undefined) out.set(card.id, from.get(hit)!);
  }
  return out;
}
