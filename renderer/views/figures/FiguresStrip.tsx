import { useApp, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { useChosenDraft, useCompareDraft, useLevel } from '../../derived/useDraft';
import { formatNumber } from '../../i18n/format';
import { headlineFigures, splitsLess, HEADLINE_KEYS, type HeadlineFigures, type HeadlineKey } from './figuresModel';
import './figures.css';

const LABELS = {
  splitWeight: 'app.figures.splitWeight',
  owSplit: 'app.figures.owSplit',
  owSocialPhysical: 'app.figures.owSocialPhysical',
  pairs: 'app.figures.pairs',
} as const satisfies Record<HeadlineKey, string>;

/**
 * The headline figures of the chosen draft (and of the compare draft beside it, when one is chosen), read from the
 * same report the Analyse tab shows: a drop on the board changes them at once. Usable above any view.
 */
export function FiguresStrip() {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const derived = useDerived();
  const draft = useChosenDraft();
  const compare = useCompareDraft();
  const level = useLevel();
  const report = draft ? derived.report(draft.id) : null;
  if (!draft || !report) return null;
  const a = headlineFigures(report);
  const otherReport = compare ? derived.report(compare.id) : null;
  const b = otherReport ? headlineFigures(otherReport) : null;
  const less = b ? splitsLess(a, b) : null;
  // At subject level a comparison also says what moved as a whole; the figures stay sums over the goals.
  const moves = compare && level === 'subject' ? derived.compare(compare.id, draft.id)?.subjectMoves : undefined;

  const value = (f: HeadlineFigures, key: HeadlineKey) => {
    switch (key) {
      case 'splitWeight':
        return (
          <>
            <span className="fig-value">{formatNumber(f.splitWeight, locale, 1)}</span>
            <span className="fig-sub">{t('app.figures.splitLinks', { count: f.splitCount, total: f.linkCount })}</span>
          </>
        );
      case 'owSplit':
        return (
          <>
            <span className="fig-value">{formatNumber(f.owSplit, locale)}</span>
            <span className="fig-sub">{t('app.figures.ofTotal', { total: f.owTotal })}</span>
          </>
        );
      default:
        return <span className="fig-value">{formatNumber(f[key], locale)}</span>;
    }
  };
  const row = (f: HeadlineFigures, side: 'a' | 'b') => (
    <tr key={side} data-side={side}>
      <th scope="row">
        <span className="fig-draft">{f.name}</span>
        {b ? (
          <span className="fig-sub">{t(side === 'a' ? 'app.figures.thisDraft' : 'app.figures.compareDraft')}</span>
        ) : null}
      </th>
      {HEADLINE_KEYS.map((key) => (
        <td key={key} data-better={less?.[key] === side ? 'true' : undefined}>
          {value(f, key)}
          {less?.[key] === side ? <span className="fig-less">{t('app.figures.splitsLess')}</span> : null}
        </td>
      ))}
    </tr>
  );

  return (
    <table className="figures-strip">
      <caption className="sr-only">{t('app.figures.caption', { name: draft.name })}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="sr-only">{t('app.figures.draft')}</span>
          </th>
          {HEADLINE_KEYS.map((key) => (
            <th key={key} scope="col">
              {t(LABELS[key])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {row(a, 'a')}
        {b ? row(b, 'b') : null}
      </tbody>
      {moves && compare ? (
        <tfoot>
          <tr>
            <td colSpan={HEADLINE_KEYS.length + 1} className="fig-moves">
              {t('app.figures.movedSubjects', {
                compare: compare.name,
                count: moves.subjects.length,
                goals: moves.goals.length,
              })}
            </td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
