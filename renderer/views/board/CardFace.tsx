import { memo } from 'react';
import { useApp, useT } from '../../app/StoreContext';
import { Button } from '../../components/Button';
import { formatMoney } from '../../i18n/format';
import type { DomainMark } from './domainMarks';
import type { BoardCard } from './viewModel';

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

/** What a card says about its place among subjects, in words (names already looked up). */
export interface CardNotes {
  /** The other holders of a shared subject, joined. */
  sharedWith?: string | null;
  /** A goal standing apart from its subject: the subject's name. */
  apartFrom?: string | null;
  /** How many of a subject card's goals are selected (the subject itself not). */
  selectedGoals?: number;
}

/** The card's face: domain mark, title, budget and split links; memoised apart from the drag wiring. */
export const CardFace = memo(function CardFace({
  card,
  mark,
  selected,
  movedFrom,
  sharedWith = null,
  apartFrom = null,
  selectedGoals = 0,
}: CardNotes & {
  card: BoardCard;
  mark: DomainMark | undefined;
  selected: boolean;
  movedFrom: string | null;
}) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const subject = card.kind === 'subject';
  return (
    <>
      <span className="card-top">
        {mark ? (
          <span className="dmark" style={{ background: mark.colour, color: mark.ink }} aria-hidden="true">
            {mark.letters}
          </span>
        ) : null}
        <span className="sr-only">
          {subject ? `${t('app.board.subjectKind')}, ` : ''}
          {mark ? `${mark.name}: ` : ''}
        </span>
        <span className="card-title">{card.title}</span>
        {selected ? (
          <span className="card-check" aria-hidden="true">
            ✓
          </span>
        ) : null}
      </span>
      <span className="card-meta">
        {subject ? (
          <span className="card-goals">{t('app.board.subjectGoals', { count: card.goalIds.length })}</span>
        ) : null}
        <span>{card.budget === null ? t('app.board.noBudget') : formatMoney(card.budget, locale)}</span>
        <span className={card.split ? 'card-split' : undefined}>
          {t('app.board.splitOf', { count: card.split, total: card.links })}
        </span>
      </span>
      {sharedWith !== null ? (
        <span className="card-flag card-shared">{t('app.board.sharedWith', { holders: sharedWith })}</span>
      ) : null}
      {apartFrom !== null ? (
        <span className={card.apart?.exception ? 'card-flag card-exception' : 'card-flag card-apart'}>
          {t(card.apart?.exception ? 'app.board.exceptionTo' : 'app.board.partOf', { subject: apartFrom })}
        </span>
      ) : null}
      {card.locked ? <span className="card-flag">{t('app.board.lockedNote')}</span> : null}
      {card.lockedGoals > 0 ? (
        <span className="card-flag">{t('app.board.lockedGoals', { count: card.lockedGoals })}</span>
      ) : null}
      {movedFrom !== null ? (
        <span className="card-flag card-moved">{t('app.board.movedFrom', { holder: movedFrom })}</span>
      ) : null}
      {selectedGoals > 0 && !selected ? (
        <span className="card-flag card-partly">{t('app.board.selectedGoals', { count: selectedGoals })}</span>
      ) : null}
      {selected ? <span className="sr-only">{t('app.board.selectedNote')}</span> : null}
    </>
  );
});

const stop = (e: { stopPropagation(): void }) => e.stopPropagation();

/**
 * The lock on a card; memoised, because every card renders again whenever a drag starts, moves over a column or
 * ends (dnd-kit's context changes), and the lock does not change then.
 */
export const LockButton = memo(function LockButton({
  id,
  title,
  locked,
  enabled,
  onLock,
}: {
  id: string;
  title: string;
  locked: boolean;
  enabled: boolean;
  onLock(id: string, locked: boolean): void;
}) {
  const t = useT();
  return (
    <Button
      variant="ghost"
      className="card-lock"
      icon={<LockIcon closed={locked} />}
      label={t('app.board.lock', { goal: title })}
      aria-pressed={locked}
      disabled={!enabled}
      // The lock is a button, not a place to start dragging the card from.
      onPointerDown={stop}
      onClick={() => onLock(id, !locked)}
    />
  );
});
