import type { Portfolio } from '../model';
import type { IoLocale } from '../io/formatPath';

/**
 * The words the exchange files write in cells, per language. Cells carry words rather than true/false so that
 * Excel users read them as they are; the import half reads both languages back.
 */
export const WORDS = {
  nl: {
    yes: 'ja',
    no: 'nee',
    goal: 'doel',
    subject: 'onderwerp',
    uncovered: 'niet gedekt',
    covered: 'gedekt',
    deliberate: 'bewust gesplitst',
    shared: 'gedeeld onderwerp',
  },
  en: {
    yes: 'yes',
    no: 'no',
    goal: 'goal',
    subject: 'subject',
    uncovered: 'uncovered',
    covered: 'covered',
    deliberate: 'deliberate split',
    shared: 'shared subject',
  },
} as const satisfies Record<IoLocale, Record<string, string>>;

export type Word = keyof (typeof WORDS)['nl'];

export function word(w: Word, locale: IoLocale): string {
  return WORDS[locale][w];
}

export function yesNo(b: boolean, locale: IoLocale): string {
  return word(b ? 'yes' : 'no', locale);
}

/**
 * Roles as the published-division reader (shared/division) reads them back: the Dutch words, or `alderman` and
 * `mayor` in English.
 */
export function roleWord(role: Portfolio['role'], locale: IoLocale): string {
  if (locale === 'nl') return role;
  return role === 'burgemeester' ? 'mayor' : 'alderman';
}
