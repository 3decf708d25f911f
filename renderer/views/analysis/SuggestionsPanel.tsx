import { useMemo } from 'react';
import type { Division, Project } from '../../../shared/model';
import { suggestMoves, type MoveSuggestion } from '../../../shared/analysis/suggestMoves';
import { movePlacement } from '../../../shared/analysis/placementProblem';
import { BalanceControls } from '../../components/BalanceControls';
import { dispatch } from '../../store/commands/dispatch';
import { setPlacement } from '../../store/commands/divisionCommands';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import type { Names } from '../../derived/names';
import { formatNumber } from '../../i18n/format';
import { useDraftLoads } from '../../components/useDraftLoads';
import { MoveLinkDetails } from './MoveLinks';
import { bandsKey, suggestionBands } from './suggestionBands';
import { SwapSuggestions } from './SwapSuggestions';
import { MoveLevelSwitch, useMoveLevel } from './MoveLevelSwitch';
import { ArrangementProposals } from './ArrangementProposals';

/**
 * Single moves that lower the split weight within the balance band (per holder under a balance kind other than the
 * equal share: `suggestionBands`): of a whole subject with its goals (the default when the project has subjects) or
 * of one goal; then swaps of two (`SwapSuggestions`). Each says what it brings together and what it splits, link by
 * link; applying one is one undo step.
 */
export function SuggestionsPanel({ project, division }: { project: Project; division: Division }) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const balance = useApp((s) => s.balance);
  const level = useMoveLevel();
  const derived = useDerived();
  const loads = useDraftLoads(project, division);
  const bands = useMemo(() => (loads ? suggestionBands(loads, balance) : undefined), [loads, balance]);
  const result = derived.memo(
    `suggest|${division.id}|${balance.by}|${balance.tolerance}|${level}|${bandsKey(bands)}`,
    () =>
      suggestMoves(
        derived.project,
        division.id,
        { balance: balance.by, tolerance: balance.tolerance, limit: 8, level, bands },
        derived.graph,
      ),
  );
  const subjectNames = useMemo(() => new Map(project.subjects.map((s) => [s.id, s.name])), [project.subjects]);
  // Link ends and suggested nodes may be subjects: their names, not their ids.
  const names: Names = useMemo(
    () => ({ ...derived.names, goal: (id) => subjectNames.get(id) ?? derived.names.goal(id) }),
    [derived.names, subjectNames],
  );
  const reason = result.reason ?? 'noImprovingMove';
  const reasonKey =
    level === 'subject' && (reason === 'allLocked' || reason === 'noImprovingMove')
      ? (`app.noSuggestion.${reason}Subjects` as const)
      : (`app.noSuggestion.${reason}` as const);

  const apply = (s: MoveSuggestion) => {
    const nodeId = 'subjectId' in s ? s.subjectId : s.goalId;
    const placement = movePlacement(derived.graph, division, level, nodeId, s.to);
    if (placement) dispatch(store, setPlacement, { divisionId: division.id, placement });
  };

  return (
    <section aria-labelledby="sugg-heading" className="no-print">
      <h3 id="sugg-heading">{t('app.analysis.suggestions')}</h3>
      <div className="toolbar">
        <BalanceControls />
        <MoveLevelSwitch name="suggestion-level" />
      </div>
      {level === 'subject' ? <p className="explain">{t('app.analysis.moveLevelExplain')}</p> : null}
      {result.suggestions.length === 0 ? (
        <p className="explain">{t(reasonKey)}</p>
      ) : (
        <ul className="suggestions">
          {result.suggestions.map((s) => {
            const from = names.portfolio(s.from);
            const to = names.portfolio(s.to);
            const nodeId = 'subjectId' in s ? s.subjectId : s.goalId;
            return (
              <li key={`${nodeId}-${s.to}`}>
                <span>
                  {'subjectId' in s
                    ? t('app.analysis.moveSubject', {
                        subject: names.goal(s.subjectId),
                        count: s.goalIds.length,
                        from,
                        to,
                      })
                    : t('app.analysis.move', { goal: names.goal(s.goalId), from, to })}{' '}
                  <span className="cell-sub">
                    {t('app.analysis.moveEffect', {
                      before: formatNumber(s.cutBefore, locale, 1),
                      after: formatNumber(s.cutAfter, locale, 1),
                      joined: s.becomeInternal.length,
                      split: s.becomeSplit.length,
                    })}
                  </span>
                  {'subjectId' in s ? (
                    <MoveLinkDetails joined={s.becomeInternal} split={s.becomeSplit} project={project} names={names} />
                  ) : null}
                </span>
                <button type="button" className="btn btn-secondary" onClick={() => apply(s)}>
                  {t('app.analysis.apply')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <SwapSuggestions division={division} level={level} names={names} bands={bands} />
      <ArrangementProposals division={division} noMove={result.suggestions.length === 0} />
    </section>
  );
}
