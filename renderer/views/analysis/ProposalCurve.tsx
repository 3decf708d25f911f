import { useMemo } from 'react';
import { ProblemList } from '../../app/ProblemList';
import { useApp, useT } from '../../app/StoreContext';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { Proposal } from '../../store/proposalSlice';
import { MoveCurveFigure } from './MoveCurveFigure';
import { curveView } from './moveCurveModel';
import type { ShownProposal } from './proposalView';

/**
 * The proposal's move curve once it is in: the cap on moves ("Hoogstens … verplaatsingen") and the curve behind a
 * disclosure, whose rows open a point; on paper the curve as sentences. Until then a quiet line; a curve that
 * could not be computed says why.
 */
export function ProposalCurve({
  proposal,
  shown,
  onChoose,
  onCap,
}: {
  proposal: Proposal;
  shown: ShownProposal;
  /** A point chosen from the curve's table. */
  onChoose(cap: number): void;
  /** The cap typed in; null for the full proposal. */
  onCap(cap: number | null): void;
}) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const view = useMemo(
    () => (shown.curve ? curveView(shown.curve, proposal.constantCut) : null),
    [shown.curve, proposal.constantCut],
  );
  if (proposal.waiting.curve) return <p className="explain no-print">{t('app.optimiser.curvePending')}</p>;
  if (proposal.curve && 'problems' in proposal.curve)
    return (
      <div className="no-print">
        <p className="explain">{t('app.optimiser.curveFailed')}</p>
        <ProblemList problems={proposal.curve.problems} t={t} />
      </div>
    );
  // No move lowers the split weight: no cap to choose, no empty chart or table (the proposal says nothing moves).
  if (!view || !shown.curve || view.rows.length === 0) return null;
  return (
    <>
      <div className="no-print">
        <label className="inline-field cap-field">
          {t('app.optimiser.capBefore')}{' '}
          <input
            type="number"
            min={1}
            step={1}
            className="num-input"
            value={proposal.cap ?? ''}
            placeholder={String(shown.curve.full.moves)}
            onChange={(e) => {
              const v = Math.floor(Number(e.target.value));
              onCap(e.target.value === '' || !(v >= 1) ? null : v);
            }}
          />{' '}
          {t('app.optimiser.capAfter')}
        </label>
        <details className="move-curve-details">
          <summary>{t('app.optimiser.curveSummary')}</summary>
          <MoveCurveFigure view={view} chosen={shown.point?.cap ?? null} onChoose={onChoose} />
        </details>
      </div>
      {/* On paper the curve as sentences: the chart's buttons and disclosures have no use there. */}
      <div className="print-only">
        <p>{t('app.optimiser.curveTable')}</p>
        <ul>
          {view.shown.map((r) => (
            <li key={r.cap}>
              {t('app.optimiser.curvePrinted', {
                row: t('app.optimiser.curveRow', { count: r.moves, percent: formatPercent(r.removed, locale, 0) }),
                weight: formatNumber(r.splitWeight, locale, 1),
              })}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
