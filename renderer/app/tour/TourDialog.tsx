import { useEffect, useId, useRef } from 'react';
import { Button } from '../../components/Button';
import { useDerived } from '../../derived/useDerived';
import { useChosenDraft, useCompareDraft } from '../../derived/useDraft';
import { formatNumber } from '../../i18n/format';
import type { AppStore } from '../../store/appStore';
import { useApp, useAppStore, useT } from '../StoreContext';
import { TOUR_STEPS, type TourStep } from './tourSteps';
import { useTourRing } from './useTourRing';
import './tour.css';

/**
 * The guided tour as a non-modal dialog in a corner: the view it talks about stays in sight and usable. Esc (where
 * no view or modal dialog uses it) and "Overslaan" skip it at every step.
 */
export function TourDialog() {
  const tour = useApp((s) => s.tour);
  const projectId = useApp((s) => s.project?.id);
  const workshop = useApp((s) => s.workshop);
  if (!tour || tour.projectId !== projectId || workshop) return null;
  return <TourPanel step={tour.step} />;
}

/** Esc belongs to a modal dialog, and to a view that handles it itself (a drag cancelled, a map selection left). */
function useEscapeSkips(store: AppStore) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (e.target instanceof Element && e.target.closest('[role="tabpanel"]')) return;
      e.preventDefault();
      store.getState().endTour('skip');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

function TourPanel({ step }: { step: number }) {
  const t = useT();
  const store = useAppStore();
  const at = TOUR_STEPS[step]!;
  const last = step === TOUR_STEPS.length - 1;
  const titleId = useId();
  const bodyId = useId();
  const panel = useRef<HTMLElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  useEscapeSkips(store);
  useTourRing(at);

  // Focus enters the tour when it opens and goes back where the user was when it ends (WCAG 2.4.3).
  useEffect(() => {
    opener.current ??= document.activeElement;
    return () => {
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected) setTimeout(() => back.focus(), 0);
    };
  }, []);
  // A step's buttons change (no "Vorige" on the first): focus left on one that went stays in the tour.
  useEffect(() => {
    if (!panel.current?.contains(document.activeElement)) next.current?.focus();
  }, [step]);

  const go = (to: number) => store.getState().tourTo(to);
  return (
    <section
      ref={panel}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="tour no-print"
      data-step={at.id}
    >
      {/* Announced when the step changes while focus stays on "Volgende". */}
      <div aria-live="polite" aria-atomic="true">
        <p className="tour-count">{t('app.tour.stepOf', { step: step + 1, count: TOUR_STEPS.length })}</p>
        <h2 id={titleId} className="tour-title">
          <span className="sr-only">{t('app.tour.name')}: </span>
          {t(at.titleKey)}
        </h2>
        <p id={bodyId} className="tour-body">
          <StepText step={at} />
        </p>
      </div>
      <div className="tour-buttons">
        <Button variant="ghost" onClick={() => store.getState().endTour('skip')}>
          {t('app.tour.skip')}
        </Button>
        <span className="tour-steps">
          {step > 0 ? <Button onClick={() => go(step - 1)}>{t('app.tour.back')}</Button> : null}
          <button
            ref={next}
            type="button"
            className="btn btn-primary"
            onClick={() => {
              if (!last) return go(step + 1);
              store.getState().endTour('done');
              // Back to the top, where the draft and the comparison the tour chose are shown in their selectors.
              window.scrollTo({ top: 0 });
            }}
          >
            {t(last ? 'app.tour.done' : 'app.tour.next')}
          </button>
        </span>
      </div>
    </section>
  );
}

/** The comparison step names the two drafts on screen and their split weights, read from the same reports. */
function StepText({ step }: { step: TourStep }) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const derived = useDerived();
  const draft = useChosenDraft();
  const other = useCompareDraft();
  const drafts = useApp((s) => s.project?.divisions.length ?? 0);
  if (step.id !== 'compare') return <>{t(`app.tour.${step.id}.body`)}</>;
  const a = draft ? derived.report(draft.id) : null;
  const b = other ? derived.report(other.id) : null;
  if (!draft || !other || !a || !b) return <>{t('app.tour.compare.bodyNone')}</>;
  return (
    <>
      {t('app.tour.compare.body', {
        drafts,
        a: draft.name,
        b: other.name,
        aWeight: formatNumber(a.cut.cut, locale, 1),
        bWeight: formatNumber(b.cut.cut, locale, 1),
        total: formatNumber(a.cut.total, locale, 1),
      })}
    </>
  );
}
