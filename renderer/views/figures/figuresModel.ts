import type { CoherenceReport } from '../../../shared/analysis/coherenceReport';

/** The four headline figures of a draft, read off its coherence report (so they always equal the report's). */
export interface HeadlineFigures {
  divisionId: string;
  name: string;
  /** Split weight, and the split and all links behind it. */
  splitWeight: number;
  splitCount: number;
  linkCount: number;
  /** Split Omgevingswet links, of all Omgevingswet links. */
  owSplit: number;
  owTotal: number;
  /** Split Omgevingswet links between a mostly-social and a mostly-physical holder. */
  owSocialPhysical: number;
  /** Holder pairs that must coordinate (at least one split link between them). */
  pairs: number;
}

export const HEADLINE_KEYS = ['splitWeight', 'owSplit', 'owSocialPhysical', 'pairs'] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

export function headlineFigures(report: CoherenceReport): HeadlineFigures {
  return {
    divisionId: report.divisionId,
    name: report.divisionName,
    splitWeight: report.cut.cut,
    splitCount: report.cut.cutCount,
    linkCount: report.cut.totalCount,
    owSplit: report.omgevingswet.cutCount,
    owTotal: report.omgevingswet.totalCount,
    owSocialPhysical: report.owSocialPhysical.count,
    pairs: report.coordination.length,
  };
}

/**
 * Which of two drafts splits less on each headline figure, compared as shown (split weight to one decimal), so the
 * word never contradicts the numbers beside it; null when they are equal.
 */
export function splitsLess(a: HeadlineFigures, b: HeadlineFigures): Record<HeadlineKey, 'a' | 'b' | null> {
  const pick = (x: number, y: number) => (x < y ? 'a' : y < x ? 'b' : null);
  const tenth = (x: number) => Math.round(x * 10);
  return {
    splitWeight: pick(tenth(a.splitWeight), tenth(b.splitWeight)),
    owSplit: pick(a.owSplit, b.owSplit),
    owSocialPhysical: pick(a.owSocialPhysical, b.owSocialPhysical),
    pairs: pick(a.pairs, b.pairs),
  };
}
