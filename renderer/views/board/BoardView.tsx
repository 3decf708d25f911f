import { useMemo } from 'react';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { BalanceControls } from '../../components/BalanceControls';
import { Button } from '../../components/Button';
import { useDerived } from '../../derived/useDerived';
import { useChosenDraft, useCompareDraft } from '../../derived/useDraft';
import { FiguresStrip } from '../figures/FiguresStrip';
import { Board } from './Board';
import { domainMarks } from './domainMarks';
import './board.css';

/**
 * The portfolio board (tab "Bord"): one column per holder of the chosen draft and a tray of goals nobody holds;
 * drag a card (or a selection of cards) to give goals to another holder, and watch the figures above change.
 */
export function BoardView() {
  const t = useT();
  const store = useAppStore();
  const division = useChosenDraft();
  const compare = useCompareDraft();
  const derived = useDerived();
  const domains = useApp((s) => s.project!.domains);
  const selected = useApp((s) => s.selection.length);
  const marks = useMemo(() => [...domainMarks(domains).values()], [domains]);
  const model = division ? derived.board(division.id) : null;
  if (!division || !model) return <p className="empty">{t('app.board.noDivision')}</p>;

  return (
    <section className="board-view" aria-labelledby="board-heading">
      <div className="view-head">
        <h2 id="board-heading">{t('app.board.heading', { name: division.name })}</h2>
        <div className="toolbar board-tools">
          <BalanceControls />
        </div>
      </div>
      <p className="explain board-help">{t('app.board.help')}</p>
      <FiguresStrip />
      <div className="board-legend">
        <span className="legend-title">{t('app.board.domains')}</span>
        <ul>
          {marks.map((m) => (
            <li key={m.name}>
              <span className="dmark" style={{ background: m.colour, color: m.ink }} aria-hidden="true">
                {m.letters}
              </span>{' '}
              {m.name}
            </li>
          ))}
        </ul>
        {compare ? (
          <p className="legend-moved">
            <span className="card-flag card-moved">{t('app.board.movedLegendMark')}</span>{' '}
            {t('app.board.movedLegend', { name: compare.name })}
          </p>
        ) : null}
        <p className="selection-line" aria-live="polite">
          {selected ? (
            <>
              {t('app.board.selected', { count: selected })}{' '}
              <Button variant="ghost" onClick={() => store.getState().clearSelection()}>
                {t('app.board.clearSelection')}
              </Button>
            </>
          ) : (
            t('app.board.selectHint')
          )}
        </p>
      </div>
      <Board model={model} division={division} />
    </section>
  );
}
