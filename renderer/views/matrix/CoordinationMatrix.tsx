import type { Project } from '../../../shared/model';
import type { CoherenceReport } from '../../../shared/analysis/coherenceReport';
import { useApp, useT } from '../../app/StoreContext';
import { formatNumber } from '../../i18n/format';
import type { Names } from '../../derived/names';
import { LinkItems } from '../analysis/LinkDetails';
import type { PairMatrix } from './viewModel';
import { COVER_GLYPH, pairCovers } from './pairPicture';
import { SavePictureButtons } from './SavePictureButtons';
import type { PictureKind } from '../../app/pictureFiles';

/**
 * Holder × holder: the split weight each pair must coordinate, each cell a button that opens the pair's links with
 * their rationales below the table (as the report's coordination agenda does). It is also the chord diagram's
 * text alternative.
 */
export function CoordinationMatrix({
  id,
  pairs,
  names,
  report,
  project,
  active,
  onActivate,
  onSave,
}: {
  id: string;
  pairs: PairMatrix;
  names: Names;
  report: CoherenceReport;
  project: Project;
  active: readonly [number, number] | null;
  onActivate(pair: readonly [number, number] | null): void;
  /** Saves the matrix as a picture (`pairPictureSvg`). */
  onSave(kind: PictureKind): void;
}) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const k = pairs.holders.length;
  let max = 0;
  for (let i = 0; i < k * k; i++) max = Math.max(max, pairs.weight[i]!);
  const name = (i: number) => names.portfolio(pairs.holders[i]!);
  const activeList = active ? pairs.links[active[0] * k + active[1]] : null;
  // Each pair's cover as the agenda gives it; null (nothing marked) for a draft without arrangements or
  // deliberate splits.
  const covers = pairCovers(pairs.holders, report.agenda);
  return (
    <div className="coord-matrix">
      <table id={id} className="table coord-table">
        <caption>{t('app.matrix.pairCaption')}</caption>
        <thead>
          <tr>
            <td />
            {pairs.holders.map((h, j) => (
              <th key={h} scope="col" title={name(j)}>
                {name(j)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pairs.holders.map((h, i) => (
            <tr key={h}>
              <th scope="row">{name(i)}</th>
              {pairs.holders.map((h2, j) => {
                if (i === j)
                  return (
                    <td key={h2} className="coord-self">
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">{t('app.matrix.sameHolder')}</span>
                    </td>
                  );
                const w = pairs.weight[i * k + j]!;
                const count = pairs.count[i * k + j]!;
                if (count === 0)
                  return (
                    <td key={h2} className="num coord-none">
                      <span aria-hidden="true">–</span>
                      <span className="sr-only">{t('app.matrix.pairNone')}</span>
                    </td>
                  );
                const on = !!active && ((active[0] === i && active[1] === j) || (active[0] === j && active[1] === i));
                const c = covers?.[i * k + j];
                const glyph = c ? COVER_GLYPH[c] : '';
                return (
                  <td key={h2} className="num" style={{ background: `rgba(196, 69, 28, ${0.06 + (0.26 * w) / max})` }}>
                    <button
                      type="button"
                      className="coord-cell"
                      aria-pressed={on}
                      aria-label={`${t('app.matrix.pairButton', {
                        a: name(i),
                        b: name(j),
                        count,
                        weight: formatNumber(w, locale, 1),
                      })}${glyph ? `, ${t(`app.matrix.pairCover.${c as 'covered' | 'partly' | 'deliberate'}`)}` : ''}`}
                      onClick={() => onActivate(on ? null : [i, j])}
                    >
                      <strong>{formatNumber(w, locale, 1)}</strong> <span className="coord-count">({count})</span>
                      {glyph ? (
                        <span className="coord-cover" aria-hidden="true">
                          {' '}
                          {glyph}
                        </span>
                      ) : null}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="explain">{t('app.matrix.pairExplain')}</p>
      {covers ? <p className="explain">{t('app.matrix.pairCoverExplain')}</p> : null}
      <p className="explain">
        <SavePictureButtons label={t('app.matrix.savePairs')} onSave={onSave} />
      </p>
      {active && activeList ? (
        <section className="coord-links" aria-live="polite" aria-labelledby="coord-links-heading">
          <h4 id="coord-links-heading">
            {name(active[0])} ↔ {name(active[1])}:{' '}
            {t('app.analysis.pairFigures', {
              count: pairs.count[active[0] * k + active[1]]!,
              weight: formatNumber(pairs.weight[active[0] * k + active[1]]!, locale, 1),
            })}
          </h4>
          <LinkItems list={activeList} figures={report} project={project} names={names} />
        </section>
      ) : null}
    </div>
  );
}
