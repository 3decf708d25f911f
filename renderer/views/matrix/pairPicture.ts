import type { CoherenceReport } from '../../../shared/analysis/coherenceReport';
import type { Names } from '../../derived/names';
import { formatNumber } from '../../i18n/format';
import type { Locale, Translate } from '../../i18n/translate';
import { pairCoverage, type PairCover } from '../analysis/coverageModel';
import type { PairMatrix } from './viewModel';
import { pairMatrixSvg } from './matrixSvg';

/** The mark of a pair in its cell (the line under the table, and the picture's legend, say what each means). */
export const COVER_GLYPH: Record<PairCover, string> = {
  covered: '✓',
  partly: '◐',
  deliberate: '∥',
  uncovered: '',
  none: '',
};

/** A holder without a colour of its own, as the matrix draws it. */
export const NO_COLOUR = '#767f89';

/**
 * Each pair's cover as the agenda gives it (k × k, both triangles), or null when the draft has no arrangement or
 * deliberate split touching a pair: then nothing is marked, and a draft without them looks as it always did.
 */
export function pairCovers(
  holders: readonly string[],
  agenda: CoherenceReport['agenda'],
): (PairCover | undefined)[] | null {
  const k = holders.length;
  const index = new Map(holders.map((h, i) => [h, i]));
  const out = new Array<PairCover | undefined>(k * k).fill(undefined);
  let marked = false;
  for (const p of agenda) {
    const a = index.get(p.a);
    const b = index.get(p.b);
    if (a === undefined || b === undefined) continue;
    const c = pairCoverage(p).state;
    out[a * k + b] = c;
    out[b * k + a] = c;
    if (c === 'covered' || c === 'partly' || c === 'deliberate') marked = true;
  }
  return marked ? out : null;
}

/** The pairs (upper triangle) by split weight, heaviest first; pairs with nothing split are left out. */
export function heaviestPairs(pairs: PairMatrix): { a: number; b: number; weight: number; count: number }[] {
  const k = pairs.holders.length;
  const out: { a: number; b: number; weight: number; count: number }[] = [];
  for (let a = 0; a < k; a++)
    for (let b = a + 1; b < k; b++)
      if (pairs.count[a * k + b]! > 0)
        out.push({ a, b, weight: pairs.weight[a * k + b]!, count: pairs.count[a * k + b]! });
  return out.sort((x, y) => y.weight - x.weight || y.count - x.count || x.a - y.a || x.b - y.b);
}

export interface PairPictureSource {
  pairs: PairMatrix;
  report: Pick<CoherenceReport, 'agenda'>;
  names: Pick<Names, 'portfolio' | 'colour'>;
  t: Translate;
  locale: Locale;
  project: string;
  draft: string;
}

/**
 * The coordination matrix of a draft as a standalone SVG, in the interface's language: what the view saves as SVG
 * and PNG and the report shows. Null when the draft has no holders (there is nothing to draw).
 */
export function pairPictureSvg(src: PairPictureSource): string | null {
  const { pairs, names, t, locale } = src;
  const k = pairs.holders.length;
  if (k === 0) return null;
  const name = (i: number) => names.portfolio(pairs.holders[i]!);
  const num = (x: number) => formatNumber(x, locale, 1);
  const covers = pairCovers(pairs.holders, src.report.agenda);
  const ranked = heaviestPairs(pairs);
  const top = ranked[0];
  const legend = [t('app.matrix.pictureFigures'), t('app.matrix.pictureDashes')];
  if (covers) legend.push(t('app.matrix.pairCoverExplain'));
  return pairMatrixSvg({
    holders: pairs.holders.map((h, i) => ({ name: name(i), colour: names.colour(h) ?? NO_COLOUR })),
    weight: pairs.weight,
    count: pairs.count,
    marks: covers ? covers.map((c) => (c ? COVER_GLYPH[c] : '')) : null,
    texts: {
      title: t('app.matrix.pairHeading'),
      subtitle: t('app.matrix.pictureSubtitle', { project: src.project, draft: src.draft }),
      lead: top
        ? t('app.matrix.pictureLead', { a: name(top.a), b: name(top.b), weight: num(top.weight), count: top.count })
        : t('app.matrix.pictureLeadNone'),
      desc: top
        ? t('app.matrix.pictureDesc', {
            holders: k,
            count: ranked.length,
            heaviest: ranked
              .slice(0, 3)
              .map((p) => t('app.matrix.picturePair', { a: name(p.a), b: name(p.b), weight: num(p.weight) }))
              .join('; '),
          })
        : t('app.matrix.pictureDescNone', { holders: k }),
      less: t('app.matrix.pictureLess'),
      more: t('app.matrix.pictureMore'),
      legend,
      number: num,
    },
  });
}
