import type { Division } from '../../../shared/model';
import type { SplitCoverage } from '../../../shared/coalition/splitCoverage';
import { useT } from '../../app/StoreContext';
import { linkCover, linkCoverage } from '../analysis/coverageModel';
import '../analysis/coverage.css';

/** Per split link of a cell: covered (by which arrangement), deliberately split (with the reason), or not covered. */
export function CellLinkCover({
  e,
  coverage,
  division,
}: {
  e: number;
  coverage: SplitCoverage | undefined;
  division: Division | undefined;
}) {
  const t = useT();
  const c = linkCoverage(coverage, e);
  if (c.cover === 'notSplit') return null;
  const arrangements = c.arrangementIds
    .map((id) => division?.arrangements.find((a) => a.id === id)?.name ?? id)
    .join(', ');
  const reasons = c.splitIds
    .map((id) => division?.deliberate.find((d) => d.id === id)?.reason ?? '')
    .filter(Boolean)
    .join('; ');
  return (
    <span className="cell-sub">
      <span className={`cover-tag cover-${c.cover}`}>
        {c.cover === 'covered'
          ? t('app.coverage.tagCovered', { arrangements })
          : c.cover === 'deliberate'
            ? t('app.coverage.tagDeliberate')
            : t('app.coverage.tagUncovered')}
      </span>
      {reasons ? ` ${t('app.deliberate.reasonIs', { reason: reasons })}` : null}
    </span>
  );
}

/**
 * A split tie's links counted by cover: "2 gedekt, 1 niet gedekt, 0 bewust gesplitst". Nothing for a cell of one
 * link, whose own tag says it.
 */
export function CellCoverSummary({
  links,
  coverage,
}: {
  links: readonly number[];
  coverage: SplitCoverage | undefined;
}) {
  const t = useT();
  if (!coverage || links.length < 2) return null;
  const n = { covered: 0, uncovered: 0, deliberate: 0 };
  for (const e of links) {
    const c = linkCover(coverage.status, e);
    if (c !== 'notSplit') n[c]++;
  }
  if (n.covered + n.uncovered + n.deliberate === 0) return null;
  return <p className="matrix-cover">{t('app.matrix.coverCounts', n)}</p>;
}
