import type { DeliberateSplit, Division } from '../../../shared/model';

/** What the report says of a deliberate split (SplitCoverage.deliberateSplits). */
export interface DeliberateCoverage {
  splitId: string;
  count: number;
  weight: number;
  /** False when the draft now gives both ends one holder: the split it names is no longer there. */
  apart: boolean;
}

/** One row of *Bewuste splitsingen*. */
export interface DeliberateRow {
  split: DeliberateSplit;
  /** Whether the draft still splits the two ends; null without a report to say. */
  apart: boolean | null;
  /** The draft's split links it accounts for. */
  count: number;
  weight: number;
}

export function deliberateRows(
  division: Pick<Division, 'deliberate'>,
  coverage: readonly DeliberateCoverage[] | undefined,
): DeliberateRow[] {
  const byId = new Map(coverage?.map((c) => [c.splitId, c]));
  return division.deliberate.map((split) => {
    const c = byId.get(split.id);
    return { split, apart: coverage ? (c?.apart ?? false) : null, count: c?.count ?? 0, weight: c?.weight ?? 0 };
  });
}

/** The form for a new deliberate split: two ends and a reason. */
export interface DeliberateDraft {
  a: string;
  b: string;
  reason: string;
}

export const EMPTY_DELIBERATE: DeliberateDraft = { a: '', b: '', reason: '' };

/**
 * Whether the two ends are already a deliberate split of the draft (either order): the form says so before the
 * operation refuses it.
 */
export function isDeliberatePair(division: Pick<Division, 'deliberate'>, a: string, b: string): boolean {
  return division.deliberate.some((s) => (s.a === a && s.b === b) || (s.a === b && s.b === a));
}
