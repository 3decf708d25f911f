import { memo } from 'react';
import type { Names } from '../../derived/names';
import { GoalCard, type SelectMode } from './GoalCard';
import { SharedRef } from './SharedRef';
import { SubjectGoals } from './SubjectGoals';
import type { DomainMark } from './domainMarks';
import type { BoardCard } from './viewModel';

interface Props {
  columnId: string;
  cardIds: readonly string[];
  /** Shared subjects this holder holds beside their lead (references to the lead's card). */
  sharedIds: readonly string[];
  labelledBy: string;
  canLock: boolean;
  cards: ReadonlyMap<string, BoardCard>;
  /** Every goal as a card: the goals a subject card lists. */
  goals: ReadonlyMap<string, BoardCard>;
  names: Names;
  marks: ReadonlyMap<string, DomainMark>;
  selection: ReadonlySet<string>;
  movedFrom: ReadonlyMap<string, string>;
  moving: ReadonlySet<string>;
  instructionsId: string;
  isDragging(): boolean;
  onSelect(id: string, mode: SelectMode): void;
  onLock(id: string, locked: boolean): void;
  onGo(id: string): void;
}

/** What a goal, or a subject with its goals, shows that can change between two renders. */
function sameShown(a: Props, b: Props, id: string): boolean {
  return (
    a.selection.has(id) === b.selection.has(id) &&
    a.movedFrom.get(id) === b.movedFrom.get(id) &&
    a.moving.has(id) === b.moving.has(id)
  );
}

/**
 * Equal when nothing this column's cards show has changed. The maps and sets are the whole board's and new after
 * every edit or drag, so they are compared for this column's cards only: a drop then renders the two columns that
 * traded cards, not all of them.
 */
function sameList(a: Props, b: Props): boolean {
  if (
    a.cardIds !== b.cardIds ||
    a.sharedIds !== b.sharedIds ||
    a.columnId !== b.columnId ||
    a.labelledBy !== b.labelledBy ||
    a.canLock !== b.canLock ||
    a.names !== b.names ||
    a.marks !== b.marks ||
    a.instructionsId !== b.instructionsId ||
    a.isDragging !== b.isDragging ||
    a.onSelect !== b.onSelect ||
    a.onLock !== b.onLock ||
    a.onGo !== b.onGo
  )
    return false;
  const sameCard = (id: string) => {
    const card = a.cards.get(id);
    return (
      card === b.cards.get(id) &&
      sameShown(a, b, id) &&
      (card?.goalIds ?? []).every((g) => a.goals.get(g) === b.goals.get(g) && sameShown(a, b, g))
    );
  };
  return a.cardIds.every(sameCard) && a.sharedIds.every(sameCard);
}

/** The cards of one column, in order, then the references to shared subjects whose card stands with their lead. */
export const CardList = memo(function CardList(props: Props) {
  const { cards, names, marks, selection, movedFrom, moving } = props;
  const others = (card: BoardCard, self: string) =>
    card.holders
      .filter((h) => h !== self)
      .map((h) => names.portfolio(h))
      .join(', ');
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
            sharedWith={card.holders.length > 1 ? others(card, props.columnId) : null}
            apartFrom={card.apart ? names.subject(card.apart.subjectId) : null}
            selectedGoals={card.goalIds.filter((g) => selection.has(g)).length}
            extra={
              card.kind === 'subject' ? (
                <SubjectGoals
                  card={card}
                  goals={props.goals}
                  marks={marks}
                  columnId={props.columnId}
                  selection={selection}
                  movedFrom={movedFrom}
                  moving={moving}
                  canLock={props.canLock}
                  instructionsId={props.instructionsId}
                  isDragging={props.isDragging}
                  onSelect={props.onSelect}
                  onLock={props.onLock}
                />
              ) : undefined
            }
          />
        );
      })}
      {props.sharedIds.map((id) => {
        const card = cards.get(id)!;
        return (
          <SharedRef
            key={`ref-${id}`}
            card={card}
            mark={marks.get(card.domainId)}
            lead={names.portfolio(card.holders[0]!)}
            sharedWith={others(card, props.columnId)}
            selected={selection.has(id)}
            onSelect={props.onSelect}
            onGo={props.onGo}
          />
        );
      })}
    </ul>
  );
}, sameList);
