import { useMemo } from 'react';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { BalanceControls } from '../../components/BalanceControls';
import { Button } from '../../components/Button';
import { useDerived } from '../../derived/useDerived';
import { useChosenDraft, useCompareDraft, useLevel } from '../../derived/useDraft';
import { FiguresStrip } from '../figures/FiguresStrip';
import { BalanceFitNotice } from '../analysis/BalanceFitNotice';
import { Board } from './Board';
import { domainMarks } from './domainMarks';
import './board.css';
import './boardSubjects.css';

/**
 * The portfolio board (tab "Bord"): one column per holder of the chosen draft and a tray of what nobody holds; drag
 * a card (or a selection of cards) to give it to another holder, and watch the figures above change. At subject
 * level (the header's switch) the cards are subjects, whose goals go with them, and the goals standing apart.
 */
export function BoardView() {
  const t = useT();
  const store = useAppStore();
  const division = useChosenDraft();
  const compare = useCompareDraft();
  const derived = useDerived();
  const project = useApp((s) => s.project!);
  const domains = project.domains;
  const selected = useApp((s) => s.selection.length);
  const marks = useMemo(() => [...domainMarks(domains).values()], [domains]);
  const level = useLevel();
  const model = division ? derived.board(division.id, level) : null;
  if (!division || !model) return <p className="empty">{t('app.board.noDivision')}</p>;
  const subjects = model.level === 'subject';

  return (
    <section className="board-view" aria-labelledby="board-heading">
      <div className="view-head">
        <h2 id="board-heading">{t('app.board.heading', { name: division.name })}</h2>
        <div className="toolbar board-tools">
          <BalanceControls />
        </div>
      </div>
      <p className="explain board-help">{t(subjects ? 'app.board.helpSubjects' : 'app.board.help')}</p>
      <BalanceFitNotice project={project} division={division} />
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
        {subjects ? (
          <ul className="legend-kinds" aria-label={t('app.board.kindsLegend')}>
            <li>
              <span className="legend-card legend-subject" aria-hidden="true" /> {t('app.board.legendSubject')}
            </li>
            <li>
              <span className="legend-card legend-ref" aria-hidden="true" /> {t('app.board.legendShared')}
            </li>
            <li>
              <span className="card-flag card-exception">{t('app.board.legendExceptionMark')}</span>{' '}
              {t('app.board.legendException')}
            </li>
          </ul>
        ) : null}
        {compare ? (
          <p className="legend-moved">
            <span className="card-flag card-moved">{t('app.board.movedLegendMark')}</span>{' '}
            {t('app.board.movedLegend', { name: compare.name })}
          </p>
        ) : null}
        <p className="selection-line" aria-live="polite">
          {selected ? (
            <>
              {t(subjects ? 'app.board.selectedItems' : 'app.board.selected', { count: selected })}{' '}
              <Button variant="ghost" onClick={() => store.getState().clearSelection()}>
                {t('app.board.clearSelection')}
              </Button>
            </>
          ) : (
            t(subjects ? 'app.board.selectHintSubjects' : 'app.board.selectHint')
          )}
        </p>
      </div>
      <Board model={model} division={division} />
    </section>
  );
}
