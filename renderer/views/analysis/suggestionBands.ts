import { holderBands } from '../../../shared/analysis/balanceRule';
import { loadsOn, type DraftLoads } from '../../../shared/analysis/draftLoads';
import type { BalanceSetting } from '../../store/viewSlice';

export type SuggestionBands = Record<string, { low: number; high: number }>;

/**
 * The per-holder bands the suggestions keep to under the balance setting, the board's bands (`holderBands` over
 * `draftLoads`); undefined for the equal share, where the suggestions keep today's band around the mean of all
 * holders. A holder outside the balance keeps what it holds: it neither takes nor gives on the balanced measure.
 */
export function suggestionBands(
  loads: DraftLoads,
  setting: Pick<BalanceSetting, 'by' | 'tolerance' | 'kind' | 'max'>,
): SuggestionBands | undefined {
  if (setting.kind === 'mean') return undefined;
  const on = loadsOn(loads, setting.by);
  const bands: SuggestionBands = {};
  for (const b of holderBands(on.loads, on.tray, { ...setting })) bands[b.holderId] = { low: b.low, high: b.high };
  // No change at all, whatever unit the suggestions count in (a subject node may count differently from draftLoads).
  for (const h of loads.outside) bands[h.holderId] = { low: Infinity, high: -Infinity };
  return bands;
}

/** A memo key part for the bands (Infinity, a holder without a maximum, reads as null: no band reads so otherwise). */
export const bandsKey = (bands: SuggestionBands | undefined): string => (bands ? JSON.stringify(bands) : 'mean');
