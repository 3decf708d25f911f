import type { Problem } from '../../shared/model';
import { formatPath } from '../../shared/io/formatPath';
import { hasMessage, type Translate } from '../i18n/translate';
import { useApp } from './StoreContext';

/** Problems as plain sentences, each with where it is ("rij 4, kolom sterkte" or "doelen[3] → titel"). */
export function ProblemList({ problems, t, max = 20 }: { problems: readonly Problem[]; t: Translate; max?: number }) {
  const locale = useApp((s) => s.locale);
  const shown = problems.slice(0, max);
  return (
    <ul className="problem-list">
      {shown.map((p, i) => {
        const key = `problem.${p.code}` as const;
        const text = hasMessage(key) ? t(key, p.params) : t('problem.unknown', { code: p.code });
        const where = p.path && p.path.length ? formatPath(p.path, locale) : '';
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
