import type { Block, Figure, ReportDocument, Section, Table } from '../document';
import { REPORT_CSS } from './reportCss';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * No scripts, no requests: the file shows itself and nothing else, also when opened from a mail or a share. Inline
 * styles only (its own stylesheet), pictures inline or as data.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface HtmlOptions {
  /**
   * Put the stylesheet in a `<style>` element (a standalone file: the default). A caller showing the report in a
   * page whose CSP forbids inline styles leaves it out and adopts `REPORT_CSS` through the CSSOM.
   */
  inlineStyle?: boolean;
}

/**
 * A caller's SVG made fit to stand inline: the XML prolog dropped, `role="img"` and a first `<title>` with the alt
 * text as its accessible name. Null for anything that is not a plain drawing (a script, a foreign object, an event
 * handler): the figure then shows its text instead.
 */
export function inlineSvg(svg: string, titleId: string, alt: string): string | null {
  const body = svg.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?/i, '').trim();
  const open = /^<svg\b[^>]*>/i.exec(body);
  if (!open || /<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(body)) return null;
  const tag = open[0]
    .replace(/\s(role|aria-labelledby|aria-label)="[^"]*"/gi, '')
    .replace(/\/?>$/, ` role="img" aria-labelledby="${titleId}">`);
  return `${tag}<title id="${titleId}">${esc(alt)}</title>${body.slice(open[0].length)}`;
}

function tableHtml(t: Table): string {
  const cls = (i: number) => (t.columns[i]?.numeric ? ' class="num"' : '');
  const head = t.columns.map((c, i) => `<th scope="col"${cls(i)}>${esc(c.label)}</th>`).join('');
  const rows = t.rows
    .map((row) => {
      const cells = row.map((cell, i) =>
        i === 0 && t.rowHeaders ? `<th scope="row"${cls(i)}>${esc(cell)}</th>` : `<td${cls(i)}>${esc(cell)}</td>`,
      );
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table>\n<caption>${esc(t.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function figureHtml(f: Figure): string {
  const picture = f.svg === null ? null : inlineSvg(f.svg, `fig-${f.id}-title`, f.alt);
  const body = picture ?? `<p class="figure-text">${esc(f.alt)}</p>`;
  return `<figure id="fig-${esc(f.id)}">\n${body}\n<figcaption>${esc(f.caption)}</figcaption>\n</figure>`;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return b.style === 'note' ? `<p class="note">${esc(b.text)}</p>` : `<p>${esc(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</${tag}>`;
    }
    case 'definitions':
      return `<dl>\n${b.items.map((d) => `<dt>${esc(d.term)}</dt><dd>${esc(d.text)}</dd>`).join('\n')}\n</dl>`;
    case 'table':
      return tableHtml(b);
    case 'figure':
      return figureHtml(b);
  }
}

function sectionHtml(s: Section, level: number): string {
  const h = Math.min(level, 6);
  const cls = s.pageBreak ? ' class="page-break"' : '';
  return [
    `<section id="${esc(s.id)}" aria-labelledby="h-${esc(s.id)}"${cls}>`,
    `<h${h} id="h-${esc(s.id)}">${esc(s.title)}</h${h}>`,
    ...s.blocks.map(blockHtml),
    ...s.sections.map((c) => sectionHtml(c, level + 1)),
    '</section>',
  ].join('\n');
}

function contentsHtml(doc: ReportDocument): string {
  const items = doc.sections.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`).join('\n');
  return `<nav class="toc" aria-labelledby="toc-title">\n<h2 id="toc-title">${esc(doc.contentsTitle)}</h2>\n<ol>\n${items}\n</ol>\n</nav>`;
}

/**
 * The report as one standalone HTML document: `<html lang>`, the title as the one `<h1>`, a table of contents,
 * sections with headings by depth, tables with a caption and `<th scope>`, figures with inline SVG (`role="img"`,
 * the alt text as `<title>`) and a caption, and the print stylesheet. Prints to a tagged PDF in Chromium as is.
 */
export function reportHtml(doc: ReportDocument, options: HtmlOptions = {}): string {
  const style = options.inlineStyle === false ? '' : `<style>${REPORT_CSS}</style>\n`;
  return [
    '<!doctype html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Samenhang">',
    `<title>${esc(doc.title)}</title>`,
    `${style}</head>`,
    '<body>',
    '<header class="report-title">',
    `<h1>${esc(doc.title)}</h1>`,
    ...doc.subtitle.map((line) => `<p class="subtitle">${esc(line)}</p>`),
    '</header>',
    contentsHtml(doc),
    '<main>',
    ...doc.sections.map((s) => sectionHtml(s, 2)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
