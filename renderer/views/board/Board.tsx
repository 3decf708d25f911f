import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import type { Division } from '../../../shared/model';
import { draftLoads } from '../../../shared/analysis/draftLoads';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { useCompareDraft } from '../../derived/useDraft';
import { dispatch } from '../../store/commands/dispatch';
import { holdersOutside } from '../../store/viewSlice';
import { assignGoals, moveSubjects, setLocked } from '../../store/commands/divisionCommands';
import { BoardColumn } from './BoardColumn';
import { CardFace } from './CardFace';
import type { SelectMode } from './GoalCard';
import { balanceBars } from './balanceBars';
import { boardCollisions, columnCoordinates } from './boardKeyboard';
import { domainMarks } from './domainMarks';
import { boardAnnouncements } from './boardAnnouncements';
import { dropEdits, type MovingCard } from './dropPlan';
import { movePreviews, type MovePreview } from './movePreview';
import { cardOf, movedAgainst, movingCards, rangeInColumn, TRAY_ID, type BoardModel } from './viewModel';

interface DragState {
  activeId: string;
  /** The cards that travel: the dragged one first, then the rest of the selection (locked ones stay). */
  ids: string[];
  cards: MovingCard[];
  previews: ReadonlyMap<string, MovePreview>;
}

const NO_IDS: ReadonlySet<string> = new Set();
const INSTRUCTIONS_ID = 'board-dnd-instructions';

/**
 * The columns and the drag and drop between them. dnd-kit does the pointer and keyboard handling and the live
 * announcements; a drag is a gesture (begin on pick-up, one undo step on drop, nothing on Esc). A drop is
 * `moveSubjects` for the subject cards (per column they come from) and `assignGoals` for the goal cards; when the
 * model refuses any of it, none of it stays.
 */
export function Board({ model, division }: { model: BoardModel; division: Division }) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const selectionList = useApp((s) => s.selection);
  const setting = useApp((s) => s.balance);
  const derived = useDerived();
  const compare = useCompareDraft();
  const [drag, setDrag] = useState<DragState | null>(null);

  // Handlers read the latest board through refs, so they stay the same functions and unchanged cards skip a render.
  const latest = useRef({ model, division, derived });
  useLayoutEffect(() => {
    latest.current = { model, division, derived };
  });
  const dragRef = useRef<DragState | null>(null);
  const anchor = useRef<string | null>(null);

  const selection = useMemo(() => new Set(selectionList), [selectionList]);
  const project = useApp((s) => s.project!);
  const marks = useMemo(() => domainMarks(project.domains), [project.domains]);
  const outside = useMemo(() => holdersOutside(setting, project, division), [setting, project, division]);
  const loads = useMemo(() => draftLoads(project, division, outside), [project, division, outside]);
  const balance = useMemo(() => balanceBars(loads, setting), [loads, setting]);
  const balanceOf = useMemo(() => new Map(balance.columns.map((c) => [c.columnId, c])), [balance]);
  const comparison = compare ? derived.compare(compare.id, division.id) : null;
  const movedFrom = useMemo(() => {
    const out = new Map<string, string>();
    for (const [id, from] of movedAgainst(model, comparison?.moved ?? []))
      out.set(id, from === null ? t('app.board.tray') : derived.names.portfolio(from));
    return out;
  }, [model, comparison, derived, t]);
  const moving = useMemo(() => (drag ? new Set(drag.ids) : NO_IDS), [drag]);

  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click still selects.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );

  const onSelect = useCallback(
    (id: string, mode: SelectMode) => {
      const s = store.getState();
      if (mode === 'toggle') s.toggleSelected(id);
      else if (mode === 'range') s.select([...s.selection, ...rangeInColumn(latest.current.model, anchor.current, id)]);
      else s.select([id]);
      if (mode !== 'range') anchor.current = id;
    },
    [store],
  );
  const onLock = useCallback(
    (id: string, locked: boolean) =>
      void dispatch(store, setLocked, { divisionId: latest.current.division.id, goalId: id, locked }),
    [store],
  );

  const onOutside = useCallback(
    (id: string, out: boolean) => {
      const s = store.getState();
      const next = new Set(holdersOutside(s.balance, s.project!, latest.current.division));
      if (out) next.add(id);
      else next.delete(id);
      s.setBalance({ outside: [...next] });
    },
    [store],
  );

  const isDragging = useCallback(() => dragRef.current !== null, []);
  // A keyboard drop moves the card to another column, where it is a new element: focus follows it there.
  const focusAfterDrop = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = focusAfterDrop.current;
    if (!id) return;
    focusAfterDrop.current = null;
    const handle = document.querySelector(`li[data-card="${CSS.escape(id)}"] .card-handle`);
    if (handle instanceof HTMLElement && document.activeElement !== handle) handle.focus();
  });

  /** The drag in progress, or the one this card would start (announcements may run before onDragStart). */
  const dragOf = (activeId: string): DragState => {
    if (dragRef.current?.activeId === activeId) return dragRef.current;
    const { model: m, division: d, derived: der } = latest.current;
    const sel = store.getState().selection;
    const ids = movingCards(m, activeId, sel.includes(activeId) ? sel : [activeId]);
    const cards = ids.map((id): MovingCard => {
      const col = m.columnOf.get(id);
      return { id, kind: cardOf(m, id)!.kind, from: col === undefined || col === TRAY_ID ? null : col };
    });
    const previews = new Map(movePreviews(der.graph, d, cards).map((p) => [p.columnId, p]));
    return { activeId, ids, cards, previews };
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    const id = String(active.id);
    const s = store.getState();
    if (!s.selection.includes(id)) {
      s.select([id]);
      anchor.current = id;
    }
    const d = dragOf(id);
    dragRef.current = d;
    setDrag(d);
    s.beginGesture(d.cards[0]?.kind === 'subject' ? 'app.cmd.moveSubjects' : 'app.cmd.assignGoals');
  };
  const finish = () => {
    dragRef.current = null;
    setDrag(null);
  };
  const onDragEnd = ({ over, activatorEvent }: DragEndEvent) => {
    const d = dragRef.current;
    finish();
    if (d && activatorEvent instanceof KeyboardEvent) focusAfterDrop.current = d.activeId;
    let refused = false;
    if (d && over && d.ids.length) {
      const target = String(over.id);
      const divisionId = latest.current.division.id;
      for (const e of dropEdits(d.cards, target === TRAY_ID ? null : target)) {
        const problems =
          e.kind === 'moveSubjects'
            ? dispatch(store, moveSubjects, { divisionId, subjectIds: e.subjectIds, from: e.from, to: e.to })
            : dispatch(store, assignGoals, { divisionId, goalIds: e.goalIds, portfolioId: e.portfolioId });
        if (problems.length) {
          refused = true;
          break;
        }
      }
    }
    // A refusal is shown as a notice; what went before it in this drop is taken back, so a drop is all or nothing.
    if (refused) return store.getState().cancelGesture();
    store.getState().commitGesture();
    // Said where the eye is not (the header's undo may have scrolled away): what moved, and a way back.
    const done = d && over ? say.dropped(d.activeId, d, String(over.id)) : null;
    if (done) store.getState().notify({ kind: 'info', ...done, undo: true, quiet: true });
  };
  const onDragCancel = () => {
    finish();
    store.getState().cancelGesture();
  };

  const say = boardAnnouncements(model, derived.names, t, locale);
  const overId = (over: { id: string | number } | null) => (over ? String(over.id) : null);
  const announcements: Announcements = {
    onDragStart: ({ active }) => say.start(String(active.id), dragOf(String(active.id))),
    onDragOver: ({ active, over }) => say.over(dragOf(String(active.id)), overId(over)),
    onDragEnd: ({ active, over }) => say.end(String(active.id), dragOf(String(active.id)), overId(over)),
    onDragCancel: ({ active }) => say.cancel(String(active.id)),
  };

  const onGo = useCallback((id: string) => {
    const handle = document.querySelector(`li[data-card="${CSS.escape(id)}"] .card-handle`);
    if (handle instanceof HTMLElement) {
      handle.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      handle.focus();
    }
  }, []);

  const columns = [model.tray, ...model.columns];
  const instructions = t(model.level === 'subject' ? 'app.board.instructionsSubjects' : 'app.board.instructions');
  const active = drag ? cardOf(model, drag.activeId) : undefined;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
    >
      <p id={INSTRUCTIONS_ID} hidden>
        {instructions}
      </p>
      <div className="board" data-dragging={drag ? 'true' : undefined}>
        {columns.map((c) => (
          <BoardColumn
            key={c.id}
            column={c}
            balance={balanceOf.get(c.id) ?? null}
            kind={balance.kind}
            cards={model.cards}
            goals={model.goals}
            names={derived.names}
            subjects={model.level === 'subject'}
            onGo={onGo}
            marks={marks}
            selection={selection}
            movedFrom={movedFrom}
            preview={drag?.previews.get(c.id) ?? null}
            moving={moving}
            onSelect={onSelect}
            onLock={onLock}
            onOutside={onOutside}
            instructionsId={INSTRUCTIONS_ID}
            isDragging={isDragging}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {active && drag ? (
          <div className="card card-overlay">
            <CardFace card={active} mark={marks.get(active.domainId)} selected={false} movedFrom={null} />
            {drag.ids.length > 1 ? (
              <span className="overlay-count">
                {t(model.level === 'subject' ? 'app.board.overlayCountCards' : 'app.board.overlayCount', {
                  count: drag.ids.length - 1,
                })}
              </span>
            ) : null}
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
