import { useEffect, useState } from 'react';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { Button } from '../../components/Button';
import { useDerived } from '../../derived/useDerived';
import { useChosenDraft } from '../../derived/useDraft';
import { FiguresStrip } from '../figures/FiguresStrip';
import { VIEWS } from '../registry';
import type { ViewId } from '../viewIds';
import { LockIcon } from './LockIcon';
import { WalkPanel } from './WalkPanel';
import { pairColumnsCss, stepTo } from './walk';
import { walkOf } from './walkFocus';
import './workshop.css';

// PageDown and PageUp are commands (help screen, appCommands); clickers that send arrow keys step here too.
const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);
// Where the arrow keys keep their own meaning: the map's neighbour walk, a board card, a field.
const OWN_ARROWS = '.workshop-main, input, select, textarea, [role="application"]';

/**
 * The projector screen: only the planner views that present in a workshop (registry: `workshop: 'show'`) and the
 * headline figures, large type and high contrast, locked until the facilitator unlocks it, with the guided walk
 * through the coordination agenda. A presenter clicker's PageDown/PageUp step the walk; Esc leaves (App's shell
 * binding, or leaving full screen).
 */
export function WorkshopView() {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const locked = useApp((s) => s.workshopLocked);
  const walkStep = useApp((s) => s.walkStep);
  const current = useApp((s) => s.view);
  const division = useChosenDraft();
  const derived = useDerived();
  const shown = VIEWS.filter((v) => v.workshop === 'show');
  const [viewId, setViewId] = useState<ViewId | undefined>(shown.find((v) => v.id === current)?.id ?? shown[0]?.id);
  const steps = walkOf({ project, draftId: division?.id ?? null });

  // Full screen on a projector. The browser leaves full screen on Esc itself (the page never sees that key), so
  // leaving full screen leaves the workshop too; a refused request needs no handling.
  useEffect(() => {
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) store.getState().setWorkshop(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    if (!document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [store]);

  // Clicker arrow keys step a running walk, unless focus is in the map, on the board or in a field, where the
  // arrows keep their own meaning (PageDown and PageUp step from anywhere).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (s.walkStep === null || document.querySelector('dialog[open]')) return;
      if (e.target instanceof Element && e.target.closest(OWN_ARROWS)) return;
      const delta = NEXT.has(e.key) ? 1 : PREVIOUS.has(e.key) ? -1 : 0;
      if (!delta) return;
      e.preventDefault();
      s.setWalkStep(stepTo(s.walkStep, delta, steps.length));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, steps.length]);

  const View = shown.find((v) => v.id === viewId)?.Component;
  const walking = walkStep !== null && division !== undefined && steps.length > 0;
  const step = walking ? steps[Math.min(walkStep, steps.length - 1)] : undefined;
  usePageStyle(
    viewId === 'board' && step?.kind === 'pair' ? pairColumnsCss(step.a, step.b, t('app.workshop.inThisStep')) : null,
  );
  return (
    <div className={`workshop-screen${locked ? ' locked' : ''}`}>
      <div className="workshop-bar">
        <h1 className="workshop-title">
          <span className="workshop-project-name">{project.name}</span>
          <span className="workshop-draft-name">{division?.name ?? ''}</span>
        </h1>
        <div className="workshop-controls" role="toolbar" aria-label={t('app.workshop.heading')}>
          <div className="workshop-views" role="group" aria-label={t('app.workshop.views')}>
            {shown.map((v) => (
              <Button key={v.id} aria-pressed={v.id === viewId} onClick={() => setViewId(v.id)}>
                {t(v.labelKey)}
              </Button>
            ))}
          </div>
          <Button
            variant={walking ? 'secondary' : 'primary'}
            aria-pressed={walking}
            onClick={() => store.getState().setWalkStep(walkStep === null ? 0 : null)}
            disabled={!steps.length}
          >
            {walking ? t('app.workshop.walkStop') : t('app.workshop.walkStart')}
          </Button>
          <p className={`workshop-lock-state ${locked ? 'is-locked' : 'is-unlocked'}`} role="status">
            <LockIcon open={!locked} />
            {locked ? t('app.workshop.locked') : t('app.workshop.unlocked')}
          </p>
          <Button
            aria-pressed={!locked}
            aria-keyshortcuts="Control+Shift+U"
            onClick={() => store.getState().setWorkshopLocked(!locked)}
          >
            {locked ? t('app.workshop.unlock') : t('app.workshop.lock')}
          </Button>
          <Button aria-keyshortcuts="Escape" onClick={() => store.getState().setWorkshop(false)}>
            {t('app.workshop.leave')}
          </Button>
        </div>
        <div className="workshop-figures">
          <FiguresStrip />
        </div>
      </div>
      <div className={`workshop-body${walking ? ' walking' : ''}`}>
        <div className="workshop-main" data-view={viewId}>
          {View ? <View /> : <p className="empty">{t('app.workshop.noViews')}</p>}
        </div>
        {walking && division ? (
          <WalkPanel steps={steps} draftName={division.name} names={derived.names} onMap={viewId === 'map'} />
        ) : null}
      </div>
    </div>
  );
}

/**
 * Adds `css` to the page while it is not null. A constructed style sheet, because the app's Content Security Policy
 * (style-src 'self') refuses a <style> element written at run time.
 */
function usePageStyle(css: string | null): void {
  useEffect(() => {
    if (css === null) return undefined;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}
