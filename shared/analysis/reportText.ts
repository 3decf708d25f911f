import type { Project } from '../model/project';
import type { CoherenceReport } from './coherenceReport';
import { strongestLinksFirst, type CutFigures, type DivisionFigures } from './divisionFigures';
import { buildCompactGraph, type CompactGraph } from './compactGraph';
import { subjectSectionLines } from './subjectReportText';
import {
  arrangementLines,
  coverageHeadline,
  deliberateLines,
  pairCoverageMark,
  publishedDivisionLines,
} from '../coalition/coalitionReportText';
import { partyBalanceSection } from '../coalition/partyBalanceText';

import type { AnalysisTranslate, TextFormat } from './textFormat';

// The report's sections import these from textFormat.ts; callers may keep importing them from here.
export type { AnalysisTranslate, TextFormat } from './textFormat';

export interface ReportTextOptions {
  /** At most this many items in a list before "… and n more" (default 8). */
  maxItems?: number;
  /** The graph the report was made on (built from the project when absent; only a project with subjects needs it). */
  graph?: CompactGraph;
}

/**
 * The figure lines of the report's links section (without its heading): kept, split, with an unassigned end, across
 * domains, Omgevingswet, Omgevingswet between social and physical, modularity. Shared with the division CLI's report,
 * which leaves out the unassigned line when nothing is unassigned (`omitEmptyUnassigned`).
 */
export function linkFigureLines(
  r: DivisionFigures,
  t: AnalysisTranslate,
  fmt: TextFormat,
  options: { omitEmptyUnassigned?: boolean } = {},
): string[] {
  const w = (x: number) => fmt.number(x, 2);
  const share = (x: number | null) => (x === null ? t('figure.none') : fmt.percent(x));
  const cutLine = (key: string, c: CutFigures) =>
    t(key, {
      cutCount: fmt.number(c.cutCount),
      totalCount: fmt.number(c.totalCount),
      cut: w(c.cut),
      total: w(c.total),
      share: share(c.share),
    });
  const out = [
    t('links.kept', { count: fmt.number(r.kept.count), weight: w(r.kept.weight) }),
    t('links.split', { count: fmt.number(r.cut.cutCount), weight: w(r.cut.cut), share: share(r.cut.share) }),
  ];
  if (!(options.omitEmptyUnassigned && r.unassigned.count === 0))
    out.push(t('links.unassigned', { count: fmt.number(r.unassigned.count), weight: w(r.unassigned.weight) }));
  out.push(
    cutLine('links.crossDomain', r.crossDomain),
    cutLine('links.omgevingswet', r.omgevingswet),
    t('links.owSocialPhysical', { count: fmt.number(r.owSocialPhysical.count), weight: w(r.owSocialPhysical.weight) }),
    t('links.modularity', { value: fmt.number(r.modularity, 3) }),
  );
  return out;
}

/**
 * The coherence report as readable plain text (the CLI's default output, and a "copy as text" for the app).
 * Ids are shown as titles and holder names from the project; every list is capped to stay readable; the
 * JSON form carries every id.
 */
export function reportText(
  r: CoherenceReport,
  project: Project,
  t: AnalysisTranslate,
  fmt: TextFormat,
  options: ReportTextOptions = {},
): string {
  const maxItems = options.maxItems ?? 8;
  const goalTitle = new Map<string, string>([
    ...project.subjects.map((s) => [s.id, s.name] as const),
    ...project.goals.map((g) => [g.id, g.title] as const),
  ]);
  const holder = new Map(project.portfolios.map((p) => [p.id, p.holder]));
  const domainName = new Map(project.domains.map((d) => [d.id, d.name]));
  const linkById = new Map(project.links.map((l) => [l.id, l]));
  const goal = (id: string) => goalTitle.get(id) ?? id;
  const pf = (id: string) => holder.get(id) ?? id;
  const w = (x: number) => fmt.number(x, 2);
  const share = (x: number | null) => (x === null ? t('figure.none') : fmt.percent(x));
  const capped = (items: string[]) => {
    const shown = items.slice(0, maxItems).join(', ');
    return items.length > maxItems ? `${shown} ${t('list.more', { count: items.length - maxItems })}` : shown;
  };

  const out: string[] = [];
  const line = (text: string, indent = 0) => out.push(`${'  '.repeat(indent)}${text}`);
  const section = (key: string) => {
    out.push('');
    line(t(key));
  };
  line(t('report.title', { project: project.name, division: r.divisionName }));
  line(
    t('report.summary', {
      count: r.goalCount,
      links: fmt.number(r.linkCount),
      portfolios: fmt.number(r.portfolios.length),
    }),
  );
  const headline = coverageHeadline(r, t, fmt);
  if (headline) line(headline);

  section('section.links');
  for (const text of linkFigureLines(r, t, fmt)) line(text, 1);

  section('section.portfolios');
  for (const p of r.portfolios) {
    let budget = fmt.money(p.budget);
    if (p.budgetUnknown > 0) budget += ` (${t('portfolio.budgetUnknown', { count: p.budgetUnknown })})`;
    line(
      t('portfolio.line', { holder: pf(p.portfolioId), goals: t('portfolio.goals', { count: p.goals }), budget }),
      1,
    );
    const cohesion = p.cohesion === null ? t('figure.none') : fmt.percent(p.cohesion);
    line(t('portfolio.weights', { internal: w(p.internal), external: w(p.external), cohesion }), 2);
    if (p.domains.length) {
      const domains = p.domains
        .map((d) => `${domainName.get(d.domainId) ?? d.domainId} (${fmt.number(d.goals)})`)
        .join(', ');
      const leaning = p.leaning ? `; ${t('portfolio.leaning', { classic: t(`classic.${p.leaning}`) })}` : '';
      line(`${t('portfolio.domains', { domains })}${leaning}`, 2);
    }
  }

  if (project.subjects.length) {
    section('section.published');
    for (const [indent, text] of publishedDivisionLines(r, project, t, maxItems)) line(text, indent);
  }

  section('section.coordination');
  if (r.coordination.length === 0) line(t('coordination.none'), 1);
  const pairs = [...r.coordination].sort((a, b) => b.weight - a.weight);
  const division = project.divisions.find((d) => d.id === r.divisionId);
  const agendaPair = new Map(r.agenda.map((a) => [`${a.a}\u0000${a.b}`, a]));
  for (const c of pairs) {
    const pairLine = t('coordination.pair', { a: pf(c.a), b: pf(c.b), count: c.count, weight: w(c.weight) });
    const a = agendaPair.get(`${c.a}\u0000${c.b}`) ?? agendaPair.get(`${c.b}\u0000${c.a}`);
    const mark = a ? pairCoverageMark(a, division, t, fmt) : null;
    line(mark ? t('coverage.pairLine', { pair: pairLine, mark }) : pairLine, 1);
    for (const l of strongestLinksFirst(r, c.links, linkById).slice(0, maxItems)) {
      line(
        t('coordination.link', {
          from: goal(l.source),
          to: goal(l.target),
          kind: t(`kind.${l.kind}`),
          strength: w(l.strength),
        }),
        2,
      );
    }
    if (c.links.length > maxItems) line(t('list.more', { count: c.links.length - maxItems }), 2);
  }

  section('section.arrangements');
  for (const [indent, text] of arrangementLines(r, project, t, fmt, maxItems)) line(text, indent);
  section('section.deliberate');
  for (const [indent, text] of deliberateLines(r, project, t, fmt, maxItems)) line(text, indent);
  section('section.partyBalance');
  for (const [indent, text] of partyBalanceSection(r.divisionId, project, t, fmt, options.graph)) line(text, indent);

  if (project.subjects.length) {
    section('section.subjects');
    const g = options.graph ?? buildCompactGraph(project);
    for (const [indent, text] of subjectSectionLines(r, project, g, t, fmt, maxItems)) line(text, indent);
  }

  section('section.bridging');
  if (r.bridging === null) line(t('bridging.skipped'), 1);
  else if (r.bridging.length === 0) line(t('bridging.none'), 1);
  else
    r.bridging.forEach((b, i) =>
      line(
        t('bridging.line', {
          rank: i + 1,
          goal: goal(b.goalId),
          holder: b.portfolioId ? pf(b.portfolioId) : t('bridging.unassigned'),
          score: fmt.number(b.score, 3),
          participation: fmt.number(b.participation, 2),
        }),
        1,
      ),
    );

  section('section.warnings');
  if (r.warnings.length === 0) line(t('warning.none'), 1);
  for (const wn of r.warnings) {
    const count = wn.code === 'emptyPortfolios' ? wn.portfolioIds.length : wn.goalIds.length;
    line(
      t(`warning.${wn.code}`, {
        count,
        goals: capped(wn.goalIds.map(goal)),
        portfolios: capped(wn.portfolioIds.map(pf)),
      }),
      1,
    );
  }

  section('section.baseline');
  const b = r.baseline;
  const side = (figure: string, draft: string, classic: string) =>
    line(t('baseline.header', { figure: t(figure), draft, classic }), 1);
  side('figure.cut', `${w(r.cut.cut)} (${share(r.cut.share)})`, `${w(b.cut.cut)} (${share(b.cut.share)})`);
  side('figure.cutCount', fmt.number(r.cut.cutCount), fmt.number(b.cut.cutCount));
  side(
    'figure.crossDomainCut',
    `${w(r.crossDomain.cut)} (${share(r.crossDomain.share)})`,
    `${w(b.crossDomain.cut)} (${share(b.crossDomain.share)})`,
  );
  side(
    'figure.omgevingswetCut',
    `${w(r.omgevingswet.cut)} (${share(r.omgevingswet.share)})`,
    `${w(b.omgevingswet.cut)} (${share(b.omgevingswet.share)})`,
  );
  side('figure.owSocialPhysicalCut', w(r.owSocialPhysical.weight), w(b.owSocialPhysical.weight));
  side('figure.modularity', fmt.number(r.modularity, 3), fmt.number(b.modularity, 3));
  return `${out.join('\n')}\n`;
}
