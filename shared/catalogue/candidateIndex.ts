import { damerauLevenshtein } from './damerauLevenshtein';
import { compactSubjectKey, subjectWords } from './normaliseSubjectText';

// The lookup side of matching: every candidate name and synonym as comparable words, and the rules for when a
// published phrase names one of them (exactly, run together, or with a small spelling slip).

/** Something a published subject can be matched to: a project subject or a catalogue subject. */
export interface SubjectCandidate {
  id: string;
  name: string;
  synonyms?: readonly string[];
}

const BRACKETS = /\(([^()]*)\)|\[([^[\]]*)\]/g;

interface Term {
  candidate: number;
  words: string[];
  compact: string;
}

export interface CandidateIndex {
  candidates: readonly SubjectCandidate[];
  terms: Term[];
  byWords: Map<string, Term[]>;
  byCompact: Map<string, Term[]>;
}

export interface Found {
  ids: string[];
  fuzzy: boolean;
}

const indexes = new WeakMap<readonly SubjectCandidate[], CandidateIndex>();

/** Words that wrap a subject without naming one: "lokale economie" is economie, "beleid openbare ruimte" too. */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  ['beleid', 'programma', 'portefeuille', 'coordinatie', 'integraal', 'integrale', 'lokaal', 'lokale']
    .concat(['gemeentelijk', 'gemeentelijke', 'algemeen', 'algemene'])
    .flatMap((w) => subjectWords(w)),
);

function wordTolerance(a: string, b: string): number {
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  const shorter = Math.min(a.length, b.length);
  return shorter >= 12 ? 2 : shorter >= 5 ? 1 : 0;
}

function termsOf(text: string): string[][] {
  const terms: string[][] = [];
  const main = text.replace(BRACKETS, ' ');
  for (const piece of [main, ...[...text.matchAll(BRACKETS)].map((m) => m[1] ?? m[2] ?? '')]) {
    const words = subjectWords(piece);
    if (words.length > 0) terms.push(words);
  }
  return terms;
}

function addTo(map: Map<string, Term[]>, key: string, term: Term): void {
  const list = map.get(key);
  if (list) list.push(term);
  else map.set(key, [term]);
}

export function candidateIndex(candidates: readonly SubjectCandidate[]): CandidateIndex {
  const cached = indexes.get(candidates);
  if (cached) return cached;
  const index: CandidateIndex = { candidates, terms: [], byWords: new Map(), byCompact: new Map() };
  candidates.forEach((c, candidate) => {
    for (const text of [c.name, ...(c.synonyms ?? [])]) {
      for (const words of termsOf(text)) {
        const term = { candidate, words, compact: compactSubjectKey(words) };
        index.terms.push(term);
        addTo(index.byWords, words.join(' '), term);
        addTo(index.byCompact, term.compact, term);
      }
    }
  });
  indexes.set(candidates, index);
  return index;
}

/** How far a phrase is from a term, or undefined when it is further than a small spelling slip. */
function distance(words: readonly string[], term: Term, compact: boolean): number | undefined {
  if (words.length === term.words.length) {
    let total = 0;
    for (let i = 0; i < words.length; i++) {
      const tolerance = wordTolerance(words[i]!, term.words[i]!);
      const d = damerauLevenshtein(words[i]!, term.words[i]!, tolerance);
      if (d > tolerance) return undefined;
      total += d;
    }
    return total;
  }
  if (!compact) return undefined;
  // A space more or less ("sport accomodaties"): compare the run-together forms, one slip at most.
  const joined = compactSubjectKey(words);
  const tolerance = Math.min(joined.length, term.compact.length) >= 9 ? 1 : 0;
  const d = damerauLevenshtein(joined, term.compact, tolerance);
  return d > tolerance ? undefined : d;
}

export function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

function idsOf(terms: readonly Term[], index: CandidateIndex): string[] {
  const order = [...new Set(terms.map((t) => t.candidate))].sort((a, b) => a - b);
  return unique(order.map((c) => index.candidates[c]!.id));
}

/**
 * The candidates a phrase names. `compact` allows "vn verdrag" to equal "vn-verdrag"; it is off for a phrase that
 * spans a separator, where "Afval, water" must not become "afvalwater".
 */
export function findWords(words: string[], index: CandidateIndex, compact: boolean): Found | undefined {
  if (words.length === 0) return undefined;
  const exact =
    index.byWords.get(words.join(' ')) ?? (compact ? index.byCompact.get(compactSubjectKey(words)) : undefined);
  if (exact) return { ids: idsOf(exact, index), fuzzy: false };
  let best = Number.POSITIVE_INFINITY;
  let bestCandidates = new Set<number>();
  for (const term of index.terms) {
    const d = distance(words, term, compact);
    if (d === undefined || d > best) continue;
    if (d < best) {
      best = d;
      bestCandidates = new Set();
    }
    bestCandidates.add(term.candidate);
  }
  // Two subjects equally close to a misspelling is a guess either way: leave it for the user.
  if (bestCandidates.size !== 1) return undefined;
  const [candidate] = bestCandidates;
  return { ids: [index.candidates[candidate!]!.id], fuzzy: true };
}

export function findPhrase(text: string, index: CandidateIndex, compact: boolean): Found | undefined {
  const words = subjectWords(text);
  const found = findWords(words, index, compact);
  if (found) return found;
  const core = words.filter((w) => !FILLER_WORDS.has(w));
  return core.length > 0 && core.length < words.length ? findWords(core, index, compact) : undefined;
}

/**
 * A piece without separators that names no candidate as a whole may still name several side by side
 * ("huisvesting statushouders"). Only when every word but filler is covered does it count; otherwise nothing does.
 */
export function coverWords(text: string, index: CandidateIndex): Found | undefined {
  const words = subjectWords(text);
  if (words.filter((w) => !FILLER_WORDS.has(w)).length < 2) return undefined;
  const ids: string[] = [];
  let fuzzy = false;
  for (let i = 0; i < words.length;) {
    // The longest window of words from i that names a candidate.
    let end = words.length;
    let found: Found | undefined;
    while (end > i && !(found = findWords(words.slice(i, end), index, true))) end--;
    if (found) {
      ids.push(...found.ids);
      fuzzy ||= found.fuzzy;
      i = end;
    } else if (FILLER_WORDS.has(words[i]!)) i++;
    else return undefined;
  }
  return { ids: unique(ids), fuzzy };
}
