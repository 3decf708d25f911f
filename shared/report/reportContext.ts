import type { Project } from '../model/project';
import type { Portfolio } from '../model/portfolio';
import type { Link } from '../model/link';
import { nodeHolder, type Division } from '../model/division';
import type { TextFormat } from '../analysis/textFormat';
import type { CompactGraph } from '../analysis/compactGraph';
import { linkIdsInProjectOrder, type LinkList } from '../analysis/divisionFigures';
import type { ReportLang } from './document';

/**
 * Looks up a message by its full key, namespace first: `report.…` for the report's own sentences, `analysis.kind.…`
 * and `analysis.division.role.…` for the words the app uses elsewhere, `optimiser.…` for the bound's sentence.
 * `count` picks the plural form (the app's translator and the command line's both do).
 */
export type ReportTranslate = (key: string, params?: Record<string, string | number>) => string;

/** Number formats of the report's language, and a date (the report's date line). */
export interface ReportFormat extends TextFormat {
  date(iso: string): string;
}

export interface ReportSettings {
  lang: ReportLang;
  t: ReportTranslate;
  fmt: ReportFormat;
  /** At most this many rows in one table; the rest is counted under it (default 500). */
  maxRows?: number;
}

/** What the sections share: names of goals, subjects and holders, links by id, and the sentences' helpers. */
export interface ReportContext {
  project: Project;
  graph: CompactGraph;
  t: ReportTranslate;
  fmt: ReportFormat;
  lang: ReportLang;
  maxRows: number;
  /** A goal's title or a subject's name. */
  node(id: string): string;
  /** A holder's name as the project writes it; "niet toegewezen" for none. */
  holder(id: string | null | undefined): string;
  /** A holder with role and party, as a published division names them: "Wethouder Jansen (PvdA, 0,8 fte)". */
  holderFull(id: string): string;
  portfolio(id: string): Portfolio | undefined;
  link(id: string): Link | undefined;
  /** Split weights and strengths: two decimals at most. */
  weight(x: number): string;
  share(x: number | null): string;
}

export function reportContext(project: Project, graph: CompactGraph, s: ReportSettings): ReportContext {
  const { t, fmt } = s;
  const names = new Map<string, string>([
    ...project.subjects.map((x) => [x.id, x.name] as const),
    ...project.goals.map((x) => [x.id, x.title] as const),
  ]);
  const portfolios = new Map(project.portfolios.map((p) => [p.id, p]));
  const links = new Map(project.links.map((l) => [l.id, l]));
  const holder = (id: string | null | undefined) =>
    id === null || id === undefined ? t('report.unassigned') : (portfolios.get(id)?.holder ?? id);
  return {
    project,
    graph,
    t,
    fmt,
    lang: s.lang,
    maxRows: s.maxRows ?? 500,
    node: (id) => names.get(id) ?? id,
    holder,
    holderFull: (id) => {
      const p = portfolios.get(id);
      if (!p) return id;
      const roleWord = t(`analysis.division.role.${p.role}`);
      // Holder fields often carry the role already ("Wethouder J. Bakker"): then it is not said twice.
      const lower = p.holder.toLocaleLowerCase();
      const who =
        lower.includes(p.role) || lower.includes(roleWord.toLocaleLowerCase())
          ? p.holder
          : t('report.holder.named', { role: roleWord, name: p.holder });
      const extra = [p.party.trim(), p.fte !== 1 ? t('report.holder.fte', { fte: fmt.number(p.fte, 2) }) : '']
        .filter(Boolean)
        .join(', ');
      return extra ? `${who} (${extra})` : who;
    },
    portfolio: (id) => portfolios.get(id),
    link: (id) => links.get(id),
    weight: (x) => fmt.number(x, 2),
    share: (x) => (x === null ? '–' : fmt.percent(x)),
  };
}

/** The links of a list, strongest first, then in project order: how the app lists the links behind a figure. */
export function linksOf(c: ReportContext, linkIds: readonly string[], list: LinkList): Link[] {
  return linkIdsInProjectOrder({ linkIds }, list)
    .map((id) => c.link(id))
    .filter((l) => l !== undefined)
    .sort((a, b) => b.strength - a.strength);
}

/** Who holds a link end in a draft (a goal follows its subject's lead unless the draft names it). */
export function endHolder(c: ReportContext, division: Division, nodeId: string): string | undefined {
  const v = c.graph.goalIndex.get(nodeId);
  return nodeHolder(division, nodeId, v === undefined ? undefined : c.graph.subjectOf[v]);
}

/** A sentence under a cut table: how many rows were left out. Null when none were. */
export function moreRows(c: ReportContext, total: number): string | null {
  return total > c.maxRows ? c.t('report.moreRows', { count: total - c.maxRows, shown: c.maxRows }) : null;
}
