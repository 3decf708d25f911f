import type { PublishedSubject } from './publishedDivision';

/** A piece of one physical line: its text trimmed, and where that text starts (1-based). */
export interface Chunk {
  text: string;
  line: number;
  column: number;
  /** The line break before this chunk ends an item (a list that goes on), rather than wrapping one. */
  breakBefore?: boolean;
}

/** What the writer meant as one line of subjects: a bullet, a line, or a line wrapped onto the next ones. */
export interface SubjectLine {
  chunks: Chunk[];
  bulleted: boolean;
}

/** A chunk of `raw` from `from` on, trimmed, with the column of its first character. */
export function chunkOf(raw: string, from: number, line: number): Chunk {
  const rest = raw.slice(from);
  const lead = rest.length - rest.trimStart().length;
  return { text: rest.trim(), line, column: from + lead + 1 };
}

/** A list that goes on on the next line: it ends in a separator or a joining word. */
export const endsOpen = (text: string) => /(?:[,;&+/]|\s(?:en|and))$/i.test(text.trim());
/** A line that can only continue the one before it: it starts with a separator or a joining word. */
export const startsJoined = (text: string) => /^(?:[,;&+]|(?:en|and)(?:\s|$))/i.test(text.trim());
/** A line break inside one item: after "en", "&", "/" or "+", or before "en", "&" or "+". */
export const wrapsItem = (before: string, after: string) =>
  /(?:\s(?:en|and)|[&+/])$/i.test(before.trim()) || /^(?:[&+]|(?:en|and)(?:\s|$))/i.test(after.trim());

/**
 * Ranges of `text` between separators, never splitting inside brackets or double quotes, so "Zorg (Wmo, jeugd)"
 * and “Afval, water en riolering” stay whole whatever the separator.
 */
export function splitOutside(text: string, separators: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (ch === '“') quoted = true;
    else if (ch === '”') quoted = false;
    else if (quoted) continue;
    else if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && separators.includes(ch)) {
      ranges.push({ start, end: i });
      start = i + 1;
    }
  }
  ranges.push({ start, end: text.length });
  return ranges;
}

const hasOutside = (text: string, separator: string) => splitOutside(text, separator).length > 1;

/**
 * THE SEPARATOR RULE. A published subject's name may itself hold "en", "&" or a comma ("Afval, water en
 * riolering"), and a name cut in two cannot be matched back, while one kept whole can still match several
 * catalogue subjects. So each holder's block is split as coarsely as its writer shows:
 *
 * 1. Line breaks, bullets and tabs between words always separate. A line wrapped after "en", "&", "/" or "+"
 *    goes on with its item; a list wrapped after a separator goes on with the list.
 * 2. When the block uses ';' anywhere, ';' separates and commas stay inside items.
 * 3. Otherwise, when the block has two or more lines of subjects, or one bulleted line, each line is one item
 *    and commas stay inside it.
 * 4. Otherwise (all subjects on one line, as in "Wethouder Jansen (PvdA): werk, zorg, wonen") commas separate.
 *
 * " en ", "&", "/" and "+" never separate; nor does anything inside brackets or double quotes. In the comma case
 * "wonen, afval, water en riolering" gives "afval" and "water en riolering": a writer who means one subject there
 * must use ';', a line of its own, or quotes. Guessing ("a single word before a comma belongs to the next item")
 * would cut "wonen, sport en recreatie" wrongly just as often.
 */
export function separatorsOf(lines: readonly SubjectLine[]): string {
  const joined = lines.map((l) => lineText(l));
  if (joined.some((t) => hasOutside(t, ';'))) return ';';
  if (lines.length > 1 || lines.some((l) => l.bulleted)) return '';
  return ',';
}

/** The chunks joined by a space, or by the separator where a line break ended an item. */
const lineText = (l: SubjectLine, separator = ' ') =>
  l.chunks.map((c, i) => (i === 0 ? c.text : `${c.breakBefore ? separator : ' '}${c.text}`)).join('');

/** A closing period ends the sentence, not the subject; an abbreviation's ("e.d.") stays. */
function withoutClosingPeriod(item: string): string {
  if (!item.endsWith('.')) return item;
  const last = item.slice(item.lastIndexOf(' ') + 1);
  return /\..+\.$/.test(last) || last.length <= 2 ? item : item.slice(0, -1).trimEnd();
}

/** The items of a block's subject lines by the separator rule, each with where it starts. */
export function splitSubjects(lines: readonly SubjectLine[]): PublishedSubject[] {
  const separators = separatorsOf(lines);
  const out: PublishedSubject[] = [];
  for (const l of lines) {
    const text = lineText(l, separators ? separators[0] : ' ');
    const starts: number[] = [];
    let at = 0;
    for (const c of l.chunks) {
      starts.push(at);
      at += c.text.length + 1;
    }
    // Items come in order, so the chunk search goes on from the last one (a list wrapped over thousands of lines).
    let k = 0;
    for (const r of splitOutside(text, `${separators}\t`)) {
      const raw = text.slice(r.start, r.end);
      const published = withoutClosingPeriod(raw.trim());
      if (!published) continue;
      const index = r.start + raw.length - raw.trimStart().length;
      while (k + 1 < starts.length && starts[k + 1]! <= index) k++;
      const chunk = l.chunks[k]!;
      out.push({ published, line: chunk.line, column: chunk.column + index - starts[k]! });
    }
  }
  return out;
}
