import type { Division, Project } from '../../../shared/model';
import { divisionParts, type CompactGraph } from '../../../shared/analysis/compactGraph';

/** The column of goals no holder has yet; its id can never be a portfolio id (ids are `[A-Za-z0-9_-]`). */
export const TRAY_ID = ':tray';

/**
 * One card on the board. A node is a goal today; a subject (a group of goals) can become a card of another kind
 * without the columns or the drag code knowing goals.
 */
export interface BoardCard {
  id: string;
  kind: 'goal';
  title: string;
  domainId: string;
  /** Yearly budget in euros; null when unknown (which is not zero). */
  budget: number | null;
  /** Links at this node, and how many of them the draft splits (both ends held, by two holders). */
  links: number;
  split: number;
  locked: boolean;
}

export interface BoardColumn {
  /** Portfolio id, or TRAY_ID for the goals nobody holds yet. */
  id: string;
  holder: string;
  role: 'wethouder' | 'burgemeester' | null;
  party: string;
  fte: number;
  colour: string | null;
  cardIds: readonly string[];
  goals: number;
  /** Summed known budget, and the number of cards without one. */
  budget: number;
  budgetUnknown: number;
}

export interface BoardModel {
  divisionId: string;
  /** Holders of the draft in its order; the tray is kept apart. */
  columns: readonly BoardColumn[];
  tray: BoardColumn;
  cards: ReadonlyMap<string, BoardCard>;
  /** Which column each card sits in (TRAY_ID for the tray). */
  columnOf: ReadonlyMap<string, string>;
}

const sameCard = (a: BoardCard, b: BoardCard) =>
  a.id === b.id &&
  a.title === b.title &&
  a.domainId === b.domainId &&
  a.budget === b.budget &&
  a.links === b.links &&
  a.split === b.split &&
  a.locked === b.locked;

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The board of one draft: a column per holder (in the draft's order) and the tray, cards in project order, and per
 * card how many of its links the draft splits. Pure and O(goals + links); memoised per project revision through
 * `Derived.board`. Cards and card lists equal to those of `previous` (the board of the revision before) are that
 * board's objects, so a move repaints only what it changed.
 */
export function boardModel(
  project: Project,
  graph: CompactGraph,
  division: Division,
  previous?: BoardModel,
): BoardModel {
  const parts = divisionParts(graph, division);
  const locked = new Set(division.locked);
  const cards = new Map<string, BoardCard>();
  const columnOf = new Map<string, string>();
  const byColumn: string[][] = division.portfolioIds.map(() => []);
  const tray: string[] = [];
  const { adjStart, adjNode } = graph;
  for (const goal of project.goals) {
    const v = graph.goalIndex.get(goal.id);
    if (v === undefined) continue;
    const p = parts[v]!;
    let split = 0;
    if (p >= 0)
      for (let i = adjStart[v]!; i < adjStart[v + 1]!; i++) {
        const q = parts[adjNode[i]!]!;
        if (q >= 0 && q !== p) split++;
      }
    const card: BoardCard = {
      id: goal.id,
      kind: 'goal',
      title: goal.title,
      domainId: goal.domainId,
      budget: goal.budget ?? null,
      links: adjStart[v + 1]! - adjStart[v]!,
      split,
      locked: locked.has(goal.id),
    };
    const old = previous?.cards.get(goal.id);
    cards.set(goal.id, old && sameCard(old, card) ? old : card);
    if (p >= 0) {
      byColumn[p]!.push(goal.id);
      columnOf.set(goal.id, division.portfolioIds[p]!);
    } else {
      tray.push(goal.id);
      columnOf.set(goal.id, TRAY_ID);
    }
  }
  const portfolios = new Map(project.portfolios.map((pf) => [pf.id, pf]));
  const oldColumns = new Map(previous ? [...previous.columns, previous.tray].map((c) => [c.id, c.cardIds]) : []);
  const column = (
    id: string,
    ids: string[],
    pf?: { holder: string; role: BoardColumn['role']; party: string; fte: number; colour: string },
  ): BoardColumn => {
    let budget = 0;
    let budgetUnknown = 0;
    for (const c of ids) {
      const b = cards.get(c)!.budget;
      if (b === null) budgetUnknown++;
      else budget += b;
    }
    return {
      id,
      // A draft naming a holder the project lacks is reported by the invariants; the board shows the id.
      holder: pf?.holder ?? (id === TRAY_ID ? '' : id),
      role: pf?.role ?? null,
      party: pf?.party ?? '',
      fte: pf?.fte ?? 0,
      colour: pf?.colour ?? null,
      cardIds: oldColumns.has(id) && sameIds(oldColumns.get(id)!, ids) ? oldColumns.get(id)! : ids,
      goals: ids.length,
      budget,
      budgetUnknown,
    };
  };
  return {
    divisionId: division.id,
    columns: division.portfolioIds.map((id, i) => column(id, byColumn[i]!, portfolios.get(id))),
    tray: column(TRAY_ID, tray),
    cards,
    columnOf,
  };
}

/**
 * What a drag moves: the dragged card, and with it the other selected cards when it is one of the selection.
 * Locked cards stay where they are; the dragged card leads the list.
 */
export function movingCards(model: BoardModel, activeId: string, selection: readonly string[]): string[] {
  const movable = (id: string) => {
    const c = model.cards.get(id);
    return c !== undefined && !c.locked;
  };
  if (!selection.includes(activeId)) return movable(activeId) ? [activeId] : [];
  return [activeId, ...selection.filter((id) => id !== activeId)].filter(movable);
}

/** Selected cards that a bulk move leaves behind because they are locked. */
export function lockedInSelection(model: BoardModel, selection: readonly string[]): string[] {
  return selection.filter((id) => model.cards.get(id)?.locked === true);
}

/**
 * Shift-click: every card between the anchor and this one in the same column (inclusive), in column order; just
 * this card when the anchor is elsewhere.
 */
export function rangeInColumn(model: BoardModel, anchorId: string | null, id: string): string[] {
  const col = model.columnOf.get(id);
  if (!anchorId || col === undefined || model.columnOf.get(anchorId) !== col) return [id];
  const ids = (col === TRAY_ID ? model.tray : model.columns.find((c) => c.id === col)!).cardIds;
  const a = ids.indexOf(anchorId);
  const b = ids.indexOf(id);
  return ids.slice(Math.min(a, b), Math.max(a, b) + 1) as string[];
}
