import { Fragment } from 'react';
import type { Division } from '../../../shared/model';
import { partyBalance, type BalanceMeasure } from '../../../shared/coalition/partyBalance';
import { DataTable } from '../../components/DataTable';
import { useApp, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { formatFixed, formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/translate';
import { balanceMemoKey, balanceRows, furthestMeasure, shownMeasures, type BalanceCell } from './balanceModel';

/** An amount as its measure is read: a count, FTE with two decimals, a budget in euros. */
function amountText(m: BalanceMeasure, amount: number, locale: Locale): string {
  if (m === 'budget') return formatMoney(amount, locale);
  return formatNumber(amount, locale, m === 'fte' ? 2 : 0);
}

/** "+5,2 pt" / "−3,0 pt": the sign is written, never left to a colour. */
function diffText(diff: number, locale: Locale): string {
  const sign = diff > 0.05 ? '+' : diff < -0.05 ? '−' : '±';
  return `${sign}${formatFixed(Math.abs(diff), locale, 1)}`;
}

/**
 * *Partijbalans* for the chosen draft: each coalition party's share of holders, FTE, subjects, goals and budget
 * beside its share of the coalition's seats, the Gallagher index per measure, and the holders outside the parties.
 */
export function BalanceSection({ division }: { division: Division }) {
  const t = useT();
  const project = useApp((s) => s.project)!;
  const locale = useApp((s) => s.locale);
  const derived = useDerived();
  const names = derived.names;
  const balance = derived.memo(balanceMemoKey(division.id), () => partyBalance(project, division.id, derived.graph));
  const heading = t('app.coalition.balanceHeading');
  const measureLabel = (m: BalanceMeasure) => t(`app.coalition.measure.${m}`);

  const body = () => {
    if (!project.parties.length || !balance) return <p className="empty">{t('app.coalition.balanceEmpty')}</p>;
    const rows = balanceRows(balance);
    const measures = shownMeasures(project.subjects.length > 0);
    const furthest = furthestMeasure(balance);
    const cell = (m: BalanceMeasure, c: BalanceCell) => (
      <td key={m} className="num">
        {c.share === null ? '–' : formatPercent(c.share, locale)}
        <span className="cell-sub">
          {amountText(m, c.amount, locale)}
          {c.diff === null ? null : (
            <>
              {' · '}
              <span title={t('app.coalition.diffTitle')}>
                {t('app.coalition.diff', { diff: diffText(c.diff, locale) })}
              </span>
            </>
          )}
        </span>
      </td>
    );
    return (
      <>
        <p className="explain">{t('app.coalition.balanceExplain', { draft: division.name })}</p>
        {balance.totalSeats === 0 ? <p className="explain warning-line">{t('app.coalition.noSeats')}</p> : null}
        <DataTable
          caption={t('app.coalition.balanceCaption', { draft: division.name })}
          className="coalition-balance"
          columns={[
            { label: t('app.coalition.partyName') },
            { label: t('app.coalition.seats'), numeric: true },
            ...measures.map((m) => ({ label: measureLabel(m), numeric: true })),
          ]}
        >
          {rows.map((r) => (
            <tr key={r.partyId}>
              <th scope="row">
                {r.name}
                <span className="cell-sub">
                  {r.holderIds.length ? r.holderIds.map(names.portfolio).join(', ') : t('app.coalition.noHolders')}
                </span>
              </th>
              <td className="num">
                {r.seats}
                <span className="cell-sub">{r.seatShare === null ? '–' : formatPercent(r.seatShare, locale)}</span>
              </td>
              {measures.map((m) => cell(m, r.cells[m]))}
            </tr>
          ))}
          <tr className="coalition-gallagher">
            <th scope="row">
              {t('app.coalition.gallagher')}
              <span className="cell-sub">{t('app.coalition.gallagherUnit')}</span>
            </th>
            <td className="num">–</td>
            {measures.map((m) => {
              const g = balance.gallagher[m];
              return (
                <td key={m} className="num strong">
                  {g === null ? '–' : formatFixed(g, locale, 1)}
                </td>
              );
            })}
          </tr>
        </DataTable>
        <p className="explain">
          {t('app.coalition.gallagherExplain')}
          {furthest && furthest.index > 0
            ? ` ${t('app.coalition.furthest', {
                measure: measureLabel(furthest.measure).toLocaleLowerCase(locale === 'nl' ? 'nl' : 'en'),
                index: formatFixed(furthest.index, locale, 1),
              })}`
            : null}
        </p>
        {balance.outside.length ? (
          <>
            <h4 className="coalition-subheading">{t('app.coalition.outsideHeading')}</h4>
            <p className="explain">{t('app.coalition.outsideExplain')}</p>
            <ul className="coalition-outside">
              {balance.outside.map((o) => (
                <li key={o.portfolioId}>
                  <strong>{names.portfolio(o.portfolioId)}</strong> (
                  {o.party.trim() ? o.party : t('app.coalition.noParty')}):{' '}
                  {measures
                    .filter((m) => m !== 'holders')
                    .map((m, i) => (
                      <Fragment key={m}>
                        {i > 0 ? ', ' : null}
                        {t(`app.coalition.amount.${m}`, {
                          amount: amountText(m, o.amounts[m], locale),
                          count: o.amounts[m],
                        })}
                      </Fragment>
                    ))}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </>
    );
  };

  return (
    <section aria-labelledby="coalition-balance-heading" className="coalition-section">
      <div className="view-head">
        <h3 id="coalition-balance-heading">{heading}</h3>
      </div>
      {body()}
    </section>
  );
}
