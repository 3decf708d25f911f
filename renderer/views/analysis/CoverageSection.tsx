import type { Division, Link, Project } from '../../../shared/model';
import type { CoherenceReport } from '../../../shared/analysis/coherenceReport';
import { useApp, useT } from '../../app/StoreContext';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { Names } from '../../derived/names';
import { LinkDetails } from './LinkDetails';
import { LinkCoverNote } from './LinkCoverNote';
import { arrangementRows, coverageHeadline } from './coverageModel';
import './coverage.css';

/**
 * The headline of the split: its weight and how much of it no arrangement covers, beside what arrangements cover
 * and what the coalition split on purpose ("Gesplitst: gewicht 14 · niet gedekt 9 (64%) · …").
 */
export function CoverageHeadline({ report }: { report: CoherenceReport }) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const h = coverageHeadline(report.coverage);
  const n = (x: number) => formatNumber(x, locale, 1);
  if (h.count === 0) return <p className="coverage-headline">{t('app.coverage.headlineNone')}</p>;
  return (
    <p
      className="coverage-headline"
      data-uncovered={h.uncovered}
      data-covered={h.covered}
      data-deliberate={h.deliberate}
    >
      <strong>
        {t('app.coverage.headline', {
          weight: n(h.weight),
          uncovered: n(h.uncovered),
          share: h.uncoveredShare === null ? '–' : formatPercent(h.uncoveredShare, locale, 0),
          covered: n(h.covered),
          deliberate: n(h.deliberate),
        })}
      </strong>
    </p>
  );
}

/**
 * The split links in three: not covered (what the college must still agree on; each can be marked deliberate),
 * covered per arrangement, and a pointer to the deliberate ones (listed apart with their reasons). Each line opens
 * onto its links, as every figure of the report does.
 */
export function CoverageLinks({
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
  const locale = useApp((s) => s.locale);
  const c = report.coverage;
  const extra = (l: Link) => <LinkCoverNote link={l} coverage={c} division={division} />;
  const rows = arrangementRows(division, c);
  const figures = (count: number, weight: number) =>
    t('app.analysis.pairFigures', { count, weight: formatNumber(weight, locale, 1) });
  return (
    <div className="coverage-links">
      <h4 className="figure-links-heading">{t('app.coverage.linksHeading')}</h4>
      <p className="explain">{t('app.coverage.explain')}</p>
      <LinkDetails
        className="figure-links uncovered-links"
        list={c.uncovered.links}
        figures={report}
        project={project}
        names={names}
        extra={extra}
        summary={
          <>
            <strong>{t('app.coverage.uncoveredLinks')}</strong> {figures(c.uncovered.count, c.uncovered.weight)}
          </>
        }
      />
      {rows.map((r) => (
        <LinkDetails
          key={r.arrangementId}
          className="figure-links covered-links"
          list={r.links}
          figures={report}
          project={project}
          names={names}
          extra={(l: Link) => <LinkCoverNote link={l} coverage={c} division={division} named={[r.arrangementId]} />}
          summary={
            <>
              <strong>{t('app.coverage.coveredBy', { name: r.name })}</strong>{' '}
              <span className="cell-sub-inline">
                {t(r.holderIds.length > 1 ? 'app.coverage.arrangementWho' : 'app.coverage.arrangementWhoAlone', {
                  kind: t(`app.coverage.kind.${r.kind}`),
                  lead: names.portfolio(r.holderIds[0]!),
                  others: r.holderIds.slice(1).map(names.portfolio).join(', '),
                })}
              </span>{' '}
              {figures(r.count, r.weight)}
            </>
          }
        />
      ))}
      {rows.length === 0 ? <p className="cell-sub">{t('app.coverage.noArrangements')}</p> : null}
      {c.deliberate.count ? (
        <p className="cell-sub">
          {t('app.coverage.deliberateApart', {
            count: c.deliberate.count,
            weight: formatNumber(c.deliberate.weight, locale, 1),
          })}
        </p>
      ) : null}
    </div>
  );
}
