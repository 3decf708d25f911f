/**
 * Text in a picture written as an SVG string (the map, the coordination matrix): escaped, and wrapped by an
 * estimate of glyph width, since a string has no layout engine to measure with. The estimate errs wide, so a line
 * fits in the width it was wrapped for.
 */

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** An average glyph width as a share of the font size, for wrapping (names are mostly lower-case letters). */
export const GLYPH = 0.56;

/** Characters of `font` pixels that fit in `width` pixels. */
export const fits = (width: number, font: number) => Math.max(2, Math.floor(width / (font * GLYPH)));

/**
 * Words in lines of at most `max` characters, at most `lines` of them; a word longer than a line is cut, and what
 * does not fit ends the last line with "…". Names stay whole where they can.
 */
export function wrapText(text: string, max: number, lines: number): string[] {
  if (max < 2 || lines < 1) throw new RangeError(`wrapText: a line of ${max} characters, ${lines} lines`);
  const out: string[] = [];
  let line = '';
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    while (word.length > max) {
      if (line) {
        out.push(line);
        line = '';
      }
      out.push(word.slice(0, max - 1) + '-');
      word = word.slice(max - 1);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  const last = kept[lines - 1]!;
  kept[lines - 1] = `${last.length < max ? last : last.slice(0, max - 1).trimEnd()}…`;
  return kept;
}
