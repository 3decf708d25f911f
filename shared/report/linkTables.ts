import type { Division } from '../model/division';
import type { Link } from '../model/link';
import type { LinkList } from '../analysis/divisionFigures';
import { paragraph, table, type Block, type Column } from './document';
import { endHolder, linksOf, moreRows, type ReportContext } from './reportContext';

/** A link end as the tables name it: the goal or subject, with its holder in the draft. */
export function endText(c: ReportContext, division: Division, nodeId: string): string {
  return c.t('report.link.end', { node: c.node(nodeId), holder: c.holder(endHolder(c, division, nodeId)) });
}

/** A link in a sentence or a list cell: "Armoede en schulden — Wonen". */
export function linkName(c: ReportContext, l: Pick<Link, 'source' | 'target'>): string {
  return c.t('report.link.name', { from: c.node(l.source), to: c.node(l.target) });
}

export interface LinkTableOptions {
  /** A last column per link (its status on the agenda); its header. */
  extra?: { label: string; cell(l: Link): string };
  /** Leave the rationale out (a table that repeats links listed with it elsewhere). */
  short?: boolean;
}

/**
 * The links behind a figure as a table, strongest first: both ends with their holders, kind, strength and (unless
 * `short`) the rationale. A longer list than the report's row limit is cut, with a sentence saying how many rows
 * are left out; an empty list is a sentence.
 */
export function linkTable(
  c: ReportContext,
  division: Division,
  caption: string,
  linkIds: readonly string[],
  list: LinkList,
  options: LinkTableOptions = {},
): Block[] {
  if (list.length === 0) return [paragraph(c.t('report.link.none'))];
  return linkTableOf(c, division, caption, linksOf(c, linkIds, list), options);
}

/** `linkTable` over links already looked up and ordered. */
export function linkTableOf(
  c: ReportContext,
  division: Division,
  caption: string,
  links: readonly Link[],
  options: LinkTableOptions = {},
): Block[] {
  if (links.length === 0) return [paragraph(c.t('report.link.none'))];
  const t = c.t;
  const columns: (string | Column)[] = [
    t('report.col.from'),
    t('report.col.to'),
    t('report.col.kind'),
    { label: t('report.col.strength'), numeric: true },
  ];
  if (options.extra) columns.push(options.extra.label);
  if (!options.short) columns.push(t('report.col.rationale'));
  const rows = links.slice(0, c.maxRows).map((l) => {
    const row = [
      endText(c, division, l.source),
      endText(c, division, l.target),
      t(`analysis.kind.${l.kind}`),
      c.weight(l.strength),
    ];
    if (options.extra) row.push(options.extra.cell(l));
    if (!options.short) row.push(l.rationale.trim() || '–');
    return row;
  });
  const out: Block[] = [table(caption, columns, rows)];
  const more = moreRows(c, links.length);
  if (more) out.push(paragraph(more, 'note'));
  return out;
}
