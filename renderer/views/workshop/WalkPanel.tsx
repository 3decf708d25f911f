import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { Button } from '../../components/Button';
import { formatNumber } from '../../i18n/format';
import { stepTo, type WalkStep } from './walk';
import type { Names } from '../../derived/names';

/**
 * The walk's current step for the room: the pair of holders and each link they must agree on, with its reason.
 * `onMap` adds a line saying how the map marks this step's links.
 */
export function WalkPanel({
  steps,
  draftName,
  names,
  onMap,
}: {
  steps: WalkStep[];
  draftName: string;
  names: Names;
  onMap: boolean;
}) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const index = Math.min(useApp((s) => s.walkStep) ?? 0, steps.length - 1);
  const step = steps[index];
  if (!step) return null;
  const go = (delta: number) => store.getState().setWalkStep(stepTo(index, delta, steps.length));
  return (
    <aside className="walk-panel" aria-labelledby="walk-heading">
      <h2 id="walk-heading">{t('app.workshop.walk')}</h2>
      {/* One live region for the step and its pair, so a screen reader hears where the walk is now. */}
      <div className="walk-now" aria-live="polite" aria-atomic="true">
        <p className="walk-step">{t('app.workshop.step', { step: index + 1, count: steps.length })}</p>
        {step.kind === 'overview' ? (
          <>
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
            {step.pairCount ? <p className="walk-hint">{t('app.workshop.overviewNext')}</p> : null}
          </>
        ) : (
          <>
            <h3 className="walk-pair">
              {t('app.workshop.pair', { a: names.portfolio(step.a), b: names.portfolio(step.b) })}
            </h3>
            <p className="walk-lead">
              {t('app.workshop.pairFigures', {
                count: step.links.length,
                weight: formatNumber(step.weight, locale, 1),
              })}
            </p>
          </>
        )}
      </div>
      {onMap && step.linkIds.length ? <p className="walk-map-key">{t('app.workshop.mapKey')}</p> : null}
      {step.kind === 'pair' ? (
        // The list scrolls on its own so the buttons stay in view; Tab reaches it for scrolling by keyboard.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <ol className="walk-links" tabIndex={0} aria-label={t('app.workshop.linksLabel')}>
          {step.links.map((l) => (
            <li key={l.linkId}>
              <span className="walk-link-goals">
                {t('app.workshop.linkLine', { from: names.goal(l.source), to: names.goal(l.target) })}
              </span>
              <span className="walk-link-meta">
                {t('app.workshop.linkMeta', {
                  kind: t(`app.kind.${l.kind}`),
                  strength: formatNumber(l.strength, locale, 1),
                })}
              </span>
              <span className="walk-link-why">{l.rationale || t('app.workshop.noRationale')}</span>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="toolbar walk-buttons">
        <Button onClick={() => go(-1)} disabled={index === 0} aria-keyshortcuts="PageUp">
          {t('app.workshop.previous')}
        </Button>
        <Button
          variant="primary"
          onClick={() => go(1)}
          disabled={index >= steps.length - 1}
          aria-keyshortcuts="PageDown"
        >
          {t('app.workshop.next')}
        </Button>
      </div>
      <p className="walk-keys">{t('app.workshop.keys')}</p>
    </aside>
  );
}
