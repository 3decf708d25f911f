import type { Division } from '../../../shared/model';
import { divisionParts, type CompactGraph } from '../../../shared/analysis/compactGraph';
import { LINK_COVERED, LINK_DELIBERATE, splitCoverage } from '../../../shared/coalition/splitCoverage';

/**
 * A split link that is not simply a problem: an arrangement of the draft covers it, or the coalition split it on
 * purpose. Unset on kept links and on split links that nothing covers.
 */
export type CoverMark = 'covered' | 'deliberate';

/** A split link's cover mark from the report's coverage status (`SplitCoverage.status`). */
export function coverMarkOf(status: Uint8Array | null, e: number): CoverMark | undefined {
  const s = status?.[e];
  return s === LINK_COVERED ? 'covered' : s === LINK_DELIBERATE ? 'deliberate' : undefined;
}

/** The coverage status of every link under a draft: the report's when given, else worked out the same way. */
export function coverStatusOf(
  graph: CompactGraph,
  draft: Division | undefined,
  parts: Int32Array | null,
  given: Uint8Array | undefined,
): Uint8Array | null {
  if (given) return given;
  if (!draft || (!draft.arrangements.length && !draft.deliberate.length)) return null;
  return splitCoverage(graph, parts ?? divisionParts(graph, draft), draft).status;
}
