import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { Button } from '../../components/Button';
import { formatNumber } from '../../i18n/format';
import type { WalkStep } from './walk';
import type { Names } from '../../derived/names';

/** The walk's current step for the room: the pair of holders and each link they must agree on, with its reason. */
export function WalkPanel({ steps, draftName, names }: { steps: WalkStep[]; draftName: string; names: Names }) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const index = useApp((s) => s.walkStep) ?? 0;
  const step = steps[Math.min(index, steps.length - 1)];
  if (!step) return null;
  const go = (delta: number) => store.getState().setWalkStep(Math.max(0, Math.min(steps.length - 1, index + delta)));
  return (
    <aside className="walk-panel" aria-labelledby="walk-heading">
      <h2 id="walk-heading">{t('app.workshop.walk')}</h2>
      <p className="walk-step" aria-live="polite">
        {t('app.workshop.step', { step: index + 1, count: steps.length })}
      </p>
      {step.kind === 'overview' ? (
        <p className="walk-lead">
          {step.splitCount
            ? t('app.workshop.overview', {
                name: draftName,
                count: step.splitCount,
                weight: formatNumber(step.splitWeight, locale, 1),
                pairs: step.pairCount,
              })
            : t('app.workshop.overviewNone', { name: draftName })}
        </p>
      ) : (
        <>
          <p className="walk-lead">
            <strong>
              {t('app.workshop.pair', {
                a: names.portfolio(step.a),
                b: names.portfolio(step.b),
                count: step.links.length,
                weight: formatNumber(step.weight, locale, 1),
              })}
            </strong>
          </p>
          <ol className="walk-links">
            {step.links.map((l) => (
              <li key={l.linkId}>
                <span className="walk-link-goals">
                  {t('app.workshop.linkLine', { from: names.goal(l.source), to: names.goal(l.target) })}
                </span>{' '}
                <span className="walk-link-meta">
                  (
                  {t('app.workshop.linkMeta', {
                    kind: t(`app.kind.${l.kind}`),
                    strength: formatNumber(l.strength, locale, 1),
                  })}
                  )
                </span>
                <span className="walk-link-why">{l.rationale || t('app.workshop.noRationale')}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="toolbar">
        <Button onClick={() => go(-1)} disabled={index === 0}>
          {t('app.workshop.previous')}
        </Button>
        <Button variant="primary" onClick={() => go(1)} disabled={index >= steps.length - 1}>
          {t('app.workshop.next')}
        </Button>
      </div>
      <p className="walk-keys">{t('app.workshop.keys')}</p>
    </aside>
  );
}
