import type { LowerBoundResult } from './bound';

/** A message key in the `optimiser` namespace with its parameters. */
export interface BoundMessage {
  key: 'provenOptimal' | 'gapAtMost' | 'gapAtMostTimeLimit' | 'noUsefulBound';
  params?: { gap: number };
}

/**
 * Above this gap (the bound below half the cut) a percentage tells the user nothing: it happens where only the
 * isolation bound of the locked goals ran (above 800 goals, past the eigenvalue and LP bounds), and printed
 * figures like "at most 6,544 % above the best possible". The eigenvalue bound stays within about 45 % on the
 * bench up to 500 goals, the LP within about 15 %.
 */
export const USEFUL_GAP = 1;

/**
 * What to tell the user about a division's cut given a lower bound: proven optimal only when the gap closed;
 * that no useful bound is known when there is none or the gap is above `USEFUL_GAP`; otherwise the gap in
 * percent, rounded up to one decimal (never down, so the claim stays true), with a note when the bound's safety
 * time limit cut it short (then another run may give another figure).
 */
export function boundSummary(
  cut: number,
  b: Pick<LowerBoundResult, 'bound'> & { details?: Pick<LowerBoundResult['details'], 'stoppedBy'> },
): BoundMessage {
  if (cut <= b.bound + 1e-9 * Math.max(1, cut)) return { key: 'provenOptimal' };
  if (!(b.bound > 0) || !Number.isFinite(b.bound)) return { key: 'noUsefulBound' };
  const ratio = (cut - b.bound) / b.bound;
  if (ratio > USEFUL_GAP) return { key: 'noUsefulBound' };
  const gap = Math.ceil(ratio * 1000 - 1e-9) / 10;
  return { key: b.details?.stoppedBy === 'time' ? 'gapAtMostTimeLimit' : 'gapAtMost', params: { gap } };
}

export function methodKey(method: LowerBoundResult['method']): string {
  return `method${method.charAt(0).toUpperCase()}${method.slice(1)}`;
}
