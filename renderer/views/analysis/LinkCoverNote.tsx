import { useState } from 'react';
import type { Division, Link } from '../../../shared/model';
import type { SplitCoverage } from '../../../shared/coalition/splitCoverage';
import { useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { linkCoverage, linkIndexOf } from './coverageModel';
import { DeliberateSplitDialog } from './DeliberateSplitDialog';

/**
 * Beside a split link in a list: whether an arrangement covers it (named), it is split deliberately (with the
 * reason), or neither, in words, and the action that marks it deliberate. Nothing for a link the draft keeps.
 */
export function LinkCoverNote({
  link,
  coverage,
  division,
  action = true,
  named = [],
}: {
  link: Pick<Link, 'id' | 'source' | 'target'>;
  coverage: SplitCoverage;
  division: Division;
  /** Offer "Markeer als bewuste splitsing…" (left out where the list is one of deliberate splits already). */
  action?: boolean;
  /** Arrangements the list names already (its heading): a link covered by just those says "gedekt" alone. */
  named?: readonly string[];
}) {
  const t = useT();
  const derived = useDerived();
  const [open, setOpen] = useState(false);
  const e = linkIndexOf(derived.graph).get(link.id);
  if (e === undefined) return null;
  const c = linkCoverage(coverage, e);
  if (c.cover === 'notSplit') return null;
  const arrangements = c.arrangementIds
    .map((id) => division.arrangements.find((a) => a.id === id)?.name ?? id)
    .join(', ');
  const reasons = c.splitIds.map((id) => division.deliberate.find((d) => d.id === id)?.reason ?? '').filter(Boolean);
  const ends = `${derived.names.node(link.source)} — ${derived.names.node(link.target)}`;
  return (
    <span className="link-cover">
      <span className={`cover-tag cover-${c.cover}`}>
        {c.cover === 'covered'
          ? c.arrangementIds.every((id) => named.includes(id))
            ? t('app.coverage.tagCoveredNamed')
            : t('app.coverage.tagCovered', { arrangements })
          : c.cover === 'deliberate'
            ? t('app.coverage.tagDeliberate')
            : t('app.coverage.tagUncovered')}
      </span>
      {reasons.length ? (
        <span className="cell-sub">{t('app.deliberate.reasonIs', { reason: reasons.join('; ') })}</span>
      ) : null}
      {action && c.cover !== 'deliberate' ? (
        <button
          type="button"
          className="link-button link-cover-action"
          aria-label={`${t('app.deliberate.mark')}: ${ends}`}
          onClick={() => setOpen(true)}
        >
          {t('app.deliberate.mark')}
        </button>
      ) : null}
      {open ? (
        <DeliberateSplitDialog
          divisionId={division.id}
          source={link.source}
          target={link.target}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </span>
  );
}
