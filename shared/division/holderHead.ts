import { parseNumber } from '../io/parseNumber';
import type { PublishedRole } from './publishedDivision';

/** A role as written, with the extra role kept as written ("1e loco-burgemeester"). */
export interface RoleMatch {
  role: PublishedRole;
  roleNote?: string;
  /** Characters the role took at the start of the text. */
  length: number;
}

const ORDINAL = String.raw`(?:\d{1,2}\s?e|eerste|tweede|derde|vierde)\s+`;
const LOCO = String.raw`loco[-\s]?burgemeester`;
// Group 1: a wethouder's extra role ("en 1e loco-burgemeester"); group 2: a loco-burgemeester named alone.
const ROLE = new RegExp(
  String.raw`^(?:wethouder(?:\s*(?:en|&|\/|,|-)\s*((?:${ORDINAL})?${LOCO}))?|((?:${ORDINAL})?${LOCO})|burgemeester)(?=$|[\s,:;()–—-])`,
  'i',
);

/** A role at the start of `text`: "Wethouder", "Burgemeester", "Wethouder en 1e loco-burgemeester", … */
export function matchRole(text: string): RoleMatch | undefined {
  const m = ROLE.exec(text);
  if (!m) return undefined;
  const loco = m[1] ?? m[2];
  if (loco !== undefined) return { role: 'wethouder', roleNote: loco.replace(/\s+/g, ' '), length: m[0].length };
  const role: PublishedRole = /^burgemeester/i.test(m[0]) ? 'burgemeester' : 'wethouder';
  return { role, length: m[0].length };
}

/** A whole part that is only a role ("burgemeester", "wethouder en loco-burgemeester"). */
export function roleOnly(text: string): RoleMatch | undefined {
  const m = matchRole(text.trim());
  return m && m.length === text.trim().length ? m : undefined;
}

const FTE_ONLY = /^(\d+(?:[.,]\d+)?)\s*fte$/i;
// Only at the end of its part, so the name around it is never glued together: "Jansen 0,8 fte, PvdA".
const FTE_IN = /(?:^|[\s,;])(\d+(?:[.,]\d+)?)\s*fte\s*(?=$|[,;\t])/i;

/** The number of an "0,8 fte" part (decimal comma or point), or the text as written when it is no number. */
export function fteOf(text: string): { value?: number; written: string } | undefined {
  const m = FTE_ONLY.exec(text.trim());
  if (!m) return undefined;
  return { value: parseNumber(m[1]!, ','), written: text.trim() };
}

/** Parties found in nearly every council; local parties are recognised by their words or capitals instead. */
const KNOWN_PARTIES = new Set(
  [
    'VVD',
    'PvdA',
    'CDA',
    'D66',
    'GroenLinks',
    'GroenLinks-PvdA',
    'GL-PvdA',
    'GL/PvdA',
    'GL',
    'SP',
    'ChristenUnie',
    'CU',
    'ChristenUnie-SGP',
    'CU-SGP',
    'SGP',
    'PVV',
    'PvdD',
    'Partij voor de Dieren',
    'BBB',
    'JA21',
    'Volt',
    'DENK',
    '50PLUS',
    'FvD',
    'NSC',
  ].map((p) => p.toLowerCase()),
);

export const isKnownParty = (text: string) => KNOWN_PARTIES.has(text.trim().replace(/\s+/g, ' ').toLowerCase());

/**
 * Looks like a party name without being a known one: a local party's words ("Lokaal Belang", "Leefbaar Oost",
 * "Gemeentebelangen") or a short name in capitals ("BVNL", "PRO"). Subjects rarely look like this, which is what
 * lets a line inside a block start a new holder.
 */
export function looksLikeParty(text: string): boolean {
  const t = text.trim();
  if (isKnownParty(t)) return true;
  if (t.split(/\s+/).length > 5 || !/^[A-Z0-9]/.test(t)) return false;
  if (/belang|lokaa?l|leefbaar|partij|lijst|progressie|onafhankelijk/i.test(t)) return true;
  return /^[A-Z0-9][A-Za-z0-9]*(?:[-/ ][A-Z0-9][A-Za-z0-9]*)*$/.test(t) && (t.match(/[A-Z0-9]/g) ?? []).length >= 2;
}

/** Splits on ';', tabs (a row pasted from a table) and commas that are not a decimal comma ("0,8 fte"). */
const DETAIL_SEPARATOR = /;|\t+|(?<!\d),|,(?!\d)/;

export interface HeadParse {
  name: string;
  /** Column (0-based, in the head) where the name starts. */
  nameAt: number;
  role: PublishedRole;
  roleNote?: string;
  /** The role was written at the start ("Wethouder Jansen"). */
  rolePrefix: boolean;
  party: string | null;
  fte: number | null;
  /** An FTE as written that is no number. */
  badFte?: string;
  /** Details that fit nowhere: a second party, text after the brackets. */
  ignored: string[];
  /** What says this is a holder: a role word, an FTE, a bracketed or comma-separated party. */
  signals: { role: boolean; fte: boolean; bracket: boolean; knownParty: boolean; partyLike: boolean };
}

/** A head's parts in brackets, and the text around them (before the first bracket, after it). */
function bracketGroups(text: string): { before: string; groups: string[]; after: string } {
  const groups: string[] = [];
  let before: string | undefined;
  let after = '';
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') {
      if (depth === 0) {
        if (before === undefined) before = text.slice(0, i);
        else after += text.slice(start, i);
        start = i + 1;
      }
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        groups.push(text.slice(start, i));
        start = i + 1;
      }
    }
  }
  if (before === undefined) return { before: text, groups, after: '' };
  // An unclosed bracket keeps its text as a detail rather than losing it.
  after += depth > 0 ? text.slice(start - 1) : text.slice(start);
  return { before, groups, after };
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The part of a holder line before its subjects: "Wethouder J. de Vries-Bakker (GroenLinks-PvdA) (0,9 fte)",
 * "Jansen, PvdA", "Van Dam, burgemeester", "Jansen (PvdA, 0,8 fte)". The name is what comes before the first
 * bracket; parts in brackets and parts after a comma are an FTE, a role, or else the party (the first one).
 */
export function parseHead(head: string): HeadParse {
  const out: HeadParse = {
    name: '',
    nameAt: 0,
    role: 'wethouder',
    rolePrefix: false,
    party: null,
    fte: null,
    ignored: [],
    signals: { role: false, fte: false, bracket: false, knownParty: false, partyLike: false },
  };
  let rest = head;
  const lead = /^\s*/.exec(rest)![0].length;
  const prefix = matchRole(rest.slice(lead));
  if (prefix) {
    out.role = prefix.role;
    if (prefix.roleNote) out.roleNote = prefix.roleNote;
    out.rolePrefix = true;
    out.signals.role = true;
    rest = ' '.repeat(lead + prefix.length) + rest.slice(lead + prefix.length);
  }
  const detail = (part: string, bracketed: boolean) => {
    const p = squeeze(part);
    if (!p) return;
    const fte = fteOf(p);
    const role = roleOnly(p);
    if (fte) {
      out.signals.fte = true;
      if (out.fte !== null || out.badFte !== undefined) out.ignored.push(p);
      else if (fte.value === undefined) out.badFte = fte.written;
      else out.fte = fte.value;
    } else if (role) {
      out.signals.role = true;
      // "burgemeester" after the name wins over a generic "wethouder" before it; an extra role is kept.
      if (role.role === 'burgemeester') out.role = 'burgemeester';
      if (role.roleNote) out.roleNote = role.roleNote;
    } else if (out.party === null) {
      out.party = p;
      if (bracketed) out.signals.bracket = true;
      if (isKnownParty(p)) out.signals.knownParty = true;
      if (looksLikeParty(p)) out.signals.partyLike = true;
    } else out.ignored.push(p);
  };
  const { before, groups, after } = bracketGroups(rest);
  // An FTE may stand outside brackets: "Jansen, PvdA, 0,8 fte", "J. Jansen (PvdA) 0,8 fte".
  let plain = before;
  let tail = after;
  for (const side of ['plain', 'tail'] as const) {
    const text = side === 'plain' ? plain : tail;
    const m = FTE_IN.exec(text);
    if (!m) continue;
    const at = m.index + m[0].length - m[0].trimStart().length;
    detail(text.slice(at, m.index + m[0].length), false);
    const cut = text.slice(0, at) + ' '.repeat(m.index + m[0].length - at) + text.slice(m.index + m[0].length);
    if (side === 'plain') plain = cut;
    else tail = cut;
  }
  const parts = plain.split(DETAIL_SEPARATOR);
  const nameText = parts[0]!;
  out.name = squeeze(nameText).replace(/[\s,;:–—-]+$/, '');
  out.nameAt = nameText.length - nameText.trimStart().length;
  for (const part of parts.slice(1)) detail(part, false);
  for (const g of groups) for (const part of g.split(DETAIL_SEPARATOR)) detail(part, true);
  // After the brackets: "Yilmaz (D66), wethouder en 2e loco-burgemeester". A party there comes too late to count.
  for (const part of tail.split(DETAIL_SEPARATOR)) {
    const p = squeeze(part);
    if (p && (fteOf(p) || roleOnly(p))) detail(p, false);
    else if (p) out.ignored.push(p);
  }
  return out;
}

/**
 * Where a holder line's subjects start: after the first ':' or spaced dash (" – ", " - ", " — ") outside brackets,
 * or at the end when the line ends in one. Undefined when the line has neither.
 */
export function findHeadSeparator(text: string): { start: number; end: number } | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth > 0) continue;
    else if (ch === ':') return { start: i, end: i + 1 };
    else if ((ch === '–' || ch === '—' || ch === '-') && i > 0 && /\s/.test(text[i - 1]!)) {
      const next = text[i + 1];
      if (next === undefined || /\s/.test(next)) return { start: i, end: i + 1 };
    }
  }
  return undefined;
}

/** A cell of a pasted table row that belongs with the holder rather than the subjects. */
const isDetail = (cell: string) => fteOf(cell) !== undefined || roleOnly(cell) !== undefined || looksLikeParty(cell);

/**
 * A row pasted from a table ("Wethouder A. Jansen⇥PvdA⇥werk, zorg"): cells after the name that are a party, role
 * or FTE stay in the head, and the first other cell starts the subjects. Only used when there is no ':' or dash.
 */
export function findTabSeparator(text: string): { start: number; end: number } | undefined {
  const runs = [...text.matchAll(/(?<=\S)[ ]*\t[\t ]*(?=\S)/g)];
  for (let k = 0; k < runs.length; k++) {
    const start = runs[k]!.index;
    const end = start + runs[k]![0].length;
    const cell = text.slice(end, k + 1 < runs.length ? runs[k + 1]!.index : text.length).trim();
    if (!isDetail(cell)) return { start, end };
  }
  return undefined;
}

// Substrings that no name holds; short words only as whole words ("Bronkhorst" is a name, "Bron:" is not).
const HEADING =
  /portefeuille|college|coalitie|wethouders|verdeling|overzicht|bijlage|toelichting|inleiding|opmerking|vervang|programma|akkoord|\bb\s*(?:&|en)\s*w\b|\b(?:bron|datum|versie|taken|noot|naam)\b/i;

/** A heading or a note between holders ("Portefeuilleverdeling college 2026–2030", "Wethouders:"). */
export function isHeading(line: string, head: HeadParse): boolean {
  if (/^\s*#/.test(line)) return true;
  if (head.signals.fte || head.signals.bracket) return false;
  return HEADING.test(head.name) || (head.party !== null && HEADING.test(head.party));
}

const LOWER_START =
  /^(?:de|der|den|van|ter|ten|te|het|'t|’t|in|op|uit|la|le|du|von|d'|d’|mr\.|drs\.|dr\.|ir\.|ing\.|prof\.|mevr\.|mw\.|dhr\.)(?:\s|$)/;

/**
 * Could this be a name on its own, with nothing else saying it is a holder? No digits, at most six words,
 * no "en" or "&" (those join subjects, never names), starting with a capital or a title or tussenvoegsel, and no
 * sentence's closing period.
 */
export function plausibleName(name: string): boolean {
  if (!/\p{L}/u.test(name) || /\d|[&/+]/.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 6 || words.some((w) => /^(?:en|and|of)$/i.test(w))) return false;
  if (!/^\p{Lu}/u.test(name) && !LOWER_START.test(name)) return false;
  return !/\.$/.test(name) || words[words.length - 1]!.length <= 4;
}
