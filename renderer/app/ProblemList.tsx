import type { Problem, Project } from '../../shared/model';
import { formatPath } from '../../shared/io/formatPath';
import { hasMessage, type Translate } from '../i18n/translate';
import { useApp } from './StoreContext';

/** Ids in a problem's parameters become the names users know (a goal's title, a holder's name). */
function readableParams(params: Problem['params'], project: Project | null): Problem['params'] {
  if (!params || !project) return params;
  const names = new Map<string, string>();
  for (const g of project.goals) names.set(g.id, g.title);
  for (const p of project.portfolios) names.set(p.id, p.holder);
  for (const d of project.domains) names.set(d.id, d.name);
  for (const d of project.divisions) names.set(d.id, d.name);
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? (names.get(v) ?? v) : v]),
  );
}

interface ProblemListProps {
  problems: readonly Problem[];
  t: Translate;
  max?: number;
  /** A form names its own fields: given a problem path, the field label to show instead of the JSON path. */
  labelFor?(path: readonly (string | number)[]): string | undefined;
}

/** Problems as plain sentences, each with where it is ("rij 4, kolom sterkte", "doelen[3] → titel", or a field). */
export function ProblemList({ problems, t, max = 20, labelFor }: ProblemListProps) {
  const locale = useApp((s) => s.locale);
  const project = useApp((s) => s.project);
  const shown = problems.slice(0, max);
  return (
    <ul className="problem-list">
      {shown.map((p, i) => {
        const key = `problem.${p.code}` as const;
        const params = readableParams(p.params, project);
        const text = hasMessage(key) ? t(key, params) : t('problem.unknown', { code: p.code });
        const where = p.path && p.path.length ? (labelFor?.(p.path) ?? formatPath(p.path, locale, ' → ')) : '';
        return (
          <li key={i}>
            {where ? <span className="problem-path">{where}: </span> : null}
            {text}
          </li>
        );
      })}
      {problems.length > max ? <li>{t('app.notice.moreProblems', { count: problems.length - max })}</li> : null}
    </ul>
  );
}
