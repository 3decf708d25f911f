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

/** Dutch budgets read as "€ 1,2 mln"; small amounts in full. */
export function formatMoney(euros: number, locale: Locale): string {
  const abs = Math.abs(euros);
  if (abs >= 1e6) {
    const unit = abs >= 1e9 ? (locale === 'nl' ? 'mld' : 'bn') : locale === 'nl' ? 'mln' : 'm';
    const scaled = euros / (abs >= 1e9 ? 1e9 : 1e6);
    return `€ ${new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 }).format(scaled)} ${unit}`;
  }
  return new Intl.NumberFormat(tag(locale), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    euros,
  );
}

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
