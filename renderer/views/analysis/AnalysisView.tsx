import { DataTable } from '../../components/DataTable';
import { useApp, useT } from '../../app/StoreContext';
import { formatDateTime, formatFixed, formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import { CoordinationList } from './CoordinationList';
import { LinkDetails } from './LinkDetails';
import { SubjectSplitTies } from './SplitTiesList';
import { OptimiserPanel } from './OptimiserPanel';
import { BalanceFitNotice } from './BalanceFitNotice';
import { SuggestionsPanel } from './SuggestionsPanel';
import { ComparePanel } from './ComparePanel';
import { CoverageHeadline, CoverageLinks } from './CoverageSection';
import { DeliberateList } from './DeliberateList';
import { useDerived } from '../../derived/useDerived';
import { useChosenDraft } from '../../derived/useDraft';
import type { CutFigures } from '../../../shared/analysis/divisionFigures';

/**
 * The coherence report of one draft, beside the classic split. Every figure names the links or goals behind it,
 * because a split can be deliberate: the report explains, it does not judge.
 */
export function AnalysisView() {
  const t = useT();
  const project = useApp((s) => s.project)!;
  const locale = useApp((s) => s.locale);
  const division = useChosenDraft();
  const derived = useDerived();
  const report = division ? derived.report(division.id) : null;
  const names = derived.names;

  if (!division || !report) return <p className="empty">{t('app.analysis.noDivision')}</p>;
  const pct = (f: CutFigures) => (f.share === null ? '–' : formatPercent(f.share, locale));
  const rows: { key: 'cut' | 'crossDomain' | 'omgevingswet'; label: string }[] = [
    { key: 'cut', label: t('app.analysis.allLinks') },
    { key: 'crossDomain', label: t('app.analysis.crossDomain') },
    { key: 'omgevingswet', label: t('app.analysis.owLinks') },
  ];

  return (
    <article className="report" aria-labelledby="report-heading">
      <p className="print-only">
        {t('app.analysis.printedOn', { project: project.name, date: formatDateTime(new Date().toISOString(), locale) })}
      </p>
      <header className="report-head">
        <h2 id="report-heading">{t('app.analysis.heading', { name: division.name })}</h2>
        <p className="lead">
          {project.municipality ? `${project.municipality} · ` : ''}
          {t('app.analysis.summary', {
            goals: report.goalCount,
            links: report.linkCount,
            portfolios: division.portfolioIds.length,
          })}
        </p>
      </header>

      <section aria-labelledby="cut-heading">
        <h3 id="cut-heading">{t('app.analysis.splitHeading')}</h3>
        <CoverageHeadline report={report} />
        <p className="explain">{t('app.analysis.splitExplain')}</p>
        <DataTable
          caption={t('app.analysis.splitHeading')}
          columns={[
            { label: t('app.analysis.linkClass') },
            { label: t('app.analysis.splitCount'), numeric: true },
            { label: t('app.analysis.splitWeight'), numeric: true },
            { label: t('app.analysis.share'), numeric: true },
            { label: t('app.analysis.classicShare'), numeric: true },
          ]}
          className="figures"
        >
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="num">
                {t('app.analysis.countOf', { count: report[r.key].cutCount, total: report[r.key].totalCount })}
              </td>
              <td className="num">{formatNumber(report[r.key].cut, locale, 1)}</td>
              <td className="num strong">{pct(report[r.key])}</td>
              <td className="num">{pct(report.baseline[r.key])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('app.analysis.owSocialPhysical')}</th>
            <td className="num">{report.owSocialPhysical.count}</td>
            <td className="num">{formatNumber(report.owSocialPhysical.weight, locale, 1)}</td>
            <td className="num">–</td>
            {/* A count where the rows above have a share: the unit says so. */}
            <td className="num">{t('app.analysis.classicCount', { count: report.baseline.owSocialPhysical.count })}</td>
          </tr>
        </DataTable>
        <p className="explain">{t('app.analysis.classicExplain')}</p>
        <h4 className="figure-links-heading">{t('app.analysis.whichLinks')}</h4>
        <p className="explain">{t('app.analysis.whichLinksExplain')}</p>
        <div className="figure-links-group">
          {[
            ...rows.map((r) => ({ key: r.key, label: r.label, list: report[r.key].splitLinks })),
            {
              key: 'owSocialPhysical',
              label: t('app.analysis.owSocialPhysical'),
              list: report.owSocialPhysical.links,
            },
          ].map((r) => (
            <LinkDetails
              key={r.key}
              className="figure-links"
              list={r.list}
              figures={report}
              project={project}
              names={names}
              summary={t('app.analysis.linksOf', { label: r.label, count: r.list.length })}
            />
          ))}
        </div>
        <CoverageLinks report={report} project={project} division={division} names={names} />
        <SubjectSplitTies report={report} project={project} names={names} />
        <p className="explain">
          {t('app.analysis.modularity', {
            value: formatFixed(report.modularity, locale, 2),
            classic: formatFixed(report.baseline.modularity, locale, 2),
          })}
        </p>
      </section>

      {report.cut.cutCount || division.deliberate.length ? (
        <DeliberateList report={report} project={project} division={division} names={names} />
      ) : null}

      {report.warnings.length ? (
        <section aria-labelledby="warn-heading">
          <h3 id="warn-heading">{t('app.analysis.warnings')}</h3>
          <ul className="warnings">
            {report.warnings.map((w) => (
              <li key={w.code}>
                <strong>{t(`app.warning.${w.code}`, { count: w.goalIds.length || w.portfolioIds.length })}</strong>{' '}
                {[
                  ...w.goalIds.map(names.goal),
                  ...(w.code === 'emptyPortfolios' ? w.portfolioIds.map(names.portfolio) : []),
                ].join(', ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="pf-fig-heading">
        <h3 id="pf-fig-heading">{t('app.analysis.perPortfolio')}</h3>
        <DataTable
          caption={t('app.analysis.perPortfolio')}
          columns={[
            { label: t('app.divisions.holder') },
            { label: t('app.home.goals'), numeric: true },
            { label: t('app.goal.budget'), numeric: true },
            { label: t('app.analysis.internal'), numeric: true },
            { label: t('app.analysis.external'), numeric: true },
            { label: t('app.analysis.cohesion'), numeric: true },
            { label: t('app.analysis.domains') },
          ]}
          className="figures"
        >
          {report.portfolios.map((p) => (
            <tr key={p.portfolioId}>
              <th scope="row">
                <span className="swatch" style={{ background: names.colour(p.portfolioId) }} aria-hidden="true" />
                {names.portfolio(p.portfolioId)}
              </th>
              <td className="num">{p.goals}</td>
              <td className="num">
                {formatMoney(p.budget, locale)}
                {p.budgetUnknown ? (
                  <span className="cell-sub">{t('app.analysis.budgetUnknown', { count: p.budgetUnknown })}</span>
                ) : null}
              </td>
              <td className="num">{formatNumber(p.internal, locale, 1)}</td>
              <td className="num">{formatNumber(p.external, locale, 1)}</td>
              <td className="num">{p.cohesion === null ? '–' : formatPercent(p.cohesion, locale, 0)}</td>
              <td>
                {p.domains
                  .map((d) => `${project.domains.find((x) => x.id === d.domainId)?.name ?? d.domainId} (${d.goals})`)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </DataTable>
        <p className="explain">{t('app.analysis.internalExplain')}</p>
      </section>

      <CoordinationList report={report} project={project} names={names} />

      {report.bridging?.length ? (
        <section aria-labelledby="bridge-heading">
          <h3 id="bridge-heading">{t('app.analysis.bridging')}</h3>
          <p className="explain">{t('app.analysis.bridgingExplain')}</p>
          <ol className="bridging">
            {report.bridging.map((b) => (
              <li key={b.goalId}>
                {names.goal(b.goalId)} — {b.portfolioId ? names.portfolio(b.portfolioId) : t('app.divisions.none')}
                <span className="cell-sub">
                  {t('app.analysis.participation', { value: formatPercent(b.participation, locale, 0) })}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <SuggestionsPanel project={project} division={division} />

      {project.divisions.length > 1 ? <ComparePanel project={project} division={division} /> : null}

      <BalanceFitNotice project={project} division={division} />
      <OptimiserPanel key={division.id} project={project} division={division} cutBefore={report.cut.cut} />
    </article>
  );
}
