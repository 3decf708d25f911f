import type { Problem } from '../model/problem';

export type PublishedRole = 'wethouder' | 'burgemeester';

/** One subject as the division wrote it. `line` and `column` are 1-based: in a table, the row and column number. */
export interface PublishedSubject {
  /** The text exactly as written: trimmed, without its bullet; an item wrapped over lines is joined by one space. */
  published: string;
  line: number;
  column: number;
}

/** One college member as a published division names them. Nothing here is guessed: every field is in the input. */
export interface PublishedHolder {
  /** As written, titles ("mr.", "drs.") and tussenvoegsels kept; runs of spaces become one. */
  name: string;
  role: PublishedRole;
  party: string | null;
  fte: number | null;
  /**
   * The extra role the text gives beyond wethouder or burgemeester, as written ("1e loco-burgemeester"). A
   * loco-burgemeester is a wethouder who stands in for the burgemeester: it is no subject of policy, so it is kept
   * here rather than among the subjects, where matching would report it as unknown.
   */
  roleNote?: string;
  subjects: PublishedSubject[];
  /** Where the holder is named (1-based line, or the table row of their first subject). */
  line: number;
}

/**
 * The holders a division names, in the order it names them, and every problem met. Any problem that is not a
 * warning means the division must not be taken in as it is; warnings say what was skipped or assumed.
 */
export interface PublishedDivision {
  holders: PublishedHolder[];
  problems: Problem[];
}

/**
 * What a published division may hold. A real one is a few kilobytes; the text limit only stops a whole document
 * pasted by mistake from being read line by line. Name, party and FTE bounds are those of a portfolio
 * (shared/model/portfolio.ts); holders are LIMITS.portfolios (shared/io/limits.ts).
 */
export const DIVISION_LIMITS = {
  textChars: 200_000,
  nameChars: 120,
  partyChars: 80,
  subjectChars: 200,
  fteMin: 0.1,
  fteMax: 1.5,
} as const;
