import type { Translate } from '../../i18n/translate';

/** The optimiser's party band as the panel holds it: whole percentage points, on or off. */
export interface PartyBandSetting {
  on: boolean;
  by: 'goals' | 'budget';
  points: number;
}

export const DEFAULT_PARTY_BAND: PartyBandSetting = { on: false, by: 'goals', points: 10 };

/** What the optimiser is given: tolerance in share points (0.1 = within ±10 percentage points of the seat share). */
export interface PartyBandOption {
  by: 'goals' | 'budget';
  tolerance: number;
}

/** The option for a run; none when switched off or when no party has seats. */
export function partyBandOption(s: PartyBandSetting, hasSeats: boolean): PartyBandOption | undefined {
  return s.on && hasSeats ? { by: s.by, tolerance: Math.max(0, Math.min(100, s.points)) / 100 } : undefined;
}

/** The band in a sentence, for the printed settings of a run. */
export function partyBandWords(b: PartyBandOption, t: Translate): string {
  return t('app.partyBand.printed', {
    points: Math.round(b.tolerance * 100),
    by: t(b.by === 'goals' ? 'app.partyBand.byGoals' : 'app.partyBand.byBudget'),
  });
}
