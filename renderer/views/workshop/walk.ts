import type { Project } from '../../../shared/model';
import type { CoherenceReport } from '../../../shared/analysis/coherenceReport';
import { linkIdsInProjectOrder, strongestLinksFirst } from '../../../shared/analysis/divisionFigures';

/** One link of a walk step, as the room reads it: both goals, the kind and strength, and why they belong together. */
export interface WalkLink {
  linkId: string;
  source: string;
  target: string;
  kind: Project['links'][number]['kind'];
  strength: number;
  rationale: string;
}

/** One step of the guided walk "wat deze verdeling splitst". */
export type WalkStep =
  | { kind: 'overview'; splitCount: number; splitWeight: number; pairCount: number; linkIds: string[] }
  | { kind: 'pair'; a: string; b: string; weight: number; links: WalkLink[]; linkIds: string[]; goalIds: string[] };

/**
 * The walk through the coordination agenda for a room: first what the draft splits as a whole, then each pair of
 * holders, heaviest first, with the links they must agree on. Pure, so the steps a projector shows are testable.
 */
export function walkSteps(project: Project, report: CoherenceReport): WalkStep[] {
  const byId = new Map(project.links.map((l) => [l.id, l]));
  // The same order as the agenda in Analyse (heaviest first, ties as the report lists them), so the room walks
  // the list the advisors have in front of them.
  const pairs = [...report.coordination].sort((x, y) => y.weight - x.weight);
  const overview: WalkStep = {
    kind: 'overview',
    splitCount: report.cut.cutCount,
    splitWeight: report.cut.cut,
    pairCount: pairs.length,
    linkIds: linkIdsInProjectOrder(report, report.cut.splitLinks),
  };
  return [
    overview,
    ...pairs.map((pair): WalkStep => {
      const links = strongestLinksFirst(report, pair.links, byId).map((l) => ({
        linkId: l.id,
        source: l.source,
        target: l.target,
        kind: l.kind,
        strength: l.strength,
        rationale: l.rationale,
      }));
      const goalIds = [...new Set(links.flatMap((l) => [l.source, l.target]))];
      return {
        kind: 'pair',
        a: pair.a,
        b: pair.b,
        weight: pair.weight,
        links,
        linkIds: links.map((l) => l.linkId),
        goalIds,
      };
    }),
  ];
}

/** The step index after a press of PageDown (+1) or PageUp (−1), kept within the walk. */
export function stepTo(current: number, delta: number, count: number): number {
  return Math.max(0, Math.min(count - 1, current + delta));
}

/** A CSS string literal holding `text`. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

/**
 * Style for the board while the walk is at a pair: the pair's two columns get a thick black frame and `label`
 * under their names (which a screen reader hears as part of the column's name). The board knows nothing of the
 * walk; its columns are found by the `board-col-<id>` heading that labels them.
 */
export function pairColumnsCss(a: string, b: string, label: string): string {
  const columns = [a, b].map((id) => `.workshop-main .board-col[aria-labelledby=${cssString(`board-col-${id}`)}]`);
  return [
    `${columns.join(',\n')} { outline: 4px solid #000; outline-offset: 2px; }`,
    `${columns.map((c) => `${c} h3::after`).join(',\n')} { content: ${cssString(label)}; display: block; font-size: 0.8em; }`,
  ].join('\n');
}
