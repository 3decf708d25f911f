import {
  memo,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import { useDraggable, type DraggableSyntheticListeners } from '@dnd-kit/core';
import { useT } from '../../app/StoreContext';
import { CardFace, LockButton, type CardNotes } from './CardFace';
import type { DomainMark } from './domainMarks';
import type { BoardCard } from './viewModel';

export type SelectMode = 'only' | 'toggle' | 'range';

interface Props extends CardNotes {
  card: BoardCard;
  mark: DomainMark | undefined;
  columnId: string;
  selected: boolean;
  /** With a compare draft: who holds this goal there, when that is someone else (null: not moved). */
  movedFrom: string | null;
  /** Part of the drag in progress: shown faded in place while its copy travels. */
  moving: boolean;
  canLock: boolean;
  /** Id of the element that tells screen readers how to move a card. */
  instructionsId: string;
  /** Whether a drag is on (read at event time; the card must not let go of its drag wiring mid-drag). */
  isDragging(): boolean;
  onSelect(id: string, mode: SelectMode): void;
  onLock(id: string, locked: boolean): void;
  /** Below the card (a subject card's list of goals). */
  extra?: ReactNode;
}

/**
 * dnd-kit's draggable for one card, mounted only while the card is "armed" (pointer over it, or focus in it).
 * Every draggable renders again each time a drag starts, crosses a column or ends; with five hundred cards that
 * alone took longer than a frame. Armed cards are the few near the pointer or the focus, and the card's DOM stays
 * the same, so focus and the drag survive arming.
 */
function DragWiring({
  id,
  columnId,
  disabled,
  nodeRef,
  handleRef,
  listenersRef,
}: {
  id: string;
  columnId: string;
  disabled: boolean;
  nodeRef: RefObject<HTMLLIElement | null>;
  handleRef: RefObject<HTMLDivElement | null>;
  listenersRef: RefObject<DraggableSyntheticListeners>;
}) {
  const draggable = useDraggable({ id, data: { columnId }, disabled });
  const { setNodeRef, setActivatorNodeRef } = draggable;
  useLayoutEffect(() => {
    setNodeRef(nodeRef.current);
    setActivatorNodeRef(handleRef.current);
    listenersRef.current = draggable.listeners;
    return () => {
      listenersRef.current = undefined;
    };
  });
  return null;
}

/**
 * A draggable card: a goal, or a subject with its goals. dnd-kit does the pointer and keyboard dragging (Space or
 * Enter on the card picks it up); the card adds selection (click, Ctrl/Shift-click, Ctrl+Space) and moving focus with
 * ↑ ↓, and a lock button.
 */
export const GoalCard = memo(function GoalCard(props: Props) {
  const { card, mark, columnId, selected, movedFrom, moving, canLock, instructionsId, isDragging, onSelect, onLock } =
    props;
  const subject = card.kind === 'subject';
  const t = useT();
  const node = useRef<HTMLLIElement>(null);
  const handle = useRef<HTMLDivElement>(null);
  const listeners = useRef<DraggableSyntheticListeners>(undefined);
  const [armed, setArmed] = useState(false);
  const arm = () => {
    if (!card.locked) setArmed(true);
  };
  const disarm = () => {
    const focused = node.current?.contains(document.activeElement) ?? false;
    if (!isDragging() && !focused) setArmed(false);
  };

  const onClick = (e: MouseEvent) =>
    onSelect(card.id, e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'only');
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === ' ' && (e.ctrlKey || e.metaKey || e.shiftKey)) {
      e.preventDefault();
      onSelect(card.id, e.shiftKey ? 'range' : 'toggle');
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const li = e.currentTarget.closest('li');
      const next = (e.key === 'ArrowDown' ? li?.nextElementSibling : li?.previousElementSibling)?.querySelector(
        '.card-handle',
      );
      if (next instanceof HTMLElement) {
        e.preventDefault();
        next.focus();
      }
      return;
    }
    listeners.current?.onKeyDown?.(e);
  };

  return (
    <li
      ref={node}
      className="card"
      data-card={card.id}
      data-kind={card.kind}
      data-apart={card.apart ? (card.apart.exception ? 'exception' : 'part') : undefined}
      data-selected={selected ? 'true' : props.selectedGoals ? 'partly' : undefined}
      data-moving={moving ? 'true' : undefined}
      data-locked={card.locked ? 'true' : undefined}
      data-moved={movedFrom !== null ? 'true' : undefined}
      // Pointer drags start anywhere on the card; keyboard drags only from the focused card face (its activator).
      onPointerOver={arm}
      onPointerLeave={disarm}
      onPointerDown={(e: PointerEvent<HTMLLIElement>) => {
        // Pressed before the hover's render armed it (a quick press, a touch): arm now, synchronously, so dnd-kit
        // sees this very press.
        if (!listeners.current && !card.locked) flushSync(() => setArmed(true));
        listeners.current?.onPointerDown?.(e);
        // A goal listed on a subject card is a card inside a card: the press is this one's, not the subject's.
        e.stopPropagation();
      }}
      onFocus={arm}
      onBlur={disarm}
    >
      {armed ? (
        <DragWiring
          id={card.id}
          columnId={columnId}
          disabled={card.locked}
          nodeRef={node}
          handleRef={handle}
          listenersRef={listeners}
        />
      ) : null}
      <div
        ref={handle}
        role="button"
        tabIndex={0}
        aria-roledescription={t(
          subject
            ? card.locked
              ? 'app.board.lockedSubjectCard'
              : 'app.board.subjectCard'
            : card.locked
              ? 'app.board.lockedCard'
              : 'app.board.card',
        )}
        aria-describedby={instructionsId}
        className="card-handle"
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <CardFace
          card={card}
          mark={mark}
          selected={selected}
          movedFrom={movedFrom}
          sharedWith={props.sharedWith}
          apartFrom={props.apartFrom}
          selectedGoals={props.selectedGoals}
        />
      </div>
      <LockButton id={card.id} title={card.title} locked={card.locked} enabled={canLock} onLock={onLock} />
      {props.extra}
    </li>
  );
});
