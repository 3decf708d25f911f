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
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { useCompareDraft } from '../../derived/useDraft';
import { formatNumber } from '../../i18n/format';
import { dispatch } from '../../store/commands/dispatch';
import { holdersOutside } from '../../store/viewSlice';
import { assignGoals, setLocked } from '../../store/commands/divisionCommands';
import { BoardColumn, previewText } from './BoardColumn';
import { CardFace } from './CardFace';
import type { SelectMode } from './GoalCard';
import { balanceBars } from './balanceBars';
import { boardCollisions, columnCoordinates } from './boardKeyboard';
import { domainMarks } from './domainMarks';
import { movePreviews, type MovePreview } from './movePreview';
import { movingCards, rangeInColumn, TRAY_ID, type BoardModel } from './viewModel';

interface DragState {
  activeId: string;
  /** The cards that travel: the dragged one first, then the rest of the selection (locked ones stay). */
  ids: string[];
  previews: ReadonlyMap<string, MovePreview>;
}

const NO_IDS: ReadonlySet<string> = new Set();
const INSTRUCTIONS_ID = 'board-dnd-instructions';

/**
 * The columns and the drag and drop between them. dnd-kit does the pointer and keyboard handling and the live
 * announcements; a drag is a gesture (begin on pick-up, one undo step on drop, nothing on Esc) and a drop is one
 * `assignGoals` command for every travelling card.
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
  const balance = useMemo(() => balanceBars(model.columns, model.tray, setting, outside), [model, setting, outside]);
  const balanceOf = useMemo(() => new Map(balance.columns.map((c) => [c.columnId, c])), [balance]);
  const comparison = compare ? derived.compare(compare.id, division.id) : null;
  const movedFrom = useMemo(() => {
    const out = new Map<string, string>();
    for (const m of comparison?.moved ?? [])
      out.set(m.goalId, m.from === null ? t('app.board.tray') : derived.names.portfolio(m.from));
    return out;
  }, [comparison, derived, t]);
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
    const previews = new Map(movePreviews(der.graph, d, ids).map((p) => [p.columnId, p]));
    return { activeId, ids, previews };
  };
  const columnName = (id: string) => (id === TRAY_ID ? t('app.board.tray') : derived.names.portfolio(id));

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
    s.beginGesture('app.cmd.assignGoals');
  };
  const finish = () => {
    dragRef.current = null;
    setDrag(null);
  };
  const onDragEnd = ({ over, activatorEvent }: DragEndEvent) => {
    const d = dragRef.current;
    finish();
    if (d && activatorEvent instanceof KeyboardEvent) focusAfterDrop.current = d.activeId;
    if (d && over && d.ids.length) {
      const target = String(over.id);
      dispatch(store, assignGoals, {
        divisionId: latest.current.division.id,
        goalIds: d.ids,
        portfolioId: target === TRAY_ID ? null : target,
      });
    }
    store.getState().commitGesture();
  };
  const onDragCancel = () => {
    finish();
    store.getState().cancelGesture();
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const others = dragOf(String(active.id)).ids.length - 1;
      const goal = derived.names.goal(String(active.id));
      return others > 0
        ? t('app.board.annPickedUpMany', { goal, count: others })
        : t('app.board.annPickedUp', { goal });
    },
    onDragOver: ({ active, over }) => {
      if (!over) return t('app.board.annNotOver');
      const p = dragOf(String(active.id)).previews.get(String(over.id));
      return `${columnName(String(over.id))}: ${p ? previewText(p, t, locale) : ''}`;
    },
    onDragEnd: ({ active, over }) => {
      if (!over) return t('app.board.annNotDropped');
      const d = dragOf(String(active.id));
      const p = d.previews.get(String(over.id));
      if (!p || p.unchanged) return t('app.board.annStayed', { holder: columnName(String(over.id)) });
      return t('app.board.annDropped', {
        count: d.ids.length,
        goal: derived.names.goal(String(active.id)),
        holder: columnName(String(over.id)),
        weight: formatNumber(p.after.cut, locale, 1),
      });
    },
    onDragCancel: ({ active }) =>
      t('app.board.annCancelled', {
        goal: derived.names.goal(String(active.id)),
        holder: columnName(model.columnOf.get(String(active.id)) ?? TRAY_ID),
      }),
  };

  const columns = [model.tray, ...model.columns];
  const active = drag ? model.cards.get(drag.activeId) : undefined;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('app.board.instructions') } }}
    >
      <p id={INSTRUCTIONS_ID} hidden>
        {t('app.board.instructions')}
      </p>
      <div className="board" data-dragging={drag ? 'true' : undefined}>
        {columns.map((c) => (
          <BoardColumn
            key={c.id}
            column={c}
            balance={balanceOf.get(c.id) ?? null}
            perFte={balance.perFte}
            cards={model.cards}
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
              <span className="overlay-count">{t('app.board.overlayCount', { count: drag.ids.length - 1 })}</span>
            ) : null}
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
