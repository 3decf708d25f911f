import { useMemo } from 'react';
import { useApp, useT } from '../../app/StoreContext';
import { DataTable } from '../../components/DataTable';
import { formatNumber, formatPercent } from '../../i18n/format';
import { curveChart, type CurveView } from './moveCurveModel';

const WIDTH = 560;
const HEIGHT = 220;

/**
 * The move curve: how far the split weight falls with at most 1, 2, 3, … moves, from the draft down to the full
 * proposal, with the lower bound per cap where one is known. The chart draws it; the table beside it holds the
 * same figures (for screen readers, for print, for reading off a number) and opens each point as the proposal.
 */
export function MoveCurveFigure({
  view,
  chosen,
  onChoose,
}: {
  view: CurveView;
  /** The cap of the point on show; null for the full proposal. */
  chosen: number | null;
  onChoose(cap: number): void;
}) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const chart = useMemo(() => curveChart(view, WIDTH, HEIGHT), [view]);
  const weight = (w: number) => formatNumber(w, locale, 1);
  const hasBound = chart.boundPath !== '';
  return (
    <figure className="move-curve">
      <figcaption id="move-curve-caption">
        {t('app.optimiser.curveCaption', { before: weight(view.before) })}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="move-curve-caption"
        className="move-curve-chart"
        preserveAspectRatio="xMinYMin meet"
      >
        {chart.yTicks.map((tick) => (
          <g key={`y${tick.value}`}>
            <line x1={chart.left} x2={chart.right} y1={tick.y} y2={tick.y} className="grid" />
            <text x={chart.left - 6} y={tick.y} dy="0.32em" textAnchor="end">
              {formatNumber(tick.value, locale, 0)}
            </text>
          </g>
        ))}
        {chart.xTicks.map((tick) => (
          <text key={`x${tick.value}`} x={tick.x} y={chart.bottom + 16} textAnchor="middle">
            {tick.value}
          </text>
        ))}
        <text x={(chart.left + chart.right) / 2} y={HEIGHT - 4} textAnchor="middle" className="axis-label">
          {t('app.optimiser.curveAxisMoves')}
        </text>
        <line x1={chart.left} x2={chart.right} y1={chart.bottom} y2={chart.bottom} className="axis" />
        {hasBound ? <path d={chart.boundPath} className="bound-line" /> : null}
        <path d={chart.weightPath} className="weight-line" />
        {chart.dots.map((d) => (
          <circle
            key={d.cap}
            cx={d.x}
            cy={d.y}
            r={d.cap === chosen ? 5.5 : 3.5}
            className={d.cap === chosen ? 'chosen' : undefined}
          />
        ))}
      </svg>
      <p className="move-curve-legend" aria-hidden="true">
        <span className="key-weight">{t('app.optimiser.curveLegendWeight')}</span>
        {hasBound ? <span className="key-bound">{t('app.optimiser.curveLegendBound')}</span> : null}
      </p>
      <DataTable
        caption={t('app.optimiser.curveTable')}
        columns={[
          { label: t('app.optimiser.curveColMoves') },
          { label: t('app.analysis.splitWeight'), numeric: true },
          { label: t('app.optimiser.curveColBound'), numeric: true },
        ]}
        actions
        className="figures move-curve-table"
      >
        {view.shown.map((r) => (
          <tr key={r.cap} className={r.cap === chosen ? 'chosen' : undefined}>
            <th scope="row">
              {t('app.optimiser.curveRow', { count: r.moves, percent: formatPercent(r.removed, locale, 0) })}
            </th>
            <td className="num">{weight(r.splitWeight)}</td>
            <td className="num">{r.lowerBound === null ? '–' : weight(r.lowerBound)}</td>
            <td>
              {/* A short word on screen, the whole point in its name (which starts with the word seen). */}
              <button
                type="button"
                className="btn btn-secondary"
                aria-pressed={r.cap === chosen}
                aria-label={t('app.optimiser.curveOpenLabel', { count: r.moves })}
                onClick={() => onChoose(r.cap)}
              >
                {t('app.optimiser.curveOpen')}
              </button>
            </td>
          </tr>
        ))}
      </DataTable>
      {view.hidden > 0 ? <p className="cell-sub">{t('app.optimiser.curveHidden', { count: view.hidden })}</p> : null}
    </figure>
  );
}
