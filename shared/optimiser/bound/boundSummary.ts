import type { LowerBoundResult } from './bound';

/** A message key in the `optimiser` namespace with its parameters. */
export interface BoundMessage {
  key: 'provenOptimal' | 'gapAtMost' | 'gapUnknown';
  params?: { gap: number };
}

/**
 * What to tell the user about a division's cut given a lower bound: proven optimal only when the gap closed,
 * otherwise the gap in percent, rounded up to one decimal (never down, so the claim stays true).
 */
export function boundSummary(cut: number, b: Pick<LowerBoundResult, 'bound'>): BoundMessage {
  if (cut <= b.bound + 1e-9 * Math.max(1, cut)) return { key: 'provenOptimal' };
  if (!(b.bound > 0) || !Number.isFinite(b.bound)) return { key: 'gapUnknown' };
  const gap = Math.ceil(((cut - b.bound) / b.bound) * 1000 - 1e-9) / 10;
  return { key: 'gapAtMost', params: { gap } };
}

export function methodKey(method: LowerBoundResult['method']): string {
  return `method${method.charAt(0).toUpperCase()}${method.slice(1)}`;
}
