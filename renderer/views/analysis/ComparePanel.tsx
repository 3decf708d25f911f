import { DataTable } from '../../components/DataTable';
import { useMemo } from 'react';
import type { Division, Project } from '../../../shared/model';
import type { ComparedFigure } from '../../../shared/analysis/compareDivisions';
import { useApp, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { useCompareDraft, useLevel } from '../../derived/useDraft';
import { compareRow } from './compareRows';

const SHOWN: ComparedFigure[] = [
  'cut',
  'cutCount',
  'cutShare',
  'crossDomainCut',
  'omgevingswetCut',
  'owSocialPhysicalCut',
  'modularity',
];

/** This draft against another: which goals moved, which links became split or joined, and every figure side by side. */
export function ComparePanel({ project, division }: { project: Project; division: Division }) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const derived = useDerived();
  const others = project.divisions.filter((d) => d.id !== division.id);
  const other = useCompareDraft();
  const level = useLevel();
  const cmp = other ? derived.compare(other.id, division.id) : null;
  const names = derived.names;
  const links = useMemo(() => new Map(project.links.map((l) => [l.id, l])), [project.links]);
  if (!others.length) return null;
  if (!other || !cmp)
    return (
      <section aria-labelledby="cmp-heading" className="compare no-print">
        <h3 id="cmp-heading">{t('app.compare.heading')}</h3>
        <p className="explain">{t('app.compare.none')}</p>
      </section>
    );

  const points = (value: string) => t('app.compare.points', { value });
  const linkText = (id: string) => {
    const l = links.get(id);
    return l ? `${names.node(l.source)} — ${names.node(l.target)}` : id;
  };
  const holder = (id: string | null) => (id ? names.portfolio(id) : t('app.divisions.none'));

  return (
    <section aria-labelledby="cmp-heading" className="compare">
      <h3 id="cmp-heading">
        {t('app.compare.heading')}
        <span className="print-only">: {other.name}</span>
      </h3>
      <DataTable
        caption={t('app.compare.heading')}
        columns={[
          { label: t('app.compare.figure') },
          { label: other.name, numeric: true },
          { label: division.name, numeric: true },
          { label: t('app.compare.change'), numeric: true },
          { label: t('app.compare.better') },
        ]}
        className="figures"
      >
        {SHOWN.map((figure) => {
          const c = cmp.figures[figure];
          const row = compareRow(figure, c.a, c.b, locale, points);
          const name = row.better === 'a' ? other.name : row.better === 'b' ? division.name : null;
          return (
            <tr key={figure}>
              <th scope="row">{t(`app.compareFigure.${figure}`)}</th>
              <td className="num">{row.a}</td>
              <td className="num">{row.b}</td>
              <td className="num">{row.delta}</td>
              <td>
                {name === null
                  ? t('app.compare.same')
                  : figure === 'modularity'
                    ? t('app.compare.keepsMore', { name })
                    : t('app.compare.splitsLess', { name })}
              </td>
            </tr>
          );
        })}
      </DataTable>
      {level === 'subject' ? (
        <>
          <details className="coord-pair" data-moved-subjects={cmp.subjectMoves.subjects.length}>
            <summary>{t('app.compare.movedSubjects', { count: cmp.subjectMoves.subjects.length })}</summary>
            <ul>
              {cmp.subjectMoves.subjects.map((m) => (
                <li key={m.subjectId}>
                  <strong>{names.subject(m.subjectId)}</strong>: {holder(m.from)} → {holder(m.to)}
                  <span className="cell-sub">
                    {m.goalIds.length
                      ? t('app.compare.withGoals', {
                          count: m.goalIds.length,
                          goals: m.goalIds.map(names.goal).join('; '),
                        })
                      : t('app.compare.noGoals')}
                  </span>
                </li>
              ))}
            </ul>
          </details>
          <details className="coord-pair" data-moved-goals={cmp.subjectMoves.goals.length}>
            <summary>{t('app.compare.movedApart', { count: cmp.subjectMoves.goals.length })}</summary>
            <ul>
              {cmp.subjectMoves.goals.map((m) => (
                <li key={m.goalId}>
                  {names.node(m.goalId)}: {holder(m.from)} → {holder(m.to)}
                </li>
              ))}
            </ul>
          </details>
        </>
      ) : (
        <details className="coord-pair">
          <summary>{t('app.compare.moved', { count: cmp.moved.length })}</summary>
          <ul>
            {cmp.moved.map((m) => (
              <li key={m.goalId}>
                {names.node(m.goalId)}: {holder(m.from)} → {holder(m.to)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <details className="coord-pair">
        <summary>{t('app.compare.newlySplit', { count: cmp.newlySplit.length })}</summary>
        <ul>
          {cmp.newlySplit.map((id) => (
            <li key={id}>{linkText(id)}</li>
          ))}
        </ul>
      </details>
      <details className="coord-pair">
        <summary>{t('app.compare.newlyJoined', { count: cmp.newlyJoined.length })}</summary>
        <ul>
          {cmp.newlyJoined.map((id) => (
            <li key={id}>{linkText(id)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
