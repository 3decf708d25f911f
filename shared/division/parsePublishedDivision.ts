import { problem, type Problem } from '../model/problem';
import { capProblems, warning } from '../io/capProblems';
import { LIMITS } from '../io/limits';
import { findHeadSeparator, findTabSeparator, isHeading, parseHead, plausibleName, type HeadParse } from './holderHead';
import { chunkOf, endsOpen, splitOutside, startsJoined, wrapsItem, type SubjectLine } from './splitSubjects';
import { DIVISION_LIMITS, type PublishedDivision } from './publishedDivision';
import { finishHolders, type HolderDraft } from './finishHolders';

export type { PublishedDivision, PublishedHolder, PublishedSubject, PublishedRole } from './publishedDivision';

// "- ", "* ", "– ", "— ", "1. ", "2) ", "a) "; the round bullets also without a space.
const BULLET = /^\s*(?:[•·▪◦‣⁃●○]\s*|(?:[-*–—]|\d{1,3}[.)]|[a-z]\))\s+)/;

interface LineView {
  head: HeadParse;
  separator?: { start: number; end: number };
  /** Subjects on the holder's own line, from `inlineAt` (0-based in the raw line). */
  inline: string;
  inlineAt: number;
}

/**
 * "**Wethouder Jansen (PvdA)**: werk" from a web page or chat: marks that wrap the head are no part of the name.
 * They become spaces, so every column stays where it was.
 */
function withoutEmphasis(content: string): string {
  const open = /^\s*(\*\*|__)(?=\S)/.exec(content);
  if (!open) return content;
  const mark = open[1]!;
  const start = open[0].length - 2;
  const close = content.indexOf(mark, open[0].length);
  if (close < 0 || !/^(?:$|[\s:(–—-])/.test(content.slice(close + 2))) return content;
  return `${content.slice(0, start)}  ${content.slice(start + 2, close)}  ${content.slice(close + 2)}`;
}

function view(raw: string, from: number): LineView {
  const content = withoutEmphasis(raw.slice(from));
  const separator = findHeadSeparator(content) ?? findTabSeparator(content);
  const head = parseHead(separator ? content.slice(0, separator.start) : content);
  const inline = separator ? content.slice(separator.end) : '';
  return { head, separator, inline, inlineAt: from + (separator?.end ?? content.length) };
}

/** Enough, on a line inside another holder's block, to say a new holder starts here. */
function startsHolder(v: LineView): boolean {
  const s = v.head.signals;
  return s.role || s.fte || s.knownParty || (s.partyLike && v.separator !== undefined);
}

/** Enough, where a block may start, to take a line as a holder rather than skip it. */
function canBeHolder(v: LineView): boolean {
  const h = v.head;
  if (startsHolder(v) || h.signals.bracket) return true;
  if (!plausibleName(h.name)) return false;
  // "Jansen, Sterk Dorp" names a party; "Werk, inkomen" is a list, not a holder.
  return h.party === null || v.separator !== undefined || /^\p{Lu}/u.test(h.party);
}

const excerpt = (raw: string) => {
  const t = raw.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
};

/**
 * A division as municipalities publish it, one holder per line or per block: "Wethouder Jansen (PvdA): werk en
 * inkomen, armoede en schulden, zorg", "Jansen, PvdA – werk en inkomen; armoede", a name line with bulleted or
 * plain subject lines under it, a burgemeester line. Headings and other lines that name no holder are skipped
 * with a warning, never made into holders. How subjects are split: see `separatorsOf` (splitSubjects.ts).
 *
 * Blocks: a blank line, a heading, or a line after bullets that is not indented ends a block. Inside a block a
 * line starts a new holder only when it says so (a role word, an FTE, a known party, or a party and a ':'); so
 * members listed without blank lines between them need one of those, or a ':' after their name in the one-line
 * form. A holder whose line ends in ':' with nothing after it takes the lines after a blank line as its subjects.
 */
export function parsePublishedDivision(text: string): PublishedDivision {
  if (text.length > DIVISION_LIMITS.textChars)
    return {
      holders: [],
      problems: [problem('divisionTextTooLong', { length: text.length, limit: DIVISION_LIMITS.textChars })],
    };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: Problem[] = [];
  const drafts: HolderDraft[] = [];
  let current: HolderDraft | undefined;

  const skip = (code: 'divisionHeadingSkipped' | 'divisionLineSkipped', raw: string, line: number) => {
    problems.push(
      code === 'divisionHeadingSkipped'
        ? warning('divisionHeadingSkipped', { line, text: excerpt(raw) })
        : warning('divisionLineSkipped', { line, text: excerpt(raw) }),
    );
    if (current) current.mode = 'closed';
  };

  const start = (raw: string, v: LineView, line: number, column: number) => {
    const inline = v.inline.trim();
    current = {
      head: v.head,
      line,
      column,
      text: excerpt(raw),
      lines: inline ? [{ chunks: [chunkOf(raw, v.inlineAt, line)], bulleted: false }] : [],
      mode: inline ? 'inline' : 'list',
      announced: v.separator !== undefined && !inline,
      bare: !v.head.signals.role && !v.head.signals.fte && v.head.party === null && !v.separator,
    };
    drafts.push(current);
  };

  /** A line where a block may start: a heading, a holder, or neither. */
  const blockStart = (raw: string, from: number, line: number) => {
    const v = view(raw, from);
    if (isHeading(raw, v.head)) skip('divisionHeadingSkipped', raw, line);
    else if (canBeHolder(v)) start(raw, v, line, from + 1);
    else skip('divisionLineSkipped', raw, line);
  };

  const addLine = (d: HolderDraft, subject: SubjectLine) => d.lines.push(subject);
  const join = (d: HolderDraft, raw: string, line: number) => {
    const chunks = d.lines[d.lines.length - 1]!.chunks;
    const chunk = chunkOf(raw, 0, line);
    if (!wrapsItem(chunks[chunks.length - 1]!.text, chunk.text)) chunk.breakBefore = true;
    chunks.push(chunk);
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) {
      // An announced, still empty portfolio takes what follows the blank line (the absorb rule above).
      if (current && !(current.announced && current.lines.length === 0)) current.mode = 'closed';
      return;
    }
    const bullet = BULLET.exec(raw);
    if (bullet) {
      const from = bullet[0].length;
      const v = view(raw, from);
      if (startsHolder(v) && !isHeading(raw, v.head)) start(raw, v, line, from + 1);
      else if (current) {
        addLine(current, { chunks: [chunkOf(raw, from, line)], bulleted: true });
        current.mode = 'bullets';
      } else skip('divisionLineSkipped', raw, line);
      return;
    }
    const v = view(raw, 0);
    const last = current?.lines[current.lines.length - 1];
    const open = last !== undefined && (endsOpen(last.chunks[last.chunks.length - 1]!.text) || startsJoined(raw));
    switch (current?.mode) {
      case 'list': {
        const heading = isHeading(raw, v.head);
        if (heading && (v.separator !== undefined || startsHolder(v))) skip('divisionHeadingSkipped', raw, line);
        else if (startsHolder(v) && !heading) start(raw, v, line, 1);
        else if (open) join(current, raw, line);
        else addLine(current, { chunks: [chunkOf(raw, 0, line)], bulleted: false });
        return;
      }
      case 'inline': {
        // After "Jansen: werk, zorg," the next line either names the next holder or goes on with the list.
        const listy = splitOutside(raw, ',;').length > 1 && !v.separator;
        if (isHeading(raw, v.head)) skip('divisionHeadingSkipped', raw, line);
        else if (startsHolder(v) || (v.separator && plausibleName(v.head.name))) start(raw, v, line, 1);
        else if (open || listy || !canBeHolder(v)) join(current, raw, line);
        else start(raw, v, line, 1);
        return;
      }
      case 'bullets':
        // An indented line under a bullet is that bullet wrapped.
        if (/^\s/.test(raw) && !startsHolder(v)) join(current, raw, line);
        else blockStart(raw, 0, line);
        return;
      default:
        blockStart(raw, 0, line);
    }
  });

  const holders = finishHolders(drafts, problems);
  if (holders.length > LIMITS.portfolios)
    problems.push(problem('divisionTooManyHolders', { count: holders.length, limit: LIMITS.portfolios }));
  if (holders.length === 0) problems.push(problem('divisionNoHolders'));
  const byLine = (p: Problem) => (typeof p.params?.line === 'number' ? p.params.line : 0);
  return { holders, problems: capProblems(problems.sort((a, b) => byLine(a) - byLine(b))) };
}
