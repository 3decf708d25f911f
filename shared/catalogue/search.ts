// Type-ahead search over a picker's entries (taakvelden, laws, Omgevingswet instruments, catalogue subjects).
// Pure: the ranking is what a person expects when typing a few letters or a code, and it is the same for every list.

/** One thing a picker offers. */
export interface SearchEntry {
  /** What choosing it stores: an Iv3 code, a law id, a catalogue id. */
  value: string;
  /** Shown before the name and matched exactly or from its start ("6.7" finds 6.71 and 6.72). */
  code?: string;
  name: string;
  /** Other names, abbreviations and everyday words; matched after the name. */
  synonyms?: readonly string[];
  /** The heading it is listed under (a hoofdtaakveld, a domain). */
  group?: string;
}

/** How an entry matched, best first: the order of the results. */
export const MATCH_KINDS = ['code', 'codePrefix', 'namePrefix', 'wordPrefix', 'synonym', 'substring'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** A stretch of the original text (UTF-16 offsets, end exclusive) that matched, to highlight. */
export interface Span {
  start: number;
  end: number;
}

export interface SearchHit<E extends SearchEntry = SearchEntry> {
  entry: E;
  /** Absent for an empty query, which lists every entry in its own order. */
  kind?: MatchKind;
  nameSpans: readonly Span[];
  codeSpans: readonly Span[];
  /** The synonym that matched, when the name did not (so the picker can say why the entry is listed). */
  synonym?: { text: string; spans: readonly Span[] };
}

export interface SearchResult<E extends SearchEntry = SearchEntry> {
  hits: SearchHit<E>[];
  /** Matches before the limit cut them: `total - hits.length` are left for "n meer — typ verder". */
  total: number;
}

/** Text folded for comparison, with where each folded unit came from in the original. */
interface Folded {
  text: string;
  from: number[];
  to: number[];
}

interface Prepared<E extends SearchEntry> {
  entry: E;
  name: Folded;
  synonyms: { text: string; folded: Folded }[];
}

/** Entries with their folded names and synonyms, built once per list (see `indexEntries`). */
export interface SearchIndex<E extends SearchEntry = SearchEntry> {
  readonly prepared: readonly Prepared<E>[];
}

/**
 * Lower case without accents, one character at a time so that every folded unit points back into the original:
 * "Geëscaleerde" → "geescaleerde" with its highlight on the right letters.
 */
function fold(text: string): Folded {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = ch
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    for (let k = 0; k < f.length; k++) {
      from.push(at);
      to.push(at + ch.length);
    }
    out += f;
    at += ch.length;
  }
  return { text: out, from, to };
}

/** The form a query and a name are compared in: lower case, no accents, single spaces. */
export function foldForSearch(text: string): string {
  return fold(text).text.trim().replace(/\s+/gu, ' ');
}

const WORD = /[\p{L}\p{N}]/u;
const CODE_QUERY = /^\d+(?:[.,]\d*)?$/;

/** Where `token` starts a word of `text` (after the start or a non-letter), or -1. */
function wordStart(text: string, token: string): number {
  for (let k = text.indexOf(token); k >= 0; k = text.indexOf(token, k + 1))
    if (k === 0 || !WORD.test(text[k - 1]!)) return k;
  return -1;
}

function spansOf(f: Folded, found: readonly [number, number][]): Span[] {
  const spans = found
    .filter(([, len]) => len > 0)
    .map(([a, len]) => ({ start: f.from[a]!, end: f.to[a + len - 1]! }))
    .sort((x, y) => x.start - y.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** Each token found by `find` in `f`, or null when one is missing. */
function everyToken(f: Folded, tokens: readonly string[], find: (text: string, t: string) => number): Span[] | null {
  const found: [number, number][] = [];
  for (const t of tokens) {
    const k = find(f.text, t);
    if (k < 0) return null;
    found.push([k, t.length]);
  }
  return spansOf(f, found);
}

const contains = (text: string, t: string) => text.indexOf(t);

export function indexEntries<E extends SearchEntry>(entries: readonly E[]): SearchIndex<E> {
  return {
    prepared: entries.map((entry) => ({
      entry,
      name: fold(entry.name),
      synonyms: (entry.synonyms ?? []).map((text) => ({ text, folded: fold(text) })),
    })),
  };
}

function matchOne<E extends SearchEntry>(
  p: Prepared<E>,
  q: string,
  tokens: readonly string[],
  code: string | null,
): SearchHit<E> | null {
  const none = { nameSpans: [], codeSpans: [] };
  const c = p.entry.code;
  if (code !== null && c !== undefined) {
    const whole = [{ start: 0, end: code.length }];
    if (c === code) return { entry: p.entry, kind: 'code', ...none, codeSpans: whole };
    if (c.startsWith(code)) return { entry: p.entry, kind: 'codePrefix', ...none, codeSpans: whole };
  }
  if (p.name.text.startsWith(q))
    return { entry: p.entry, kind: 'namePrefix', ...none, nameSpans: spansOf(p.name, [[0, q.length]]) };
  const words = everyToken(p.name, tokens, wordStart);
  if (words) return { entry: p.entry, kind: 'wordPrefix', ...none, nameSpans: words };
  for (const s of p.synonyms) {
    const spans = s.folded.text.startsWith(q)
      ? spansOf(s.folded, [[0, q.length]])
      : everyToken(s.folded, tokens, wordStart);
    if (spans) return { entry: p.entry, kind: 'synonym', ...none, synonym: { text: s.text, spans } };
  }
  const inside = everyToken(p.name, tokens, contains);
  if (inside) return { entry: p.entry, kind: 'substring', ...none, nameSpans: inside };
  if (code !== null && c !== undefined) {
    const k = c.indexOf(code);
    if (k >= 0) return { entry: p.entry, kind: 'substring', ...none, codeSpans: [{ start: k, end: k + code.length }] };
  }
  for (const s of p.synonyms) {
    const spans = everyToken(s.folded, tokens, contains);
    if (spans) return { entry: p.entry, kind: 'substring', ...none, synonym: { text: s.text, spans } };
  }
  return null;
}

/**
 * The entries matching `query`, best first: the exact code, codes starting with it, names starting with it, names
 * with a word starting with each typed word, synonyms (from their start or a word's), then the typed text anywhere.
 * Case and accents do not matter ("zorg" finds "Zorg", "geescaleerde" finds "Geëscaleerde"); a code may be typed
 * with a decimal comma ("6,71"). Ties keep the list's own order. An empty query lists every entry in order.
 */
export function searchIndex<E extends SearchEntry>(
  index: SearchIndex<E>,
  query: string,
  limit = Number.POSITIVE_INFINITY,
): SearchResult<E> {
  const q = foldForSearch(query);
  if (q === '') {
    const all = index.prepared.map((p): SearchHit<E> => ({ entry: p.entry, nameSpans: [], codeSpans: [] }));
    return { hits: all.slice(0, limit), total: all.length };
  }
  const tokens = q.split(' ');
  const code = CODE_QUERY.test(q) ? q.replace(',', '.') : null;
  const ranked: { hit: SearchHit<E>; rank: number; order: number }[] = [];
  index.prepared.forEach((p, order) => {
    const hit = matchOne(p, q, tokens, code);
    if (hit) ranked.push({ hit, rank: MATCH_KINDS.indexOf(hit.kind!), order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return { hits: ranked.slice(0, limit).map((r) => r.hit), total: ranked.length };
}

export function searchEntries<E extends SearchEntry>(
  entries: readonly E[],
  query: string,
  limit?: number,
): SearchResult<E> {
  return searchIndex(indexEntries(entries), query, limit);
}

/**
 * Hits under their headings: the groups in the order their best hit comes, the hits in rank order within each, so
 * the best match stays on top. Entries without a group form one group of their own.
 */
export function groupHits<E extends SearchEntry>(
  hits: readonly SearchHit<E>[],
): { group: string | undefined; hits: SearchHit<E>[] }[] {
  const groups = new Map<string | undefined, SearchHit<E>[]>();
  for (const h of hits) {
    const list = groups.get(h.entry.group);
    if (list) list.push(h);
    else groups.set(h.entry.group, [h]);
  }
  return [...groups].map(([group, list]) => ({ group, hits: list }));
}
