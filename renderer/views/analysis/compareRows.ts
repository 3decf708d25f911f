import type { ComparedFigure } from '../../../shared/analysis/compareDivisions';
import type { Locale } from '../../i18n/translate';
import { formatNumber } from '../../i18n/format';

export interface CompareRow {
  a: string;
  b: string;
  /** The change from a to b, rounded as the figures are: "−0,12", "+4,7 procentpunt". */
  delta: string;
  /** Which draft splits less (or, for modularity, keeps more together); null when equal or unknown. */
  better: 'a' | 'b' | null;
}

/** Figures where a higher value means more kept together; for all others lower means less split. */
const HIGHER_IS_TOGETHER = new Set<ComparedFigure>(['modularity', 'kept', 'keptCount']);
const SHARES = new Set<ComparedFigure>(['cutShare', 'crossDomainShare', 'omgevingswetShare']);

/**
 * One row of the comparison, with the difference computed from the rounded figures, so the three numbers a
 * reader sees always add up. A change of a share is in percentage points, never in percent of a percent.
 */
export function compareRow(
  figure: ComparedFigure,
  a: number | null,
  b: number | null,
  locale: Locale,
  points: (text: string) => string,
): CompareRow {
  const share = SHARES.has(figure);
  const digits = figure === 'cutCount' || figure === 'keptCount' || figure === 'unassignedCount' ? 0 : share ? 1 : 2;
  const scale = share ? 100 : 1;
  const round = (v: number) => Math.round(v * scale * 10 ** digits) / 10 ** digits;
  const show = (v: number | null) =>
    v === null ? '–' : share ? `${formatNumber(round(v), locale, digits)} %` : formatNumber(round(v), locale, digits);
  if (a === null || b === null) return { a: show(a), b: show(b), delta: '–', better: null };
  const d = Math.round((round(b) - round(a)) * 10 ** digits) / 10 ** digits;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const size = formatNumber(Math.abs(d), locale, digits);
  const delta = share ? points(`${sign}${size}`) : `${sign}${size}`;
  const higherBetter = HIGHER_IS_TOGETHER.has(figure);
  const better = d === 0 ? null : d < 0 !== higherBetter ? 'b' : 'a';
  return { a: show(a), b: show(b), delta, better };
}
