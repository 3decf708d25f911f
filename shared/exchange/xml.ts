import { xmlSafe } from './cells';

const TEXT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR: Readonly<Record<string, string>> = {
  ...TEXT,
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/**
 * Element text: markup characters escaped, and a carriage return as a reference (a parser turns a literal one
 * into a line feed).
 */
export function xmlText(s: string): string {
  return xmlSafe(s).replace(/[&<>\r]/g, (c) => TEXT[c]!);
}

/** An attribute value: also quotes, and line feeds and tabs as references (a parser turns literal ones into spaces). */
export function xmlAttr(s: string): string {
  return xmlSafe(s).replace(/[&<>"'\r\n\t]/g, (c) => ATTR[c]!);
}

/** A number as XML Schema reads a double: finite numbers as JavaScript writes them. */
export function xmlNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : 'NaN';
}
