import {
  candidateIndex,
  coverWords,
  findPhrase,
  unique,
  type CandidateIndex,
  type Found,
  type SubjectCandidate,
} from './candidateIndex';

export type { SubjectCandidate } from './candidateIndex';

export interface MatchedPart {
  /** The matched piece exactly as the published text wrote it. */
  text: string;
  /** Where that piece starts in the published text. */
  start: number;
  ids: string[];
  /** True when a small spelling difference was allowed ("Armoedebelied" for "armoedebeleid"). */
  fuzzy: boolean;
  /** Which list of candidates matched it (always 0 for matchPublishedSubject). */
  tier: number;
}

export interface SubjectMatch {
  /** Every matched candidate id once, in the order the text names them. */
  ids: string[];
  parts: MatchedPart[];
  /** The pieces of the text that matched nothing, as written. Nothing is guessed for them. */
  unmatched: string[];
}

interface Piece {
  text: string;
  start: number;
}

// "&" and "+" separate only with a space beside them, so "P&O" and "lhbtiq+" stay whole.
const SEPARATOR_SOURCE = String.raw`\s*(?:[,;/]|\s&|&\s|\s\+\s|\s[-–]\s|\sen\s|\sand\s)\s*`;
const SEPARATOR = new RegExp(SEPARATOR_SOURCE, 'giu');
const HAS_SEPARATOR = new RegExp(SEPARATOR_SOURCE, 'iu');
const BRACKETS = /\(([^()]*)\)|\[([^[\]]*)\]/g;
const INCLUDE_MARKER =
  /^\s*(?:incl\.?|inclusief|o\.\s?a\.?|oa|onder andere|waaronder|m\.\s?n\.?|met name|zoals|w\.\s?o\.?)\s*/iu;
const EXCLUDE_MARKER = /^\s*(?:excl\.?|exclusief|behalve|m\.\s?u\.\s?v\.?|met uitzondering van|zonder|niet)(?:\s|$)/iu;

function trimmedPiece(text: string, from: number, to: number): Piece | undefined {
  const slice = text.slice(from, to);
  const lead = slice.length - slice.replace(/^[\s•*·]+/u, '').length;
  const body = slice.slice(lead).replace(/[\s.:;,]+$/u, '');
  // A piece of only punctuation ("—") names nothing and is not worth reporting as unmatched either.
  return /[\p{L}\p{N}]/u.test(body) ? { text: body, start: from + lead } : undefined;
}

/** The pieces between separators, a piece ending in "-" kept with the next ("bouw- en woningtoezicht"). */
function splitPieces(masked: string): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (const m of masked.matchAll(SEPARATOR)) {
    const piece = trimmedPiece(masked, from, m.index);
    if (piece && !piece.text.endsWith('-')) {
      pieces.push(piece);
      from = m.index + m[0].length;
    } else if (!piece) from = m.index + m[0].length;
  }
  const last = trimmedPiece(masked, from, masked.length);
  if (last) pieces.push(last);
  return pieces;
}

/** The text with bracketed parts blanked out (same length), and the qualifiers a subject may carry in brackets. */
function maskQualifiers(piece: Piece): { masked: string; qualifiers: Piece[] } {
  const qualifiers: Piece[] = [];
  const masked = piece.text.replace(
    BRACKETS,
    (whole: string, round: string | undefined, square: string | undefined, at: number) => {
      // "Jeugd(zorg)": a bracket glued to a word is part of that word ("jeugdzorg"), not a qualifier.
      if (at > 0 && /\p{L}/u.test(piece.text[at - 1]!)) return whole;
      const content = round ?? square ?? '';
      if (!EXCLUDE_MARKER.test(content)) {
        const marker = INCLUDE_MARKER.exec(content)?.[0].length ?? 0;
        qualifiers.push({ text: content.slice(marker), start: piece.start + at + 1 + marker });
      }
      return ' '.repeat(whole.length);
    },
  );
  if (masked.trim() === '') return { masked: piece.text.replace(/[()[\]]/g, ' '), qualifiers: [] };
  return { masked, qualifiers };
}

/**
 * One list of candidates on one piece. `source` is the whole published text: parts are reported from it, as written,
 * also when `piece` is a run whose bracketed qualifiers were blanked out. What matched nothing comes back twice: as
 * `unmatched` pieces (what is reported) and as `runs`, each stretch of consecutive unmatched pieces as one piece, so
 * the next list sees "Participatie en democratie" whole rather than cut at its "en".
 */
function matchPiece(source: string, piece: Piece, index: CandidateIndex, tier: number) {
  const parts: MatchedPart[] = [];
  const unmatched: Piece[] = [];
  const runs: Piece[] = [];
  const { masked, qualifiers } = maskQualifiers(piece);
  const part = (from: number, to: number, found: Found) =>
    parts.push({ text: source.slice(piece.start + from, piece.start + to), start: piece.start + from, ...found, tier });

  const whole = findPhrase(masked, index, !HAS_SEPARATOR.test(masked));
  // The span without its qualifiers, so a qualifier's own part never overlaps it.
  const own = trimmedPiece(masked, 0, masked.length);
  if (whole && own) {
    part(own.start, own.start + own.text.length, whole);
    return { parts, unmatched, runs, qualifiers };
  }
  const pieces = splitPieces(masked);
  let runFrom = -1;
  const endRun = (before: number) => {
    if (runFrom < 0) return;
    const from = pieces[runFrom]!.start;
    const last = pieces[before - 1]!;
    runs.push({ text: masked.slice(from, last.start + last.text.length), start: piece.start + from });
    runFrom = -1;
  };
  for (let i = 0; i < pieces.length;) {
    // The longest run of pieces from i that names a candidate: "water en riolering" is one subject, not two.
    let last = pieces.length - 1;
    let found: Found | undefined;
    for (; last >= i; last--) {
      const run = masked.slice(pieces[i]!.start, pieces[last]!.start + pieces[last]!.text.length);
      found = last === i ? (findPhrase(run, index, true) ?? coverWords(run, index)) : findPhrase(run, index, false);
      if (found) break;
    }
    if (found) {
      endRun(i);
      part(pieces[i]!.start, pieces[last]!.start + pieces[last]!.text.length, found);
      i = last + 1;
    } else {
      // Reported as written: the masked piece has its brackets blanked ("-()a" would read "-  a").
      const start = piece.start + pieces[i]!.start;
      unmatched.push({ text: source.slice(start, start + pieces[i]!.text.length), start });
      if (runFrom < 0) runFrom = i;
      i++;
    }
  }
  endRun(pieces.length);
  return { parts, unmatched, runs, qualifiers };
}

function assemble(parts: MatchedPart[], unmatched: Piece[]): SubjectMatch {
  const sorted = [...parts].sort((a, b) => a.start - b.start);
  const rest = [...unmatched].sort((a, b) => a.start - b.start).map((p) => p.text);
  return { ids: unique(sorted.flatMap((p) => p.ids)), parts: sorted, unmatched: rest };
}

/**
 * Tries each list of candidates in turn on what the previous lists left unmatched: the project's own subjects first,
 * then the catalogue. A stretch of text a list matched nothing in goes to the next list in one piece, so that list
 * tries it whole before splitting it, as it would the whole text. A bracketed qualifier ("Wmo (maatschappelijke
 * ondersteuning)") is optional: it adds subjects it names that the rest did not, and is never reported as unmatched.
 */
export function matchPublishedSubjectTiers(
  text: string,
  tiers: readonly (readonly SubjectCandidate[])[],
): SubjectMatch {
  const parts: MatchedPart[] = [];
  const qualifierParts: MatchedPart[] = [];
  let pending: Piece[] = [];
  // What the last list left, piece by piece: what is reported unmatched.
  let leftover: Piece[] = [];
  let optional: Piece[] = [];
  const first = trimmedPiece(text, 0, text.length);
  if (first) pending.push(first);
  leftover = pending;
  tiers.forEach((candidates, tier) => {
    const index = candidateIndex(candidates);
    const stillPending: Piece[] = [];
    const stillLeftover: Piece[] = [];
    const queue = [...optional];
    for (const piece of pending) {
      const result = matchPiece(text, piece, index, tier);
      parts.push(...result.parts);
      stillPending.push(...result.runs);
      stillLeftover.push(...result.unmatched);
      queue.push(...result.qualifiers);
    }
    const stillOptional: Piece[] = [];
    for (const piece of queue) {
      const result = matchPiece(text, piece, index, tier);
      qualifierParts.push(...result.parts);
      stillOptional.push(...result.runs, ...result.qualifiers);
    }
    pending = stillPending;
    leftover = stillLeftover;
    optional = stillOptional;
  });
  // A qualifier counts only for subjects the rest of the text did not name already.
  const named = new Set(parts.flatMap((p) => p.ids));
  for (const q of [...qualifierParts].sort((a, b) => a.start - b.start)) {
    const ids = q.ids.filter((id) => !named.has(id));
    if (ids.length === 0) continue;
    ids.forEach((id) => named.add(id));
    parts.push({ ...q, ids });
  }
  return assemble(parts, leftover);
}

/**
 * Matches one published subject ("Werk & inkomen", "grondbeleid & wonen", "Wmo (maatschappelijke ondersteuning)")
 * against candidates by name and synonyms, ignoring case, accents, "&"/"en", brackets, punctuation, plurals and a
 * small spelling slip. The whole text is tried first; only when it names no candidate is it split on ",", ";", "/",
 * "&" and "en" for matching, the longest run of pieces that names a candidate winning. The text itself is never
 * changed: every part is reported as written.
 */
export function matchPublishedSubject(text: string, candidates: readonly SubjectCandidate[]): SubjectMatch {
  return matchPublishedSubjectTiers(text, [candidates]);
}
