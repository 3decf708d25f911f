import { esc, fits, GLYPH, wrapText } from '../svgText';

/**
 * The holder × holder coordination matrix as a standalone SVG document: what a memo, a slide or a report shows
 * of "who must agree with whom, and how much". Built from plain data as a string (no DOM), so the view's export,
 * its PNG and the report draw the same picture. The look is in attributes: the file shows the same anywhere.
 */

export interface PairPictureHolder {
  name: string;
  /** The holder's colour on the map and the board (a chip beside the name). */
  colour: string;
}

export interface PairPictureTexts {
  title: string;
  /** The project and the draft. */
  subtitle: string;
  /** What the picture says in one sentence (the heaviest pair), under the subtitle. */
  lead: string;
  /** The accessible description: what the picture shows in words. */
  desc: string;
  /** The ends of the shade ramp in the legend. */
  less: string;
  more: string;
  /** The legend's lines under the ramp. */
  legend: readonly string[];
  /** A weight as the interface writes it (decimal comma in Dutch). */
  number(x: number): string;
}

export interface PairPicture {
  holders: readonly PairPictureHolder[];
  /** k × k, row-major, symmetric: the split weight and the number of split links of each pair. */
  weight: ArrayLike<number>;
  count: ArrayLike<number>;
  /** k × k cover marks (✓ ◐ ∥, or '' for none), or null when the draft has nothing to mark. */
  marks: readonly string[] | null;
  texts: PairPictureTexts;
}

const FONT = 'system-ui, Segoe UI, Roboto, sans-serif';
const INK = '#1b1f24';
const SOFT = '#4a525c';
/** The split colour of the map's split links and the chord diagram's ribbons. */
const SPLIT = '#c4451c';
const SELF = '#e9ecef';
const RULE = '#c9ced4';
const PAD = 20;
const CELL_W = 108;
const CELL_H = 48;
const LABEL_W = 210;
const LINE = 15;
const HEAD_LINES = 3;
/** The faintest and darkest shade of a pair: dark text on the darkest stays above 6:1. */
const SHADE_MIN = 0.08;
const SHADE_SPAN = 0.52;

const f = (n: number) => String(Math.round(n * 10) / 10);

function textLines(lines: readonly string[], x: number, y: number, attrs: string): string {
  if (lines.length === 1) return `<text x="${f(x)}" y="${f(y)}" ${attrs}>${esc(lines[0]!)}</text>`;
  const spans = lines.map((l, i) => `<tspan x="${f(x)}" dy="${i === 0 ? 0 : LINE}">${esc(l)}</tspan>`).join('');
  return `<text x="${f(x)}" y="${f(y)}" ${attrs}>${spans}</text>`;
}

function checkInput(p: PairPicture): number {
  const k = p.holders.length;
  if (k === 0) throw new RangeError('pairMatrixSvg: no holders to draw');
  for (const [what, list] of [
    ['weight', p.weight],
    ['count', p.count],
    ['marks', p.marks],
  ] as const)
    if (list !== null && list.length !== k * k)
      throw new RangeError(`pairMatrixSvg: ${what} has ${list.length} cells, not ${k} × ${k} = ${k * k}`);
  for (let i = 0; i < k * k; i++)
    if (!(p.weight[i]! >= 0) || !(p.count[i]! >= 0))
      throw new RangeError(`pairMatrixSvg: cell ${Math.floor(i / k) + 1}, ${(i % k) + 1} has weight ${p.weight[i]}`);
  return k;
}

/**
 * The picture: a title, the project and draft, the heaviest pair in words; the holders' names on both axes (each
 * with its colour); a cell per pair shaded by its split weight, with the weight, the number of split links and the
 * cover mark the view shows; a dash on the diagonal; and a legend. `role="img"` with `<title>` and `<desc>`.
 */
export function pairMatrixSvg(p: PairPicture): string {
  const k = checkInput(p);
  const { texts } = p;
  let max = 0;
  for (let i = 0; i < k * k; i++) max = Math.max(max, p.weight[i]!);

  const gridX = PAD + LABEL_W + 10;
  const width = Math.max(gridX + k * CELL_W + PAD, 620);
  const textWidth = width - 2 * PAD;
  const lead = wrapText(texts.lead, fits(textWidth, 13), 3);
  const head = 64 + lead.length * LINE + 14;
  const colHead = HEAD_LINES * LINE + 12;
  const gridY = head + colHead;
  const gridBottom = gridY + k * CELL_H;
  const legendLines = texts.legend.map((l) => wrapText(l, fits(textWidth, 12), 4));
  const legendY = gridBottom + 28;
  const height = legendY + 26 + legendLines.reduce((h, l) => h + l.length * LINE + 5, 0) + PAD - 5;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="pair-matrix-title pair-matrix-desc" font-family="${FONT}">`,
    `<title id="pair-matrix-title">${esc(texts.title)}</title>`,
    `<desc id="pair-matrix-desc">${esc(texts.desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${PAD}" y="30" font-size="19" font-weight="bold" fill="${INK}">${esc(texts.title)}</text>`,
    `<text x="${PAD}" y="52" font-size="13" fill="${SOFT}">${esc(texts.subtitle)}</text>`,
    textLines(lead, PAD, 74, `font-size="13" fill="${INK}"`),
  ];

  // Column heads: the name wrapped over up to three lines, bottom-aligned, with the holder's colour under it.
  p.holders.forEach((h, j) => {
    const lines = wrapText(h.name, fits(CELL_W - 10, 12), HEAD_LINES);
    const cx = gridX + j * CELL_W + CELL_W / 2;
    const top = gridY - 10 - (lines.length - 1) * LINE - 4;
    out.push(textLines(lines, cx, top, `font-size="12" font-weight="600" text-anchor="middle" fill="${INK}"`));
    out.push(`<rect x="${f(cx - 18)}" y="${gridY - 7}" width="36" height="4" fill="${esc(h.colour)}"/>`);
  });
  // Row heads: the name right-aligned beside its row, over up to two lines, a colour chip before it.
  p.holders.forEach((h, i) => {
    const lines = wrapText(h.name, fits(LABEL_W - 22, 12), 2);
    const cy = gridY + i * CELL_H + CELL_H / 2;
    const y = cy + 4 - ((lines.length - 1) * LINE) / 2;
    out.push(textLines(lines, gridX - 10, y, `font-size="12" font-weight="600" text-anchor="end" fill="${INK}"`));
    out.push(`<rect x="${PAD}" y="${f(cy - 5)}" width="10" height="10" fill="${esc(h.colour)}"/>`);
  });

  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const x = gridX + j * CELL_W;
      const y = gridY + i * CELL_H;
      const cx = x + CELL_W / 2;
      const w = p.weight[i * k + j]!;
      const n = p.count[i * k + j]!;
      const frame = `x="${x}" y="${y}" width="${CELL_W}" height="${CELL_H}" stroke="${RULE}" stroke-width="1"`;
      if (i === j || n === 0) {
        out.push(`<rect ${frame} fill="${i === j ? SELF : '#ffffff'}"/>`);
        const dash = i === j ? '—' : '–';
        out.push(`<text x="${cx}" y="${y + 30}" font-size="14" text-anchor="middle" fill="${SOFT}">${dash}</text>`);
        continue;
      }
      const shade = SHADE_MIN + (max > 0 ? (SHADE_SPAN * w) / max : 0);
      out.push(`<rect ${frame} fill="#ffffff"/>`);
      out.push(
        `<rect x="${x}" y="${y}" width="${CELL_W}" height="${CELL_H}" fill="${SPLIT}" fill-opacity="${shade.toFixed(3)}"/>`,
      );
      const mark = p.marks?.[i * k + j] ?? '';
      out.push(
        `<text x="${cx}" y="${y + 22}" font-size="15" font-weight="bold" text-anchor="middle" fill="${INK}">${esc(texts.number(w))}</text>`,
        `<text x="${cx}" y="${y + 39}" font-size="11" text-anchor="middle" fill="${INK}">(${n})${mark ? ` ${esc(mark)}` : ''}</text>`,
      );
    }
  out.push(
    `<rect x="${gridX}" y="${gridY}" width="${k * CELL_W}" height="${k * CELL_H}" fill="none" stroke="${SOFT}" stroke-width="1"/>`,
  );

  // Legend: the shade ramp from little to much split weight, then the lines that say what the marks mean.
  out.push(`<text x="${PAD}" y="${legendY + 12}" font-size="12" fill="${INK}">${esc(texts.less)}</text>`);
  const rampX = PAD + Math.ceil(texts.less.length * 12 * GLYPH) + 8;
  for (let s = 0; s < 5; s++)
    out.push(
      `<rect x="${rampX + s * 26}" y="${legendY}" width="24" height="16" fill="${SPLIT}" fill-opacity="${(SHADE_MIN + (SHADE_SPAN * (s + 1)) / 5).toFixed(3)}" stroke="${RULE}" stroke-width="1"/>`,
    );
  out.push(
    `<text x="${rampX + 5 * 26 + 6}" y="${legendY + 12}" font-size="12" fill="${INK}">${esc(texts.more)}</text>`,
  );
  let y = legendY + 26 + 12;
  for (const lines of legendLines) {
    out.push(textLines(lines, PAD, y, `font-size="12" fill="${SOFT}"`));
    y += lines.length * LINE + 5;
  }
  out.push('</svg>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out.join('\n')}\n`;
}
