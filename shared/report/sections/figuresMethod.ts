import type { CoherenceReport } from '../../analysis/coherenceReport';
import { paragraph, section, type Definitions, type Figure, type Section } from '../document';
import type { ReportContext } from '../reportContext';
import { SECTION_IDS } from './headline';

/** Pictures the caller made (standalone SVG documents); null or absent leaves the slot with its text. */
export interface ReportPictures {
  map?: string | null;
  matrix?: string | null;
}

/** The map's alternative text, written from the report's figures. */
export function mapAlt(c: ReportContext, r: CoherenceReport): string {
  return c.t('report.figure.mapAlt', {
    count: r.goalCount,
    holders: c.fmt.number(r.portfolios.length),
    cut: c.fmt.number(r.cut.cutCount),
    links: c.fmt.number(r.cut.totalCount),
    weight: c.weight(r.cut.cut),
    total: c.weight(r.cut.total),
  });
}

/** The coordination matrix's alternative text (holder × holder), written from the report's figures. */
export function matrixAlt(c: ReportContext, r: CoherenceReport): string {
  const holders = c.fmt.number(r.portfolios.length);
  // The picture is holder × holder (the matrix view's coordination table): the alternative says the same.
  const heaviest = [...r.coordination].sort((x, y) => y.weight - x.weight || y.links.length - x.links.length)[0];
  if (!heaviest) return c.t('report.figure.matrixAltNone', { holders });
  return c.t('report.figure.matrixAlt', {
    count: r.coordination.length,
    holders,
    cut: c.fmt.number(r.coordination.reduce((s, p) => s + p.links.length, 0)),
    heaviest: c.t('report.agenda.pair', { a: c.holder(heaviest.a), b: c.holder(heaviest.b) }),
    weight: c.weight(heaviest.weight),
  });
}

export function figure(id: string, caption: string, alt: string, svg: string | null | undefined): Figure {
  return { kind: 'figure', id, caption, alt, svg: svg ?? null };
}

/** The map and the matrix, each with a caption and an alternative text that says what the picture shows. */
export function figuresSection(c: ReportContext, figures: Figure[], title: string): Section {
  const missing = figures.some((f) => f.svg === null);
  return section(SECTION_IDS.figures, title, [
    ...figures,
    ...(missing ? [paragraph(c.t('report.figure.missing'), 'note')] : []),
  ]);
}

/** Every figure of the report in plain words, in the order a reader meets them. */
export const METHOD_TERMS = [
  'weight',
  'splitWeight',
  'splitLinks',
  'kept',
  'unassigned',
  'crossDomain',
  'omgevingswet',
  'owSocialPhysical',
  'pairs',
  'sharedSubjects',
  'covered',
  'uncovered',
  'deliberate',
  'bridging',
  'gallagher',
  'suggestions',
  'lowerBound',
  'modularity',
  'classic',
] as const;

/** The method page: what the report does and does not do, and what every figure means. */
export function methodSection(c: ReportContext, title: string): Section {
  const { t } = c;
  const definitions: Definitions = {
    kind: 'definitions',
    items: METHOD_TERMS.map((term) => ({
      term: t(`report.method.${term}.term`),
      text: t(`report.method.${term}.text`),
    })),
  };
  return section(
    SECTION_IDS.method,
    title,
    [paragraph(t('report.method.intro')), paragraph(t('report.method.notJudge')), definitions],
    [],
    true,
  );
}
