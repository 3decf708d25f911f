import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useT } from '../../app/StoreContext';
import type { SelectMode } from './GoalCard';
import type { DomainMark } from './domainMarks';
import type { BoardCard } from './viewModel';

interface Props {
  card: BoardCard;
  mark: DomainMark | undefined;
  /** The lead holder, whose column has the card, and the other holders beside this one. */
  lead: string;
  sharedWith: string;
  selected: boolean;
  onSelect(id: string, mode: SelectMode): void;
  /** Take focus to the subject's card in the lead's column. */
  onGo(id: string): void;
}

/**
 * A shared subject in a co-holder's column: not a second card (the subject moves with its lead's card), but a
 * reference that says so and takes you there. Click or Enter selects the subject and goes to its card.
 */
export const SharedRef = memo(function SharedRef({ card, mark, lead, sharedWith, selected, onSelect, onGo }: Props) {
  const t = useT();
  const onClick = (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey) return onSelect(card.id, 'toggle');
    onSelect(card.id, 'only');
    onGo(card.id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const li = e.currentTarget.closest('li');
    const next = (e.key === 'ArrowDown' ? li?.nextElementSibling : li?.previousElementSibling)?.querySelector(
      '.card-handle',
    );
    if (next instanceof HTMLElement) {
      e.preventDefault();
      next.focus();
    }
  };
  return (
    <li className="card card-ref" data-ref={card.id} data-selected={selected ? 'true' : undefined}>
      <button type="button" className="card-handle" onClick={onClick} onKeyDown={onKeyDown}>
        <span className="card-top">
          {mark ? (
            <span className="dmark" style={{ background: mark.colour, color: mark.ink }} aria-hidden="true">
              {mark.letters}
            </span>
          ) : null}
          <span className="sr-only">{`${t('app.board.subjectKind')}, ${mark ? `${mark.name}: ` : ''}`}</span>
          <span className="card-title">{card.title}</span>
        </span>
        <span className="card-flag card-shared">{t('app.board.sharedWith', { holders: sharedWith })}</span>
        <span className="card-ref-go">{t('app.board.refGo', { holder: lead })}</span>
        {selected ? <span className="sr-only">{t('app.board.selectedNote')}</span> : null}
      </button>
    </li>
  );
});
