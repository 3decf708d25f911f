import { problem, type Problem } from '../model/problem';
import { warning } from '../io/capProblems';
import type { HeadParse } from './holderHead';
import { splitSubjects, type SubjectLine } from './splitSubjects';
import { DIVISION_LIMITS, type PublishedHolder, type PublishedSubject } from './publishedDivision';

/** A holder while its block is being read. */
export interface HolderDraft {
  head: HeadParse;
  line: number;
  /** 1-based column where the holder's line starts (after a bullet). */
  column: number;
  /** The line, shortened, for messages. */
  text: string;
  lines: SubjectLine[];
  /** What a plain line after the last one means: see parsePublishedDivision. */
  mode: 'list' | 'inline' | 'bullets' | 'closed';
  /** The line ended in ':' or a dash with nothing after it. */
  announced: boolean;
  /** Only a name: no role word, party, FTE or separator. */
  bare: boolean;
}

/** Case, accents and spacing do not make two subjects of one holder different. */
export const sameText = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** What is wrong with one subject; each reader says where, in its own words. */
export type SubjectTrouble = 'tooLong' | 'repeated';

/**
 * The subjects of one holder, a repeated one dropped with a warning. Shared by the text and the table readers:
 * `at` makes the problem located as the reader locates it (a line and column, or a table cell).
 */
export function uniqueSubjects(
  subjects: readonly PublishedSubject[],
  problems: Problem[],
  at: (s: PublishedSubject, trouble: SubjectTrouble, earlier?: PublishedSubject) => Problem,
): PublishedSubject[] {
  const seen = new Map<string, PublishedSubject>();
  const out: PublishedSubject[] = [];
  for (const s of subjects) {
    if (s.published.length > DIVISION_LIMITS.subjectChars) problems.push(at(s, 'tooLong'));
    const key = sameText(s.published);
    const earlier = seen.get(key);
    if (earlier) {
      problems.push(at(s, 'repeated', earlier));
      continue;
    }
    seen.set(key, s);
    out.push(s);
  }
  return out;
}

const textAt = (s: PublishedSubject, trouble: SubjectTrouble, earlier?: PublishedSubject): Problem =>
  trouble === 'repeated'
    ? warning('divisionDuplicateSubject', {
        line: s.line,
        column: s.column,
        text: s.published,
        otherLine: earlier?.line ?? s.line,
      })
    : problem('divisionSubjectTooLong', {
        line: s.line,
        column: s.column,
        length: s.published.length,
        limit: DIVISION_LIMITS.subjectChars,
      });

/**
 * Drafts → holders. A bare name line with nothing under it was no holder after all (a stray line), so it is
 * skipped with a warning; every other check reports where the holder is written.
 */
export function finishHolders(drafts: readonly HolderDraft[], problems: Problem[]): PublishedHolder[] {
  const holders: PublishedHolder[] = [];
  const named = new Map<string, number>();
  let mayor: number | undefined;
  for (const d of drafts) {
    const { head, line } = d;
    if (d.bare && d.lines.length === 0) {
      problems.push(warning('divisionLineSkipped', { line, text: d.text }));
      continue;
    }
    let name = head.name;
    if (!name) {
      if (head.role !== 'burgemeester') {
        problems.push(problem('divisionNoName', { line }));
        continue;
      }
      // There is one burgemeester: "Burgemeester: openbare orde, …" names them well enough.
      name = 'Burgemeester';
      problems.push(warning('divisionMayorUnnamed', { line, name }));
    }
    if (name.length > DIVISION_LIMITS.nameChars)
      problems.push(problem('divisionNameTooLong', { line, length: name.length, limit: DIVISION_LIMITS.nameChars }));
    if (head.party !== null && head.party.length > DIVISION_LIMITS.partyChars)
      problems.push(
        problem('divisionPartyTooLong', { line, length: head.party.length, limit: DIVISION_LIMITS.partyChars }),
      );
    const fteOut = head.fte !== null && (head.fte < DIVISION_LIMITS.fteMin || head.fte > DIVISION_LIMITS.fteMax);
    if (head.badFte !== undefined || fteOut)
      problems.push(
        problem('divisionBadFte', {
          line,
          value: head.badFte ?? String(head.fte),
          min: DIVISION_LIMITS.fteMin,
          max: DIVISION_LIMITS.fteMax,
        }),
      );
    for (const text of head.ignored) problems.push(warning('divisionDetailIgnored', { line, text }));
    const key = sameText(name);
    const other = named.get(key);
    if (other !== undefined) problems.push(problem('divisionDuplicateHolder', { line, name, otherLine: other }));
    else named.set(key, line);
    if (head.role === 'burgemeester') {
      if (mayor !== undefined) problems.push(warning('divisionSecondMayor', { line, name, otherLine: mayor }));
      else mayor = line;
    }
    const holder: PublishedHolder = {
      name,
      role: head.role,
      party: head.party,
      fte: head.badFte !== undefined ? null : head.fte,
      subjects: uniqueSubjects(splitSubjects(d.lines), problems, textAt),
      line,
    };
    if (head.roleNote) holder.roleNote = head.roleNote;
    holders.push(holder);
  }
  return holders;
}
