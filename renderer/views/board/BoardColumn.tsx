import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useApp, useT } from '../../app/StoreContext';
import { formatFixed, formatMoney, formatNumber } from '../../i18n/format';
import type { Translate, Locale } from '../../i18n/translate';
import type { Names } from '../../derived/names';
import { BalanceMeter } from './BalanceMeter';
import { CardList } from './CardList';
import type { SelectMode } from './GoalCard';
import type { ColumnBalance } from './balanceBars';
import type { BalanceKind } from '../../../shared/analysis/balanceRule';
import type { DomainMark } from './domainMarks';
import type { MovePreview } from './movePreview';
import { TRAY_ID, type BoardCard, type BoardColumn as Column } from './viewModel';

interface Props {
  column: Column;
  balance: ColumnBalance | null;
  kind: BalanceKind;
  cards: ReadonlyMap<string, BoardCard>;
  goals: ReadonlyMap<string, BoardCard>;
  names: Names;
  /** Subject cards (with their goals) or goal cards. */
  subjects: boolean;
  marks: ReadonlyMap<string, DomainMark>;
  selection: ReadonlySet<string>;
  movedFrom: ReadonlyMap<string, string>;
  /** While a drag is on: what dropping here would do, and which cards travel. */
  preview: MovePreview | null;
  moving: ReadonlySet<string>;
  instructionsId: string;
  isDragging(): boolean;
  onSelect(id: string, mode: SelectMode): void;
  onLock(id: string, locked: boolean): void;
  onGo(id: string): void;
  /** Take the holder out of the balance (true) or back in. */
  onOutside(id: string, outside: boolean): void;
}

const sign = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '±');

/** "−3 gesplitste verbanden (gewicht −5), +€ 1,2 mln": what a drop here does, in words, as the column shows it. */
export function previewText(p: MovePreview, t: Translate, locale: Locale): string {
  if (p.refused) return t(p.refused === 'followsSubject' ? 'app.board.refusedFollows' : 'app.board.refusedLocked');
  if (p.unchanged) return t('app.board.previewHere');
  const parts = [
    t('app.board.previewSplit', {
      count: Math.abs(p.delta.cutCount),
      sign: sign(p.delta.cutCount),
      weight: `${sign(Math.round(p.delta.cut * 10))}${formatNumber(Math.abs(p.delta.cut), locale, 1)}`,
    }),
  ];
  if (Math.round(p.delta.owCut * 10) !== 0)
    parts.push(
      t('app.board.previewOw', { weight: `${sign(p.delta.owCut)}${formatNumber(Math.abs(p.delta.owCut), locale, 1)}` }),
    );
  if (p.delta.pairs !== 0)
    parts.push(t('app.board.previewPairs', { sign: sign(p.delta.pairs), count: Math.abs(p.delta.pairs) }));
  // Money stays on one line ("+€ 1,2 mln"); the tray holds no budget, so a drop there shows none.
  if (p.budgetIn > 0 && p.columnId !== TRAY_ID)
    parts.push(`+${formatMoney(p.budgetIn, locale).replace(/ /g, '\u00a0')}`);
  return parts.join(', ');
}

/** One holder's column (or the tray): who, their balance, what a drop would do, and their cards. */
export const BoardColumn = memo(function BoardColumn(props: Props) {
  const { column, balance, kind, cards, marks, selection, movedFrom, preview, moving } = props;
  const t = useT();
  const locale = useApp((s) => s.locale);
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  const tray = column.id === TRAY_ID;
  const headingId = `board-col-${column.id}`;
  // Better or worse only for a holder: a goal taken back to the tray keeps no link, it just stops counting.
  const effect = !preview
    ? 'none'
    : preview.refused
      ? 'refused'
      : preview.unchanged || tray
        ? 'none'
        : preview.delta.cut < -1e-9
          ? 'better'
          : preview.delta.cut > 1e-9
            ? 'worse'
            : 'same';
  return (
    <section
      ref={setNodeRef}
      className={tray ? 'board-col board-tray' : 'board-col'}
      aria-labelledby={headingId}
      data-over={isOver ? 'true' : undefined}
      data-empty={column.cardIds.length || column.sharedIds.length ? undefined : 'true'}
    >
      <header className="col-head" style={column.colour ? { borderTopColor: column.colour } : undefined}>
        <h3 id={headingId}>
          {tray ? t('app.board.tray') : column.holder}
          <span className="col-count"> ({column.goals})</span>
        </h3>
        <p className="col-sub">
          {tray
            ? t(props.subjects ? 'app.board.trayExplainSubjects' : 'app.board.trayExplain')
            : [
                column.role ? t(`app.role.${column.role}`) : null,
                column.party || null,
                t('app.board.fte', { fte: formatFixed(column.fte, locale, 1) }),
              ]
                .filter(Boolean)
                .join(' · ')}
        </p>
        {balance ? (
          <div className="col-balance">
            <BalanceMeter measure="goals" bar={balance.goals} kind={kind} outside={balance.outside} />
            <BalanceMeter measure="budget" bar={balance.budget} kind={kind} outside={balance.outside} />
            <label className="col-outside">
              <input
                type="checkbox"
                checked={!balance.outside}
                onChange={(e) => props.onOutside(column.id, !e.target.checked)}
              />{' '}
              {t('app.board.inBalance')}
            </label>
          </div>
        ) : tray && column.budget > 0 ? (
          <p className="col-sub">{formatMoney(column.budget, locale)}</p>
        ) : null}
        {preview ? (
          <p className="drop-preview" data-effect={effect}>
            <span className="drop-label">{t(tray ? 'app.board.dropTray' : 'app.board.dropHere')}</span>{' '}
            {previewText(preview, t, locale)}
          </p>
        ) : null}
      </header>
      {column.cardIds.length || column.sharedIds.length ? (
        <CardList
          columnId={column.id}
          cardIds={column.cardIds}
          sharedIds={column.sharedIds}
          goals={props.goals}
          names={props.names}
          onGo={props.onGo}
          labelledBy={headingId}
          canLock={!tray}
          cards={cards}
          marks={marks}
          selection={selection}
          movedFrom={movedFrom}
          moving={moving}
          instructionsId={props.instructionsId}
          isDragging={props.isDragging}
          onSelect={props.onSelect}
          onLock={props.onLock}
        />
      ) : (
        <p className="col-empty">
          {t(tray ? 'app.board.trayEmpty' : props.subjects ? 'app.board.columnEmptySubjects' : 'app.board.columnEmpty')}
        </p>
      )}
    </section>
  );
});
