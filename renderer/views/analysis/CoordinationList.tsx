import type { Project } from '../../../shared/model';
import type { CoherenceReport } from '../../../shared/analysis/coherenceReport';
import { useApp, useT } from '../../app/StoreContext';
import { formatNumber } from '../../i18n/format';
import type { Names } from '../../derived/names';
import { LinkDetails } from './LinkDetails';

/** The agreements the college must make: for each pair of holders, the split links between them, by name. */
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
  const locale = useApp((s) => s.locale);
  const pairs = [...report.coordination].sort((a, b) => b.weight - a.weight);
  return (
    <section aria-labelledby="coord-heading">
      <h3 id="coord-heading">{t('app.analysis.coordination')}</h3>
      <p className="explain">{t('app.analysis.coordinationExplain')}</p>
      {pairs.length === 0 ? (
        <p>{t('app.analysis.noCoordination')}</p>
      ) : (
        pairs.map((pair) => (
          <LinkDetails
            key={`${pair.a}|${pair.b}`}
            className="coord-pair"
            list={pair.links}
            figures={report}
            project={project}
            names={names}
            summary={
              <>
                <strong>
                  {names.portfolio(pair.a)} ↔ {names.portfolio(pair.b)}
                </strong>{' '}
                {t('app.analysis.pairFigures', { count: pair.count, weight: formatNumber(pair.weight, locale, 1) })}
              </>
            }
          />
        ))
      )}
    </section>
  );
}
