import { DataTable } from '../../components/DataTable';
import { useMemo, useState } from 'react';
import type { Division, Project } from '../../../shared/model';
import { compareDivisions, type ComparedFigure } from '../../../shared/analysis/compareDivisions';
import { useApp, useT } from '../../app/StoreContext';
import { formatNumber, formatPercent } from '../../i18n/format';
import { graphOf, namesOf } from './viewModel';

const SHOWN: { figure: ComparedFigure; share?: boolean }[] = [
  { figure: 'cut' },
  { figure: 'cutCount' },
  { figure: 'cutShare', share: true },
  { figure: 'crossDomainCut' },
  { figure: 'omgevingswetCut' },
  { figure: 'owSocialPhysicalCut' },
  { figure: 'modularity' },
];

/** This draft against another: which goals moved, which links became split or joined, and every figure side by side. */
export function ComparePanel({ project, division }: { project: Project; division: Division }) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const others = project.divisions.filter((d) => d.id !== division.id);
  const [otherId, setOtherId] = useState(others[0]?.id ?? '');
  const other = others.find((d) => d.id === otherId) ?? others[0];
  // Cheap at project size (one pass over links); the graph itself is memoised per project version.
  const cmp = other ? compareDivisions(project, other.id, division.id, graphOf(project)) : null;
  const names = useMemo(() => namesOf(project), [project]);
  const links = useMemo(() => new Map(project.links.map((l) => [l.id, l])), [project.links]);
  if (!other || !cmp) return null;

  const value = (v: number | null, share?: boolean) =>
    v === null ? '–' : share ? formatPercent(v, locale) : formatNumber(v, locale, 2);
  const delta = (v: number | null, share?: boolean) =>
    v === null
      ? '–'
      : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${share ? formatPercent(Math.abs(v), locale) : formatNumber(Math.abs(v), locale, 2)}`;
  const linkText = (id: string) => {
    const l = links.get(id);
    return l ? `${names.goal(l.source)} — ${names.goal(l.target)}` : id;
  };
  const holder = (id: string | null) => (id ? names.portfolio(id) : t('app.divisions.none'));

  return (
    <section aria-labelledby="cmp-heading" className="compare">
      <h3 id="cmp-heading">
        {t('app.compare.heading')}
        <span className="print-only">: {other.name}</span>
      </h3>
      <label className="inline-field no-print">
        {t('app.compare.with')}{' '}
        <select value={other.id} onChange={(e) => setOtherId(e.target.value)}>
          {others.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <DataTable
        caption={t('app.compare.heading')}
        columns={[
          { label: t('app.compare.figure') },
          { label: other.name, numeric: true },
          { label: division.name, numeric: true },
          { label: t('app.compare.change'), numeric: true },
        ]}
        className="figures"
      >
        {SHOWN.map(({ figure, share }) => {
          const c = cmp.figures[figure];
          return (
            <tr key={figure}>
              <th scope="row">{t(`app.compareFigure.${figure}`)}</th>
              <td className="num">{value(c.a, share)}</td>
              <td className="num">{value(c.b, share)}</td>
              <td className="num">{delta(c.delta, share)}</td>
            </tr>
          );
        })}
      </DataTable>
      <details className="coord-pair">
        <summary>{t('app.compare.moved', { count: cmp.moved.length })}</summary>
        <ul>
          {cmp.moved.map((m) => (
            <li key={m.goalId}>
              {names.goal(m.goalId)}: {holder(m.from)} → {holder(m.to)}
            </li>
          ))}
        </ul>
      </details>
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
