import type { Division } from '../../../shared/model';
import type { MoveLevel } from '../../../shared/analysis/placementProblem';
import { suggestSwaps, swapNodeId, type SwapSide, type SwapSuggestion } from '../../../shared/analysis/suggestSwaps';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import type { Names } from '../../derived/names';
import { formatNumber } from '../../i18n/format';
import { applySwap } from './applySwap';
import { MoveLinkDetails } from './MoveLinks';
import { bandsKey, type SuggestionBands } from './suggestionBands';

/**
 * Swaps beside the single moves: two holders each hand over one subject or goal, when that gains more than moving
 * either alone (also where the band allows no single move). Each says what it brings together and what it splits;
 * applying one is one undo step. Nothing shows when there is no such swap.
 */
export function SwapSuggestions({
  division,
  level,
  names,
  bands,
}: {
  division: Division;
  level: MoveLevel;
  names: Names;
  bands: SuggestionBands | undefined;
}) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const { by, tolerance } = useApp((s) => s.balance);
  const derived = useDerived();
  const project = derived.project;
  const result = derived.memo(`swaps|${division.id}|${by}|${tolerance}|${level}|${bandsKey(bands)}`, () =>
    suggestSwaps(project, division.id, { balance: by, tolerance, limit: 5, level, bands }, derived.graph),
  );
  if (result.swaps.length === 0) return null;

  const node = (s: SwapSide) =>
    'subjectId' in s
      ? t('app.analysis.swapSubject', { subject: names.goal(s.subjectId), count: s.goalIds.length })
      : t('app.analysis.swapGoal', { goal: names.goal(s.goalId) });
  const key = (s: SwapSuggestion) => `${swapNodeId(s.a)}-${swapNodeId(s.b)}`;

  return (
    <div className="swap-suggestions">
      <h4 id="swap-heading">{t('app.analysis.swaps')}</h4>
      <p className="explain">{t('app.analysis.swapsExplain')}</p>
      <ul className="suggestions swap-list" aria-labelledby="swap-heading">
        {result.swaps.map((s) => (
          <li key={key(s)}>
            <span>
              {t('app.analysis.swap', {
                a: node(s.a),
                aFrom: names.portfolio(s.a.from),
                b: node(s.b),
                bFrom: names.portfolio(s.b.from),
              })}{' '}
              <span className="cell-sub">
                {t('app.analysis.swapEffect', {
                  drop: formatNumber(s.cutBefore - s.cutAfter, locale, 1),
                  before: formatNumber(s.cutBefore, locale, 1),
                  after: formatNumber(s.cutAfter, locale, 1),
                  joined: s.becomeInternal.length,
                  split: s.becomeSplit.length,
                })}
              </span>
              <MoveLinkDetails joined={s.becomeInternal} split={s.becomeSplit} project={project} names={names} />
            </span>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => applySwap(store, derived.graph, division, level, s)}
            >
              {t('app.analysis.apply')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
