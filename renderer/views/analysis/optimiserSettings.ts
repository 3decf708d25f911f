import type { BalanceKind } from '../../../shared/analysis/balanceRule';
import type { Translate } from '../../i18n/translate';
import type { BalanceSetting, NodeLevel } from '../../store/viewSlice';
import { KIND_LABEL } from '../../components/balanceText';
import type { OptimiserRunOptions } from '../../workers/optimiserClient';
import { partyBandWords, type PartyBandOption } from './partyBand';

/** The settings an optimiser run was started with (tolerance in whole percents), for the printed report. */
export interface RunSettings {
  by: 'goals' | 'budget';
  tolerance: number;
  /** What each holder is measured against, and with kind 'max' each holder's maximum (holder id → goals or euros). */
  kind: BalanceKind;
  max: Readonly<Record<string, number>>;
  seed: number;
  level: NodeLevel;
  partyBand: PartyBandOption | undefined;
}

/** The run's settings from the store's one balance setting and the panel's own choices. */
export function runSettings(
  balance: Pick<BalanceSetting, 'by' | 'tolerance' | 'kind' | 'max'>,
  rest: Pick<RunSettings, 'seed' | 'level' | 'partyBand'>,
): RunSettings {
  const { by, kind, max } = balance;
  return { by, tolerance: Math.round(balance.tolerance * 100), kind, max, ...rest };
}

/** What the workers are given for these settings. */
export function runOptions(s: RunSettings): OptimiserRunOptions {
  return {
    balance: {
      by: s.by,
      tolerance: s.tolerance / 100,
      kind: s.kind,
      ...(s.kind === 'max' ? { max: { ...s.max } } : {}),
    },
    seed: s.seed,
    level: s.level,
    ...(s.partyBand ? { partyBand: s.partyBand } : {}),
  };
}

/**
 * "Gezocht met: …": balance, seed and the holders taking part; what the balance is measured against when it is not
 * the equal share (with each holder's maximum); the level when the project has subjects; the band.
 */
export function printedSettings(
  s: RunSettings,
  holders: readonly string[],
  subjects: boolean,
  t: Translate,
  holderName: (id: string) => string = (id) => id,
): string {
  const parts = [
    t('app.optimiser.printedSettings', {
      balance: t(s.by === 'goals' ? 'optimiser.balanceByGoals' : 'optimiser.balanceByBudget'),
      tolerance: s.tolerance,
      seed: s.seed,
      holders: holders.join(', '),
    }),
  ];
  if (s.kind !== 'mean') {
    const maxima = Object.entries(s.max).map(([id, m]) => `${holderName(id)} ${m}`);
    parts.push(
      t(s.kind === 'max' && maxima.length ? 'app.optimiser.printedKindMax' : 'app.optimiser.printedKind', {
        kind: t(KIND_LABEL[s.kind]),
        maxima: maxima.join(', '),
      }),
    );
  }
  if (subjects)
    parts.push(
      t('app.optimiser.printedLevel', {
        level: t(s.level === 'subject' ? 'app.analysis.moveLevelSubjects' : 'app.analysis.moveLevelGoals'),
      }),
    );
  if (s.partyBand) parts.push(partyBandWords(s.partyBand, t));
  return parts.join(' ');
}
