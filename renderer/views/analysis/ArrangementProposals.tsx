import type { Division } from '../../../shared/model';
import { divisionParts } from '../../../shared/analysis/compactGraph';
import { suggestArrangements, type ArrangementProposal } from '../../../shared/coalition/suggestArrangements';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { formatNumber } from '../../i18n/format';
import { dispatch } from '../../store/commands/dispatch';
import { addArrangement } from '../../store/commands/coalitionCommands';
import { arrangementName, proposalArrangement, proposalWords } from './proposalModel';
import './coverage.css';

/** How many arrangements are proposed at most. */
const LIMIT = 4;

/**
 * "Of een afspraak": instead of moving goals, a coördinerend wethouder for the subjects whose split links are not
 * covered yet, with how many split links and how much weight it would cover. Adding one is one undo step; the name
 * is filled in and can be changed in the Coalitie view. Stressed when no move fits the balance.
 */
export function ArrangementProposals({ division, noMove }: { division: Division; noMove: boolean }) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const derived = useDerived();
  const report = derived.report(division.id);
  const proposals = derived.memo(`arrangementProposals|${division.id}|${LIMIT}`, () =>
    report
      ? suggestArrangements(derived.graph, divisionParts(derived.graph, division), division, report.coverage, LIMIT)
      : [],
  );
  if (!report || report.coverage.uncovered.count === 0) return null;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const sentence = (p: ArrangementProposal) => {
    const w = proposalWords(p, derived.names);
    const scope = [...w.scope, ...(w.more ? [t('app.proposal.more', { count: w.more })] : [])];
    return {
      text: t(w.holders.length ? 'app.proposal.text' : 'app.proposal.textAlone', {
        lead: w.lead,
        scope: list.format(scope),
        holders: list.format(w.holders),
        count: p.count,
        weight: formatNumber(p.weight, locale, 1),
      }),
    };
  };
  const add = (p: ArrangementProposal) => {
    const w = proposalWords(p, derived.names);
    dispatch(store, addArrangement, {
      divisionId: division.id,
      input: proposalArrangement(
        p,
        arrangementName(w, t('app.proposal.namePrefix'), (count) => t('app.proposal.nameMore', { count })),
      ),
    });
  };
  return (
    <div className="arrangement-proposals-block">
      <h4 id="proposal-heading">{t('app.proposal.heading')}</h4>
      <p className="explain">{t(noMove ? 'app.proposal.explainNoMove' : 'app.proposal.explain')}</p>
      {proposals.length === 0 ? (
        <p className="cell-sub">{t('app.proposal.none')}</p>
      ) : (
        <ul className="arrangement-proposals">
          {proposals.map((p, i) => {
            const s = sentence(p);
            return (
              <li key={`${p.leadId}|${p.subjectIds.join(',')}|${p.goalIds.join(',')}`}>
                <span id={`proposal-${i}`}>{s.text}</span>
                <button
                  type="button"
                  className="btn btn-secondary"
                  aria-describedby={`proposal-${i}`}
                  onClick={() => add(p)}
                >
                  {t('app.proposal.add')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
