/** Which mark a file most likely uses for decimals: ',' in Dutch `;` files, '.' in `,` files. */
export type DecimalMark = ',' | '.';

const SPACES = /[\s\u00a0\u202f]/g;
const CURRENCY = /^(?:€|eur)|(?:€|eur|euro)$/i;

function isGrouped(intPart: string, sep: string): boolean {
  const groups = intPart.split(sep);
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/**
 * Reads a number as people type it in Dutch or English spreadsheets: "1.250.000,50", "1250000,5",
 * "€ 1.250.000", "1,250,000.50", "1,5", "2". When both marks appear the last one is the decimal mark; a lone
 * mark is a decimal mark unless it groups exactly three digits the way the file's thousands mark would
 * ("1.250" is 1250 in a `;` file and 1.25 in a `,` file). Returns undefined for anything else.
 */
export function parseNumber(raw: string, decimal: DecimalMark = ','): number | undefined {
  // Budgets are often written as the app shows them: "€ 1,2 mln", "€ 0,8 mld", "€ 3.2 m".
  const scaled = /^(.*?)\s*(mln|miljoen|mld|miljard|m|bn)\.?$/i.exec(raw.trim());
  if (scaled && /\d/.test(scaled[1]!)) {
    const base = parseNumber(scaled[1]!, decimal);
    const unit = scaled[2]!.toLowerCase();
    const factor = unit === 'mld' || unit === 'miljard' || unit === 'bn' ? 1e9 : 1e6;
    return base === undefined ? undefined : Math.round(base * factor * 100) / 100;
  }
  // "€ 1.250,-" is how Dutch invoices write whole euros.
  let s = raw.replace(SPACES, '').replace(/[.,]-$/, '');
  for (let i = 0; i < 2; i++) s = s.replace(CURRENCY, '');
  let sign = '';
  if (s[0] === '-' || s[0] === '+') {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1).replace(CURRENCY, '');
  }
  if (!s) return undefined;
  let exponent = '';
  const exp = /[eE][+-]?\d+$/.exec(s);
  if (exp) {
    exponent = exp[0];
    s = s.slice(0, exp.index);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let intPart = s;
  let frac = '';
  if (dots && commas) {
    const decMark = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const groupMark = decMark === ',' ? '.' : ',';
    const at = s.lastIndexOf(decMark);
    intPart = s.slice(0, at);
    frac = s.slice(at + 1);
    if (intPart.includes(decMark) || !isGrouped(intPart, groupMark)) return undefined;
    intPart = intPart.split(groupMark).join('');
  } else if (dots + commas > 1) {
    // One mark, several times: only thousands grouping fits.
    const mark = dots ? '.' : ',';
    if (!isGrouped(s, mark)) return undefined;
    intPart = s.split(mark).join('');
  } else if (dots + commas === 1) {
    const mark = dots ? '.' : ',';
    const [a, b] = s.split(mark) as [string, string];
    const looksGrouped = mark !== decimal && /^\d{1,3}$/.test(a) && /^\d{3}$/.test(b) && !exponent;
    if (looksGrouped) intPart = a + b;
    else {
      intPart = a || '0';
      frac = b;
    }
  }
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(frac)) return undefined;
  const n = Number(`${sign}${intPart}${frac ? `.${frac}` : ''}${exponent}`);
  return Number.isFinite(n) ? n : undefined;
}

/** Writes a number so `parseNumber` with the same mark reads it back exactly; no thousands grouping. */
export function formatNumber(n: number, decimal: DecimalMark): string {
  const s = String(n);
  return decimal === ',' ? s.replace('.', ',') : s;
}
