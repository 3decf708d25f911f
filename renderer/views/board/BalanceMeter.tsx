import { useApp, useT } from '../../app/StoreContext';
import { formatMoney, formatNumber } from '../../i18n/format';
import type { BalanceBar } from './balanceBars';
import type { BalanceKind } from '../../../shared/analysis/balanceRule';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

const BAND_TEXT = {
  mean: 'app.board.band',
  fte: 'app.board.bandPerFte',
  current: 'app.board.bandCurrent',
  max: 'app.board.bandMax',
} as const;

/**
 * One balance bar: the value in words, a bar against the board's widest value, the band of the balance setting as
 * a hatched zone with its edges in words, and (when outside) a sentence that says which way and by how much.
 */
export function BalanceMeter({
  measure,
  bar,
  kind,
  outside,
}: {
  measure: 'goals' | 'budget';
  bar: BalanceBar;
  /** What the band measures against: each says so beside its edges. */
  kind: BalanceKind;
  /** The holder stands outside the balance: the bar shows the value only. */
  outside: boolean;
}) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const show = (x: number) => (measure === 'goals' ? formatNumber(x, locale) : formatMoney(x, locale));
  const band = bar.band;
  const offBand = band !== null && bar.status !== 'within';
  return (
    <div className="bal" data-status={bar.status} data-measure={measure}>
      <span className="bal-label">
        {t(measure === 'goals' ? 'app.board.goalsLabel' : 'app.board.budgetLabel')} <strong>{show(bar.value)}</strong>
        {band ? (
          <span className="bal-band-text">{t(BAND_TEXT[kind], { low: show(band.low), high: show(band.high) })}</span>
        ) : null}
      </span>
      <span className="bal-track" aria-hidden="true">
        {bar.bandAt ? (
          <span
            className="bal-band"
            style={{ left: pct(bar.bandAt.low), width: pct(Math.max(0, bar.bandAt.high - bar.bandAt.low)) }}
          />
        ) : null}
        <span className="bal-fill" style={{ width: pct(bar.fill) }} />
        {outside || bar.expectedAt === null ? null : (
          <span className="bal-tick" style={{ left: pct(bar.expectedAt) }} />
        )}
      </span>
      {offBand ? (
        <span className="bal-warn">
          {t(bar.status === 'above' ? 'app.board.aboveBand' : 'app.board.belowBand', {
            amount: show(bar.status === 'above' ? bar.value - band.high : band.low - bar.value),
          })}
        </span>
      ) : null}
    </div>
  );
}
