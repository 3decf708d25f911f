import { nodeHolder, type Division, type Project } from '../model';
import type { HolderLoad } from './balanceRule';

/** What one holder holds in a draft: goals (a subject without goals counts one), summed known budget, FTE. */
export interface HolderTotals {
  holderId: string;
  goals: number;
  budget: number;
  fte: number;
}

export interface DraftLoads {
  /** The holders taking part in the balance, in the draft's order. */
  holders: HolderTotals[];
  /** Holders left out of the balance, in the draft's order: they keep what they hold, apart from every total. */
  outside: HolderTotals[];
  /** What no holder of the draft holds yet: part of the total that equal and FTE shares divide. */
  tray: { goals: number; budget: number };
}

/**
 * What each holder of a draft holds now, the figures a balance rule (`holderBands`, `fitBalance`) measures. Goals
 * follow their subject's lead unless the draft gives them to someone of their own (`nodeHolder`), as every view
 * reads a draft. A subject without goals counts as one goal: it is still a portfolio item someone holds, and the
 * optimiser and suggestions at subject level count it so. A goal held by a holder outside the draft lies in the tray,
 * as the board shows it.
 */
export function draftLoads(
  project: Pick<Project, 'goals' | 'subjects' | 'portfolios'>,
  division: Pick<Division, 'portfolioIds' | 'assignments' | 'subjects'>,
  outside: ReadonlySet<string> = new Set(),
): DraftLoads {
  const fte = new Map(project.portfolios.map((p) => [p.id, p.fte]));
  const totals = new Map(
    division.portfolioIds.map((id) => [id, { holderId: id, goals: 0, budget: 0, fte: fte.get(id) ?? 0 }]),
  );
  const tray = { goals: 0, budget: 0 };
  const add = (holder: string | undefined, budget: number) => {
    const to = (holder === undefined ? undefined : totals.get(holder)) ?? tray;
    to.goals += 1;
    to.budget += budget;
  };
  const withGoals = new Set<string>();
  for (const goal of project.goals) {
    if (goal.subjectId !== undefined) withGoals.add(goal.subjectId);
    add(nodeHolder(division, goal.id, goal.subjectId), goal.budget ?? 0);
  }
  for (const s of project.subjects) if (!withGoals.has(s.id)) add(nodeHolder(division, s.id, s.id), 0);
  const all = [...totals.values()];
  return {
    holders: all.filter((h) => !outside.has(h.holderId)),
    outside: all.filter((h) => outside.has(h.holderId)),
    tray,
  };
}

/** The loads on one measure, as `holderBands` and `fitBalance` take them. */
export function loadsOn(loads: DraftLoads, by: 'goals' | 'budget'): { loads: HolderLoad[]; tray: number } {
  return {
    loads: loads.holders.map((h) => ({ holderId: h.holderId, now: h[by], fte: h.fte })),
    tray: loads.tray[by],
  };
}
