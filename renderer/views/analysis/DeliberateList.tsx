import type { Division, Link, Project } from '../../../shared/model';
import type { CoherenceReport } from '../../../shared/analysis/coherenceReport';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { formatNumber } from '../../i18n/format';
import type { Names } from '../../derived/names';
import { dispatch } from '../../store/commands/dispatch';
import { removeDeliberateSplit } from '../../store/commands/coalitionCommands';
import { LinkDetails } from './LinkDetails';
import { LinkCoverNote } from './LinkCoverNote';
import { deliberateRows } from './coverageModel';
import './coverage.css';

/**
 * The splits the coalition made on purpose, apart from the problems: each pair with its reason, the split links it
 * names (opening onto them) and the action that takes the mark away (one undo step). A split the draft no longer
 * makes (both ends now with one holder) says so.
 */
export function DeliberateList({
  report,
  project,
  division,
  names,
}: {
  report: CoherenceReport;
  project: Project;
  division: Division;
  names: Names;
}) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const rows = deliberateRows(division, report.coverage);
  const extra = (l: Link) => <LinkCoverNote link={l} coverage={report.coverage} division={division} action={false} />;
  return (
    <section aria-labelledby="deliberate-heading" className="deliberate-list">
      <h3 id="deliberate-heading">{t('app.deliberate.heading')}</h3>
      <p className="explain">{t('app.deliberate.explain')}</p>
      {rows.length === 0 ? (
        <p className="cell-sub">{t('app.deliberate.none')}</p>
      ) : (
        <ul className="deliberate-rows">
          {rows.map((r) => {
            const pair = `${names.node(r.a)} ↔ ${names.node(r.b)}`;
            return (
              <li key={r.splitId} data-split={r.splitId}>
                <div className="deliberate-row-head">
                  <span>
                    <strong>{pair}</strong>{' '}
                    <span className="cell-sub-inline">
                      {t('app.analysis.pairFigures', { count: r.count, weight: formatNumber(r.weight, locale, 1) })}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="btn btn-secondary"
                    aria-label={`${t('app.deliberate.unmark')}: ${pair}`}
                    onClick={() => dispatch(store, removeDeliberateSplit, { divisionId: division.id, id: r.splitId })}
                  >
                    {t('app.deliberate.unmark')}
                  </button>
                </div>
                <p className="deliberate-reason">{t('app.deliberate.reasonIs', { reason: r.reason })}</p>
                {!r.apart ? <p className="warning-line">{t('app.deliberate.notApart')}</p> : null}
                {r.count ? (
                  <LinkDetails
                    className="figure-links"
                    summary={t('app.deliberate.linksOf', { count: r.count })}
                    list={r.links}
                    figures={report}
                    project={project}
                    names={names}
                    extra={extra}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
