// How a published subject ("Werk & Inkomen", "Financiën", "Bouw- en woningtoezicht") is reduced to comparable words.
// Both the published text and every catalogue name and synonym go through the same steps, so the rules only need to
// be consistent, not linguistically complete.

/** Words that carry no subject of their own: "beheer van de openbare ruimte" compares as "beheer openbare ruimte". */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'de',
  'het',
  'een',
  'van',
  'der',
  'den',
  'voor',
  'en',
  'in',
  'op',
  'aan',
  'te',
  'and',
  'the',
  'of',
]);

/**
 * Lower case, accents dropped ("financiën" → "financien"), "&" read as "en", apostrophes dropped ("boa's" → "boas"), a
 * hyphen inside a word joined ("re-integratie" → "reintegratie"), every other mark a space, spaces collapsed.
 */
export function foldSubjectText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/['’‘`´]/g, '')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A crude Dutch plural fold, the same on both sides: "woningen" and "woning", "wijkteams" and "wijkteam" compare
 * equal. Short words keep their ending, so "wonen", "zaken" and "wegen" are left alone.
 */
export function stemSubjectWord(word: string): string {
  if (word.length > 5 && word.endsWith('en')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The comparable words of a text: folded, stop words dropped, plurals folded. */
export function subjectWords(text: string): string[] {
  const folded = foldSubjectText(text);
  if (folded === '') return [];
  return folded
    .split(' ')
    .filter((w) => !STOP_WORDS.has(w))
    .map(stemSubjectWord);
}

/** The words run together, so "vn verdrag" equals "vn-verdrag" and "sport accommodaties" equals "sportaccommodaties". */
export function compactSubjectKey(words: readonly string[]): string {
  return words.join('');
}
