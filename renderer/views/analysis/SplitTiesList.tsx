import type { ReactNode } from 'react';
import type { Link, Project } from '../../../shared/model';
import type { DivisionFigures } from '../../../shared/analysis/divisionFigures';
import type { CoherenceReport } from '../../../shared/analysis/coherenceReport';
import { useDerived } from '../../derived/useDerived';
import { useLevel } from '../../derived/useDraft';
import { useApp, useT } from '../../app/StoreContext';
import { formatNumber } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import type { Names } from '../../derived/names';
import { LinkDetails } from './LinkDetails';
import { splitTieRows, type TieEnd, type TieRow } from './levelReportModel';
import './levelReport.css';

/** A tie's end in words: a subject by name, a goal by title, an exception always called one. */
export function tieEndName(end: TieEnd, names: Names, t: Translate): string {
  const name = names.node(end.id);
  if (end.apart?.reason === 'exception')
    return `${name} (${t('app.map.exceptionNote', { subject: names.subject(end.apart.subjectId) })})`;
  return name;
}

/** One split tie as a disclosure: the two nodes with their holders and figures, the goal-level links underneath. */
export function TieDetails({
  tie,
  figures,
  project,
  names,
  holders = true,
  extra,
}: {
  tie: TieRow;
  /** Name the two holders (left out inside an agenda pair, which names them already). */
  holders?: boolean;
  /** After each goal-level link: what covers it (see LinkDetails). */
  extra?: (link: Link) => ReactNode;
  figures: Pick<DivisionFigures, 'linkIds'>;
  project: Project;
  names: Names;
}) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const holder = (id: string | null) => (id ? names.portfolio(id) : t('app.divisions.none'));
  return (
    <LinkDetails
      className="tie-pair"
      list={tie.links}
      extra={extra}
      figures={figures}
      project={project}
      names={names}
      summary={
        <>
          <strong>
            {tieEndName(tie.a, names, t)} ↔ {tieEndName(tie.b, names, t)}
          </strong>{' '}
          {holders ? (
            <span className="tie-holders">
              {holder(tie.a.holderId)} ↔ {holder(tie.b.holderId)}
            </span>
          ) : null}{' '}
          {t('app.analysis.pairFigures', { count: tie.count, weight: formatNumber(tie.weight, locale, 1) })}
        </>
      }
    />
  );
}

/**
 * At subject level, the split links grouped by the pair of subjects (or loose goals) they run between, heaviest
 * first, each opening onto its goal-level links; the line above says they add up to the split weight.
 */
export function SplitTiesList({
  ties,
  figures,
  project,
  names,
}: {
  ties: readonly TieRow[];
  figures: Pick<DivisionFigures, 'linkIds'> & { cut: { cut: number; cutCount: number } };
  project: Project;
  names: Names;
}) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const weight = ties.reduce((s, x) => s + x.weight, 0);
  const links = ties.reduce((s, x) => s + x.count, 0);
  return (
    <div className="split-ties" data-ties={ties.length} data-weight={weight} data-links={links}>
      <h4 className="figure-links-heading">{t('app.analysis.tiesHeading')}</h4>
      <p className="explain">
        {t('app.analysis.tiesExplain', {
          count: ties.length,
          links,
          weight: formatNumber(weight, locale, 1),
        })}
      </p>
      {ties.map((tie) => (
        <TieDetails key={tie.key} tie={tie} figures={figures} project={project} names={names} />
      ))}
    </div>
  );
}

/** The split ties of the report's draft when the header shows subjects; nothing at goal level. */
export function SubjectSplitTies({
  report,
  project,
  names,
}: {
  report: CoherenceReport;
  project: Project;
  names: Names;
}) {
  const derived = useDerived();
  const level = useLevel();
  const division = project.divisions.find((d) => d.id === report.divisionId);
  const subjectLevel = level === 'subject' && division ? derived.level(division.id) : null;
  if (!subjectLevel || !division) return null;
  const ties = derived.memo(`ties|${division.id}`, () => splitTieRows(derived.graph, subjectLevel, division));
  return <SplitTiesList ties={ties} figures={report} project={project} names={names} />;
}
