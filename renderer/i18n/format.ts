import type { Locale } from './translate';

const tag = (l: Locale) => (l === 'nl' ? 'nl-NL' : 'en-GB');

export function formatNumber(value: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** Always this many decimals, so figures in one sentence line up ("0,20" beside "0,14"). */
export function formatFixed(value: number, locale: Locale, digits: number): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(
    value,
  );
}

export function formatPercent(share: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** Budgets as each language writes them: "€ 1,2 mln" and "€ 600.000" in Dutch, "€1.2m" and "€600,000" in English. */
export function formatMoney(euros: number, locale: Locale): string {
  const abs = Math.abs(euros);
  if (abs >= 1e6) {
    const unit = abs >= 1e9 ? (locale === 'nl' ? 'mld' : 'bn') : locale === 'nl' ? 'mln' : 'm';
    const scaled = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 }).format(
      euros / (abs >= 1e9 ? 1e9 : 1e6),
    );
    return locale === 'nl' ? `€ ${scaled} ${unit}` : `€${scaled}${unit}`;
  }
  const whole = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 0 }).format(euros);
  return locale === 'nl' ? `€ ${whole}` : `€${whole}`;
}

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
