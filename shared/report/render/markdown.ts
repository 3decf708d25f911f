import type { Block, ReportDocument, Section, Table } from '../document';

/** Text that Markdown would read as markup (emphasis, links, headings, HTML) shown as written. */
export function mdText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_{}[\]<>#|~])/g, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

/** A table cell: text escaped as `mdText` (a pipe included), never a line break. */
const cell = (s: string) => mdText(s) || ' ';

function tableMd(t: Table): string[] {
  const head = `| ${t.columns.map((c) => cell(c.label)).join(' | ')} |`;
  const rule = `| ${t.columns.map((c) => (c.numeric ? '---:' : '---')).join(' | ')} |`;
  const rows = t.rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
  return [`**${mdText(t.caption)}**`, '', head, rule, ...rows];
}

function blockMd(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [b.style === 'note' ? `*${mdText(b.text)}*` : mdText(b.text)];
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${mdText(item)}`);
    case 'definitions':
      return b.items.map((d) => `- **${mdText(d.term)}**: ${mdText(d.text)}`);
    case 'table':
      return tableMd(b);
    case 'figure':
      // An annex carries no pictures: the caption and what the picture shows.
      return [`**${mdText(b.caption)}**`, '', `*${mdText(b.alt)}*`];
  }
}

function sectionMd(s: Section, level: number): string[] {
  const out = [`${'#'.repeat(Math.min(level, 6))} ${mdText(s.title)}`];
  for (const b of s.blocks) out.push('', ...blockMd(b));
  for (const c of s.sections) out.push('', ...sectionMd(c, level + 1));
  return out;
}

/**
 * The report as GitHub-flavoured Markdown, for an annex to a college programme: headings by depth under one `#`
 * title, every table with its caption in bold above it, a header row and right-aligned figures, pictures as their
 * caption and alt text. Text is escaped, so names with `*`, `_` or `|` come out as written.
 */
export function reportMarkdown(doc: ReportDocument): string {
  const out = [
    `# ${mdText(doc.title)}`,
    '',
    ...doc.subtitle.map((line, i) => (i < doc.subtitle.length - 1 ? `${mdText(line)}  ` : mdText(line))),
  ];
  for (const s of doc.sections) out.push('', ...sectionMd(s, 2));
  return `${out.join('\n')}\n`;
}
