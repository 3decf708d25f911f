import { useId, useState } from 'react';
import { useT } from '../../app/StoreContext';
import { GoalCard, type SelectMode } from './GoalCard';
import type { DomainMark } from './domainMarks';
import type { BoardCard } from './viewModel';

interface Props {
  card: BoardCard;
  goals: ReadonlyMap<string, BoardCard>;
  marks: ReadonlyMap<string, DomainMark>;
  columnId: string;
  selection: ReadonlySet<string>;
  movedFrom: ReadonlyMap<string, string>;
  moving: ReadonlySet<string>;
  canLock: boolean;
  instructionsId: string;
  isDragging(): boolean;
  onSelect(id: string, mode: SelectMode): void;
  onLock(id: string, locked: boolean): void;
}

const stop = (e: { stopPropagation(): void }) => e.stopPropagation();

/**
 * A subject card's goals, folded away until asked for. Unfolded, each goal is a card of its own inside the subject's:
 * drag one to another holder and it becomes an exception to its subject.
 */
export function SubjectGoals(props: Props) {
  const { card } = props;
  const t = useT();
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (!card.goalIds.length) return null;
  return (
    <div className="subject-goals">
      <button
        type="button"
        className="subject-goals-toggle"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onPointerDown={stop}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>{' '}
        {t(open ? 'app.board.hideGoals' : 'app.board.showGoals', { count: card.goalIds.length, subject: card.title })}
      </button>
      {open ? (
        <ul
          id={listId}
          className="cards subject-goal-list"
          aria-label={t('app.board.goalsOf', { subject: card.title })}
        >
          {card.goalIds.map((id) => {
            const goal = props.goals.get(id)!;
            return (
              <GoalCard
                key={id}
                card={goal}
                mark={props.marks.get(goal.domainId)}
                columnId={props.columnId}
                selected={props.selection.has(id)}
                movedFrom={props.movedFrom.get(id) ?? null}
                moving={props.moving.has(id)}
                canLock={props.canLock}
                instructionsId={props.instructionsId}
                isDragging={props.isDragging}
                onSelect={props.onSelect}
                onLock={props.onLock}
              />
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
