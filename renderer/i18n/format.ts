import type { Locale } from './translate';

const tag = (l: Locale) => (l === 'nl' ? 'nl-NL' : 'en-GB');

// An Intl.NumberFormat costs far more to build than to use, and a board of holders formats dozens of figures per
// repaint: one formatter per language and option set.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(l: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${l}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tag(l), options);
    formatters.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, locale: Locale, digits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** Always this many decimals, so figures in one sentence line up ("0,20" beside "0,14"). */
export function formatFixed(value: number, locale: Locale, digits: number): string {
  return numberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function formatPercent(share: number, locale: Locale, digits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** Budgets as each language writes them: "€ 1,2 mln" and "€ 600.000" in Dutch, "€1.2m" and "€600,000" in English. */
export function formatMoney(euros: number, locale: Locale): string {
  const abs = Math.abs(euros);
  if (abs >= 1e6) {
    const unit = abs >= 1e9 ? (locale === 'nl' ? 'mld' : 'bn') : locale === 'nl' ? 'mln' : 'm';
    const scaled = numberFormat(locale, { maximumFractionDigits: 1 }).format(euros / (abs >= 1e9 ? 1e9 : 1e6));
    return locale === 'nl' ? `€ ${scaled} ${unit}` : `€${scaled}${unit}`;
  }
  const whole = numberFormat(locale, { maximumFractionDigits: 0 }).format(euros);
  return locale === 'nl' ? `€ ${whole}` : `€${whole}`;
}

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
