import { memo, type KeyboardEvent, type MouseEvent, type PointerEventHandler } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { useApp, useT } from '../../app/StoreContext';
import { Button } from '../../components/Button';
import { formatMoney } from '../../i18n/format';
import type { DomainMark } from './domainMarks';
import type { BoardCard } from './viewModel';

export type SelectMode = 'only' | 'toggle' | 'range';

interface Props {
  card: BoardCard;
  mark: DomainMark | undefined;
  columnId: string;
  selected: boolean;
  /** With a compare draft: who holds this goal there, when that is someone else (null: not moved). */
  movedFrom: string | null;
  /** Part of the drag in progress: shown faded in place while its copy travels. */
  moving: boolean;
  canLock: boolean;
  onSelect(id: string, mode: SelectMode): void;
  onLock(id: string, locked: boolean): void;
}

const LockIcon = ({ closed }: { closed: boolean }) => (
  <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
    <path
      d={closed ? 'M5 7V5a3 3 0 0 1 6 0v2' : 'M5 7V5a3 3 0 0 1 5.8-1'}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    />
  </svg>
);

/** The card's face: domain mark, title, budget and split links; memoised apart from the drag wiring. */
export const CardFace = memo(function CardFace({
  card,
  mark,
  selected,
  movedFrom,
}: Pick<Props, 'card' | 'mark' | 'selected' | 'movedFrom'>) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  return (
    <>
      <span className="card-top">
        {mark ? (
          <span className="dmark" style={{ background: mark.colour, color: mark.ink }} aria-hidden="true">
            {mark.letters}
          </span>
        ) : null}
        <span className="sr-only">{mark ? `${mark.name}: ` : ''}</span>
        <span className="card-title">{card.title}</span>
        {selected ? (
          <span className="card-check" aria-hidden="true">
            ✓
          </span>
        ) : null}
      </span>
      <span className="card-meta">
        <span>{card.budget === null ? t('app.board.noBudget') : formatMoney(card.budget, locale)}</span>
        <span className={card.split ? 'card-split' : undefined}>
          {t('app.board.splitOf', { count: card.split, total: card.links })}
        </span>
      </span>
      {card.locked ? <span className="card-flag">{t('app.board.lockedNote')}</span> : null}
      {movedFrom !== null ? (
        <span className="card-flag card-moved">{t('app.board.movedFrom', { holder: movedFrom })}</span>
      ) : null}
      {selected ? <span className="sr-only">{t('app.board.selectedNote')}</span> : null}
    </>
  );
});

/**
 * A draggable goal card. dnd-kit does the pointer and keyboard dragging (Space or Enter on the card picks it up);
 * the card adds selection (click, Ctrl/Shift-click, Ctrl+Space) and moving focus with ↑ ↓, and a lock button.
 */
export const GoalCard = memo(function GoalCard(props: Props) {
  const { card, mark, columnId, selected, movedFrom, moving, canLock, onSelect, onLock } = props;
  const t = useT();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef } = useDraggable({
    id: card.id,
    data: { columnId },
    disabled: card.locked,
  });

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
    listeners?.onKeyDown?.(e);
  };

  return (
    <li
      ref={setNodeRef}
      className="card"
      data-selected={selected ? 'true' : undefined}
      data-moving={moving ? 'true' : undefined}
      data-locked={card.locked ? 'true' : undefined}
      data-moved={movedFrom !== null ? 'true' : undefined}
      // Pointer drags start anywhere on the card; keyboard drags only from the focused card face (its activator).
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
    >
      <div
        ref={setActivatorNodeRef}
        {...attributes}
        role="button"
        tabIndex={0}
        aria-roledescription={t(card.locked ? 'app.board.lockedCard' : 'app.board.card')}
        aria-disabled={undefined}
        className="card-handle"
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <CardFace card={card} mark={mark} selected={selected} movedFrom={movedFrom} />
      </div>
      <Button
        variant="ghost"
        className="card-lock"
        icon={<LockIcon closed={card.locked} />}
        label={t('app.board.lock', { goal: card.title })}
        aria-pressed={card.locked}
        disabled={!canLock}
        // The lock is a button, not a place to start dragging the card from.
        onPointerDown={(e) => e.stopPropagation()}
        onClick={() => onLock(card.id, !card.locked)}
      />
    </li>
  );
});
