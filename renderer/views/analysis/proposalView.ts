import {
  boundSummary,
  withGlobalBound,
  type BoundMessage,
  type CurvePoint,
  type MoveCurve,
} from '../../../shared/optimiser';
import type { Proposal } from '../../store/proposalSlice';
import { pointAtCap } from './moveCurveModel';

/** What the panel shows of a proposal: the full one, or the curve's point at the cap the user chose. */
export interface ShownProposal {
  /** The curve with every point's lower bound raised to the global one once known; null while none is there. */
  curve: MoveCurve | null;
  /** The point on show; null for the full proposal. */
  point: CurvePoint | null;
  /** Split weight after the proposal, of the whole draft as the report counts it. */
  after: number;
  /** How far from the best possible (within the cap, for a point); null while no bound is known. */
  summary: BoundMessage | null;
  /** The lower bound the summary rests on, of the whole draft; null while none is known. */
  lowerBound: number | null;
}

/**
 * The search saw only the holders taking part: links to holders outside add `constantCut` to every figure and to
 * every bound. A point's bound covers every division within its cap (the reach bound, raised to the global one).
 */
export function shownProposal(p: Proposal): ShownProposal {
  const curve = p.curve && !('problems' in p.curve) ? withGlobalBound(p.curve, p.bound?.bound) : null;
  const point = curve && p.cap !== null ? pointAtCap(curve, Math.max(1, p.cap)) : null;
  const c = p.constantCut;
  if (point) {
    const lowerBound = point.lowerBound === null ? null : point.lowerBound + c;
    return {
      curve,
      point,
      after: point.splitWeight + c,
      // Where the global bound lifted the point's, its safety stop is part of the sentence too.
      summary: lowerBound === null ? null : boundSummary(point.cut + c, { ...p.bound, bound: lowerBound }),
      lowerBound,
    };
  }
  const lowerBound = p.bound ? p.bound.bound + c : null;
  return {
    curve,
    point: null,
    // The report's figure: deliberate links count as split there, the search leaves them out.
    after: p.found.cut + (p.found.deliberateCut ?? 0) + c,
    // The bound's details travel along: whether its safety time limit cut it short is part of the sentence.
    summary: lowerBound === null ? null : boundSummary(p.found.cut + c, { ...p.bound, bound: lowerBound }),
    lowerBound,
  };
}

/** How many subjects and goals a point moves (a subject's goals go along with it). */
export function pointMoved(point: Pick<CurvePoint, 'list'>): { subjects: number; goals: number } {
  let subjects = 0;
  let goals = 0;
  for (const m of point.list) {
    if (m.kind === 'subject') subjects++;
    goals += m.goalIds.length;
  }
  return { subjects, goals };
}
