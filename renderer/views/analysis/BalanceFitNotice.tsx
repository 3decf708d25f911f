import { useMemo } from 'react';
import type { Division, Project } from '../../../shared/model';
import { bandBreaches, fitBalance, holderBands } from '../../../shared/analysis/balanceRule';
import { loadsOn } from '../../../shared/analysis/draftLoads';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { Button } from '../../components/Button';
import { KIND_LABEL, ruleText } from '../../components/balanceText';
import { useDraftLoads } from '../../components/useDraftLoads';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import './balanceFit.css';

/**
 * Whether the chosen draft itself lies within the chosen balance, said before any search: the optimiser and the
 * suggestions keep every holder within its band, so under a balance the draft itself breaks, every proposal first
 * moves goals to mend it and the draft itself is never among the answers. Names each holder outside with its figure and band, and offers the rule
 * that fits the draft (`fitBalance`) with its reason; one click makes it the setting. A draft within the balance
 * gets one quiet sentence naming the rule in use.
 */
export function BalanceFitNotice({ project, division }: { project: Project; division: Division }) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const setting = useApp((s) => s.balance);
  const loads = useDraftLoads(project, division);
  const verdict = useMemo(() => {
    if (!loads || loads.holders.length === 0) return null;
    const on = loadsOn(loads, setting.by);
    const breaches = bandBreaches(holderBands(on.loads, on.tray, setting));
    return { breaches, fit: fitBalance(on.loads, on.tray, setting.by, setting.tolerance) };
  }, [loads, setting]);
  if (!verdict) return null;

  const goals = setting.by === 'goals';
  const show = (x: number) => (goals ? formatNumber(x, locale) : formatMoney(x, locale));
  const amount = (x: number) =>
    goals
      ? t('app.balance.goalsCount', { count: x })
      : t('app.balance.budgetAmount', { amount: formatMoney(x, locale) });
  const nameOf = (id: string) => project.portfolios.find((p) => p.id === id)?.holder ?? id;
  const rule = ruleText(setting, t, locale);

  if (verdict.breaches.length === 0)
    return (
      <p className="explain balance-fit no-print" data-fits="true">
        {t('app.balance.inUse', { rule, draft: division.name })}
      </p>
    );

  const { fit } = verdict;
  const offer = fit.kind !== setting.kind;
  return (
    <div className="warning-line balance-fit no-print" data-fits="false">
      <p>{t('app.balance.outsideHead', { rule, draft: division.name })}</p>
      <ul>
        {verdict.breaches.map((b) => (
          <li key={b.holderId}>
            {setting.kind === 'max'
              ? t('app.balance.breachMax', { holder: nameOf(b.holderId), amount: amount(b.now), high: show(b.high) })
              : t('app.balance.breach', {
                  holder: nameOf(b.holderId),
                  amount: amount(b.now),
                  low: show(b.low),
                  high: show(b.high),
                })}
          </li>
        ))}
      </ul>
      {offer ? (
        <p>
          {t(`optimiser.${fit.reason}`, {
            smallest: amount(fit.params.smallest),
            largest: amount(fit.params.largest),
            tolerance: formatPercent(fit.params.tolerance, locale),
            outside: fit.params.outside,
          })}{' '}
          <Button variant="secondary" onClick={() => store.getState().setBalance({ kind: fit.kind })}>
            {t('app.balance.useFit', { rule: t(KIND_LABEL[fit.kind]) })}
          </Button>
        </p>
      ) : null}
    </div>
  );
}
