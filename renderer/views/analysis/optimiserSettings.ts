import type { Translate } from '../../i18n/translate';
import type { NodeLevel } from '../../store/viewSlice';
import { partyBandWords, type PartyBandOption } from './partyBand';

/** The settings an optimiser run was started with (tolerance in whole percents), for the printed report. */
export interface RunSettings {
  by: 'goals' | 'budget';
  tolerance: number;
  seed: number;
  level: NodeLevel;
  partyBand: PartyBandOption | undefined;
}

/** "Gezocht met: …": balance, seed and the holders taking part; the level when the project has subjects; the band. */
export function printedSettings(s: RunSettings, holders: readonly string[], subjects: boolean, t: Translate): string {
  const parts = [
    t('app.optimiser.printedSettings', {
      balance: t(s.by === 'goals' ? 'optimiser.balanceByGoals' : 'optimiser.balanceByBudget'),
      tolerance: s.tolerance,
      seed: s.seed,
      holders: holders.join(', '),
    }),
  ];
  if (subjects)
    parts.push(
      t('app.optimiser.printedLevel', {
        level: t(s.level === 'subject' ? 'app.analysis.moveLevelSubjects' : 'app.analysis.moveLevelGoals'),
      }),
    );
  if (s.partyBand) parts.push(partyBandWords(s.partyBand, t));
  return parts.join(' ');
}
