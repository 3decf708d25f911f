import { changeOf, type Change, type ExchangeImport } from './apply';
import type { Incoming } from './records';

export type Counts = Record<Change, number>;

/** What an import will do, for the dialog that asks before anything is stored. */
export interface ExchangeSummary {
  subjects: Counts;
  goals: Counts;
  links: Counts;
  holders: Counts;
  /** The new draft: its name and how many holders it has; absent without a division sheet or when one gives it. */
  division?: { name: string; holders: number };
  sameAsDraft?: string;
}

function counts<T>(items: readonly Incoming<T>[]): Counts {
  const c: Counts = { added: 0, updated: 0, unchanged: 0 };
  for (const i of items) c[changeOf(i)]++;
  return c;
}

export function summarise(imp: ExchangeImport): ExchangeSummary {
  return {
    subjects: counts(imp.subjects),
    goals: counts(imp.goals),
    links: counts(imp.links),
    holders: counts(imp.portfolios),
    ...(imp.division ? { division: { name: imp.division.name, holders: imp.division.portfolioIds.length } } : {}),
    ...(imp.sameAsDraft !== undefined ? { sameAsDraft: imp.sameAsDraft } : {}),
  };
}

/** True when the import would change nothing at all (a file imported back into the project it came from). */
export function changesNothing(s: ExchangeSummary): boolean {
  const parts = [s.subjects, s.goals, s.links, s.holders];
  return !s.division && parts.every((c) => c.added === 0 && c.updated === 0);
}
