import { memo } from 'react';
import { GoalCard, type SelectMode } from './GoalCard';
import type { DomainMark } from './domainMarks';
import type { BoardCard } from './viewModel';

interface Props {
  columnId: string;
  cardIds: readonly string[];
  labelledBy: string;
  canLock: boolean;
  cards: ReadonlyMap<string, BoardCard>;
  marks: ReadonlyMap<string, DomainMark>;
  selection: ReadonlySet<string>;
  movedFrom: ReadonlyMap<string, string>;
  moving: ReadonlySet<string>;
  instructionsId: string;
  isDragging(): boolean;
  onSelect(id: string, mode: SelectMode): void;
  onLock(id: string, locked: boolean): void;
}

/**
 * Equal when nothing this column's cards show has changed. The maps and sets are the whole board's and new after
 * every edit or drag, so they are compared for this column's cards only: a drop then renders the two columns that
 * traded cards, not all of them.
 */
function sameList(a: Props, b: Props): boolean {
  if (
    a.cardIds !== b.cardIds ||
    a.columnId !== b.columnId ||
    a.labelledBy !== b.labelledBy ||
    a.canLock !== b.canLock ||
    a.marks !== b.marks ||
    a.instructionsId !== b.instructionsId ||
    a.isDragging !== b.isDragging ||
    a.onSelect !== b.onSelect ||
    a.onLock !== b.onLock
  )
    return false;
  return a.cardIds.every(
    (id) =>
      a.cards.get(id) === b.cards.get(id) &&
      a.selection.has(id) === b.selection.has(id) &&
      a.movedFrom.get(id) === b.movedFrom.get(id) &&
      a.moving.has(id) === b.moving.has(id),
  );
}

/** The cards of one column, in order. */
export const CardList = memo(function CardList(props: Props) {
  const { cards, marks, selection, movedFrom, moving } = props;
  return (
    <ul className="cards" aria-labelledby={props.labelledBy}>
      {props.cardIds.map((id) => {
        const card = cards.get(id)!;
        return (
          <GoalCard
            key={id}
            card={card}
            mark={marks.get(card.domainId)}
            columnId={props.columnId}
            selected={selection.has(id)}
            movedFrom={movedFrom.get(id) ?? null}
            moving={moving.has(id)}
            canLock={props.canLock}
            instructionsId={props.instructionsId}
            isDragging={props.isDragging}
            onSelect={props.onSelect}
            onLock={props.onLock}
          />
        );
      })}
    </ul>
  );
}, sameList);
