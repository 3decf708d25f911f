import type { BalanceKind } from '../../shared/analysis/balanceRule';
import { formatPercent } from '../i18n/format';
import type { Locale, Translate } from '../i18n/translate';
import type { BalanceSetting } from '../store/viewSlice';

/** Each kind of balance as the choice names it ("gelijk deel", "deel naar fte", …). */
export const KIND_LABEL = {
  mean: 'app.balance.kindMean',
  fte: 'app.balance.kindFte',
  current: 'app.balance.kindCurrent',
  max: 'app.balance.kindMax',
} as const satisfies Record<BalanceKind, string>;

const RULE = {
  mean: 'app.balance.ruleMean',
  fte: 'app.balance.ruleFte',
  current: 'app.balance.ruleCurrent',
  max: 'app.balance.ruleMax',
} as const satisfies Record<BalanceKind, string>;

/** The balance rule in words: "aantal doelen, gelijk deel ± 20%". */
export function ruleText(setting: Pick<BalanceSetting, 'by' | 'tolerance' | 'kind'>, t: Translate, locale: Locale) {
  return t(RULE[setting.kind], {
    measure: t(setting.by === 'goals' ? 'app.balance.goals' : 'app.balance.budget'),
    tolerance: formatPercent(setting.tolerance, locale),
  });
}
