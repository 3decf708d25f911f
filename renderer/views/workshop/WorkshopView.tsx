import { useEffect, useState } from 'react';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { Button } from '../../components/Button';
import { useDerived } from '../../derived/useDerived';
import { useChosenDraft } from '../../derived/useDraft';
import { VIEWS } from '../registry';
import type { ViewId } from '../viewIds';
import { WalkPanel } from './WalkPanel';
import { stepTo } from './walk';
import { walkOf } from './walkFocus';
import './workshop.css';

// PageDown and PageUp are commands (help screen, appCommands); clickers that send arrow keys step here too.
const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * The projector screen: only the planner views that present in a workshop (registry: `workshop: 'show'`), large
 * type and high contrast, locked until the facilitator unlocks it, with the guided walk through the coordination
 * agenda. A presenter clicker's PageDown/PageUp step the walk; Esc leaves (App's shell binding).
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

  // Full screen on a projector; leaving workshop mode (or the browser refusing) needs no handling here.
  useEffect(() => {
    if (!document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  // Clicker keys step the walk. A view that uses arrow keys itself (a selected goal on the map, a card being
  // moved on the board) marks the event handled, and then it is not a step.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      if (e.defaultPrevented || s.walkStep === null || document.querySelector('dialog[open]')) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, select, textarea')) return;
      const delta = NEXT.has(e.key) ? 1 : PREVIOUS.has(e.key) ? -1 : 0;
      if (!delta) return;
      e.preventDefault();
      s.setWalkStep(stepTo(s.walkStep, delta, steps.length));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, steps.length]);

  const View = shown.find((v) => v.id === viewId)?.Component;
  return (
    <div className={`workshop-screen${locked ? ' locked' : ''}`}>
      <div className="workshop-bar" role="toolbar" aria-label={t('app.workshop.heading')}>
        <h1 className="workshop-title">
          {project.name}
          {division ? ` · ${division.name}` : ''}
        </h1>
        <div className="workshop-views" role="group">
          {shown.map((v) => (
            <Button key={v.id} aria-pressed={v.id === viewId} onClick={() => setViewId(v.id)}>
              {t(v.labelKey)}
            </Button>
          ))}
        </div>
        <Button
          aria-pressed={walkStep !== null}
          onClick={() => store.getState().setWalkStep(walkStep === null ? 0 : null)}
          disabled={!steps.length}
        >
          {walkStep === null ? t('app.workshop.walkStart') : t('app.workshop.walkStop')}
        </Button>
        <Button
          aria-pressed={locked}
          onClick={() => store.getState().setWorkshopLocked(!locked)}
          title={locked ? t('app.workshop.locked') : t('app.workshop.unlocked')}
        >
          <span aria-hidden="true">{locked ? '🔒 ' : '🔓 '}</span>
          {locked ? t('app.workshop.unlock') : t('app.workshop.lock')}
        </Button>
        <span className="workshop-lock-state" role="status">
          {locked ? t('app.workshop.locked') : t('app.workshop.unlocked')}
        </span>
        <Button variant="ghost" onClick={() => store.getState().setWorkshop(false)}>
          {t('app.workshop.leave')}
        </Button>
      </div>
      <div className={`workshop-body${walkStep !== null ? ' walking' : ''}`}>
        <div className="workshop-main">{View ? <View /> : <p className="empty">{t('app.workshop.noViews')}</p>}</div>
        {walkStep !== null && division ? (
          <WalkPanel steps={steps} draftName={division.name} names={derived.names} />
        ) : null}
      </div>
    </div>
  );
}
