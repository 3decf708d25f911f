import { useState } from 'react';
import type { Division, Link, Project } from '../../../shared/model';
import type { CoherenceReport } from '../../../shared/analysis/coherenceReport';
import { useApp, useT } from '../../app/StoreContext';
import { formatNumber } from '../../i18n/format';
import type { Names } from '../../derived/names';
import { useDerived } from '../../derived/useDerived';
import { useLevel } from '../../derived/useDraft';
import { LinkItems } from './LinkDetails';
import { TieDetails } from './SplitTiesList';
import { agendaRows, splitTieRows, type AgendaRow } from './levelReportModel';
import { LinkCoverNote } from './LinkCoverNote';
import { PairCoverTag } from './PairCoverTag';

/**
 * The agreements the college must make (`report.agenda`): for each pair of holders, the links the draft splits
 * between them and the links of subjects they share, heaviest first. A pair that a shared subject brings onto the
 * agenda says which ("gedeeld onderwerp: Wonen"). At subject level the split links are grouped by subject pair.
 */
export function CoordinationList({
  report,
  project,
  names,
}: {
  report: CoherenceReport;
  project: Project;
  names: Names;
}) {
  const t = useT();
  const derived = useDerived();
  const level = useLevel();
  const division = project.divisions.find((d) => d.id === report.divisionId);
  const subjectLevel = level === 'subject' && division ? derived.level(division.id) : null;
  const rows = derived.memo(`agenda|${report.divisionId}|${subjectLevel ? 'subject' : 'goal'}`, () =>
    agendaRows(report, subjectLevel && division ? splitTieRows(derived.graph, subjectLevel, division) : null),
  );
  return (
    <section aria-labelledby="coord-heading">
      <h3 id="coord-heading">{t('app.analysis.coordination')}</h3>
      <p className="explain">
        {t(report.sharedSubjects.length ? 'app.analysis.agendaExplain' : 'app.analysis.coordinationExplain')}
      </p>
      {rows.length === 0 ? (
        <p>{t('app.analysis.noCoordination')}</p>
      ) : (
        rows.map((row) => (
          <AgendaPair
            key={`${row.a}|${row.b}`}
            row={row}
            report={report}
            project={project}
            names={names}
            division={division}
          />
        ))
      )}
    </section>
  );
}

function AgendaPair({
  row,
  report,
  project,
  names,
  division,
}: {
  row: AgendaRow;
  report: CoherenceReport;
  project: Project;
  names: Names;
  division: Division | undefined;
}) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const [open, setOpen] = useState(false);
  const shared = row.sharedSubjectIds.map(names.subject).join(', ');
  // Each split link says whether an arrangement covers it, and can be marked deliberate.
  const extra = division
    ? (l: Link) => (
        <LinkCoverNote link={l} coverage={report.coverage} division={division} named={row.cover.arrangementIds} />
      )
    : undefined;
  // Without shared links, ties or deliberate splits the pair opens straight onto its split links, as it always did.
  const plain = !row.sharedLinks.length && !row.ties && !row.deliberateLinks.length;
  return (
    <details className="coord-pair" data-pair={`${row.a}|${row.b}`} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <strong>
          {names.portfolio(row.a)} ↔ {names.portfolio(row.b)}
        </strong>{' '}
        {t('app.analysis.pairFigures', { count: row.count, weight: formatNumber(row.weight, locale, 1) })}
        {shared ? <span className="agenda-shared">{t('app.analysis.sharedSubject', { subjects: shared })}</span> : null}
        <PairCoverTag cover={row.cover} division={division} />
      </summary>
      {!open ? null : plain ? (
        <LinkItems list={row.splitLinks} figures={report} project={project} names={names} extra={extra} />
      ) : (
        <>
          <p className="agenda-part">
            {t(row.ties ? 'app.analysis.agendaSplitTies' : 'app.analysis.agendaSplit', {
              count: row.ties ? row.splitLinks.length : row.agreedLinks.length,
            })}
          </p>
          {row.ties ? (
            <div className="agenda-ties">
              {row.ties.length === 0 ? <p className="cell-sub">{t('app.analysis.noLinks')}</p> : null}
              {row.ties.map((tie) => (
                <TieDetails
                  key={tie.key}
                  tie={tie}
                  figures={report}
                  project={project}
                  names={names}
                  holders={false}
                  extra={extra}
                />
              ))}
            </div>
          ) : (
            <LinkItems list={row.agreedLinks} figures={report} project={project} names={names} extra={extra} />
          )}
          {row.deliberateLinks.length && !row.ties ? (
            <>
              <p className="agenda-part">{t('app.coverage.agendaDeliberate', { count: row.deliberateLinks.length })}</p>
              <LinkItems list={row.deliberateLinks} figures={report} project={project} names={names} extra={extra} />
            </>
          ) : null}
          {row.sharedLinks.length ? (
            <>
              <p className="agenda-part">
                {t('app.analysis.agendaShared', { count: row.sharedLinks.length, subjects: shared })}
              </p>
              <LinkItems list={row.sharedLinks} figures={report} project={project} names={names} />
            </>
          ) : null}
        </>
      )}
    </details>
  );
}
