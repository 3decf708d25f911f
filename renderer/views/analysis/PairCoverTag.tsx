import type { Division } from '../../../shared/model';
import { useT } from '../../app/StoreContext';
import type { PairCoverage } from './coverageModel';
import './coverage.css';

/**
 * A pair of holders in words: covered (by which arrangements), partly covered (n of m links), not covered, or only
 * deliberate splits; the deliberate ones counted beside. A tag with text, never colour alone.
 */
export function PairCoverTag({ cover, division }: { cover: PairCoverage; division: Division | undefined }) {
  const t = useT();
  if (cover.state === 'none') return null;
  const arrangements = cover.arrangementIds
    .map((id) => division?.arrangements.find((a) => a.id === id)?.name ?? id)
    .join(', ');
  const text =
    cover.state === 'covered'
      ? t('app.coverage.pairCovered', { arrangements })
      : cover.state === 'partly'
        ? t('app.coverage.pairPartly', { covered: cover.covered, count: cover.of, arrangements })
        : cover.state === 'uncovered'
          ? t('app.coverage.pairUncovered')
          : t('app.coverage.pairDeliberate');
  return (
    <>
      <span className={`cover-tag cover-pair-${cover.state}`} data-cover={cover.state}>
        {text}
      </span>
      {cover.deliberate && cover.state !== 'deliberate' ? (
        <span className="cover-tag cover-deliberate">
          {t('app.coverage.pairAlsoDeliberate', { count: cover.deliberate })}
        </span>
      ) : null}
    </>
  );
}
