import type { Project } from '../model/project';
import { buildCompactGraph, type CompactGraph } from '../analysis/compactGraph';
import { coherenceReport, type CoherenceReport } from '../analysis/coherenceReport';
import type { BridgingOptions } from '../analysis/bridgingGoals';
import type { SuggestOptions } from '../analysis/suggestMoves';
import { partyBalance } from '../coalition/partyBalance';
import type { ReportDocument, Section } from './document';
import { reportContext, type ReportContext, type ReportSettings } from './reportContext';
import { headlineSection, SECTION_IDS } from './sections/headline';
import { publishedSection } from './sections/published';
import { agendaSection } from './sections/agenda';
import { coverageSection, omgevingswetSection } from './sections/coverage';
import { bridgingSection, keptSection, partyBalanceSection, warningsSection } from './sections/bridgingBalance';
import { suggestionsSection } from './sections/suggestions';
import { proposalSection, type ReportProposal } from './sections/proposal';
import {
  figure,
  figuresSection,
  mapAlt,
  matrixAlt,
  methodSection,
  type ReportPictures,
} from './sections/figuresMethod';

export type { ReportProposal } from './sections/proposal';
export type { ReportPictures } from './sections/figuresMethod';

export interface DraftReportOptions extends ReportSettings {
  /** The project's graph when the caller has it (the app memoises it per revision). */
  graph?: CompactGraph;
  /** When the report was made (ISO), for the line under the title; absent: no date. */
  date?: string;
  /** Bridging goals as the Analyse view computes them (default: the ten highest). */
  bridging?: BridgingOptions;
  /** The suggestions' options (balance, tolerance, level, per-holder bands); false leaves the section out. */
  suggestions?: SuggestOptions | false;
  /** The optimiser's result, when there is one to report. */
  proposal?: ReportProposal | null;
  /** The map and the matrix as SVG, made by the caller; a slot without one keeps its alternative text. */
  pictures?: ReportPictures;
}

/** Section titles by key, in the report's language. */
export function sectionTitles(c: Pick<ReportContext, 't'>): Record<keyof typeof SECTION_IDS, string> {
  const out = {} as Record<keyof typeof SECTION_IDS, string>;
  for (const key of Object.keys(SECTION_IDS) as (keyof typeof SECTION_IDS)[]) out[key] = c.t(`report.section.${key}`);
  return out;
}

/** The lines under the title: municipality, what the report is of, when it was made. */
export function subtitleLines(c: ReportContext, project: Project, what: string, date: string | undefined): string[] {
  const lines = [
    project.municipality.trim() ? c.t('report.municipality', { name: project.municipality.trim() }) : '',
    what,
  ];
  if (date) lines.push(c.t('report.madeOn', { date: c.fmt.date(date) }));
  return lines.filter(Boolean);
}

/**
 * The report of one draft for a college: headline figures, the division as it would be published, the coordination
 * agenda with every link and rationale, covered, uncovered and deliberate splits, split Omgevingswet links, bridging
 * goals, party balance, suggestions, the optimiser's result when given, the map and the matrix, what is worth a
 * look, and a page that explains every figure. The figures are the coherence report's own (`coherenceReport`), and
 * every count has the table of its links beside it. Throws on an unknown draft (the caller picks from the project).
 */
export function draftReport(project: Project, divisionId: string, options: DraftReportOptions): ReportDocument {
  const division = project.divisions.find((d) => d.id === divisionId);
  if (!division) throw new RangeError(`unknown draft ${divisionId}`);
  const graph = options.graph ?? buildCompactGraph(project);
  const r: CoherenceReport = coherenceReport(project, divisionId, graph, { bridging: options.bridging ?? { top: 10 } });
  const c = reportContext(project, graph, options);
  const titles = sectionTitles(c);
  const balance = partyBalance(project, divisionId, graph);
  const sections: Section[] = [
    headlineSection(c, r, balance, titles),
    publishedSection(c, r, division, titles.published),
    agendaSection(c, r, division, titles.agenda),
    coverageSection(c, r, division, titles.coverage),
    omgevingswetSection(c, r, division, titles.omgevingswet),
    bridgingSection(c, r, titles.bridging),
    partyBalanceSection(c, balance, titles.party),
  ];
  if (options.suggestions !== false) {
    const suggest: SuggestOptions = {
      limit: 5,
      level: project.subjects.length ? 'subject' : 'goal',
      ...options.suggestions,
    };
    sections.push(suggestionsSection(c, project, divisionId, suggest, graph, titles.suggestions));
  }
  if (options.proposal) sections.push(proposalSection(c, options.proposal, titles.proposal));
  const pictures = options.pictures ?? {};
  sections.push(
    figuresSection(
      c,
      [
        figure('kaart', c.t('report.figure.mapCaption', { draft: division.name }), mapAlt(c, r), pictures.map),
        figure(
          'matrix',
          c.t('report.figure.matrixCaption', { draft: division.name }),
          matrixAlt(c, r),
          pictures.matrix,
        ),
      ],
      titles.figures,
    ),
    warningsSection(c, r, division, titles.warnings),
    methodSection(c, titles.method),
    keptSection(c, r, division, titles.kept),
  );
  return {
    lang: options.lang,
    title: c.t('report.title', { project: project.name, draft: division.name }),
    subtitle: subtitleLines(c, project, c.t('report.subtitle', { draft: division.name }), options.date),
    contentsTitle: c.t('report.contents'),
    sections,
  };
}
