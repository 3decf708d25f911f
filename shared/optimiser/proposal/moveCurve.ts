import type { Project } from '../../model/project';
import type { Problem } from '../../model/problem';
import type { Placement } from '../../model/operations/placementOps';
import { buildCompactGraph, type CompactGraph } from '../../analysis/compactGraph';
import { deliberateLinks } from '../../coalition/deliberateLinks';
import type { Division } from '../../model/division';
import { placementOf, placementProblem, type MoveLevel, type PlacementProblem } from '../../analysis/placementProblem';
import { placementConstraints, type PlacementOptimiseOptions } from '../optimiserPlacement';
import { coalitionSetup } from '../coalition/contract';
import { conflictProblems, bandUnreachable } from '../coalition/conflictProblems';
import { describeProblems } from '../optimiserProject';
import { CurveState } from './curveState';
import { greedyWalk, towardWalk, type Walk } from './curveSteps';
import { explainMoves, listMoves, splitWeightOf } from './explainMoves';
import type { CurvePoint, MoveCurve, ProposalMove } from './types';

export type { MoveCurve } from './types';

interface Candidate {
  count: number;
  cut: number;
  walk: Walk | null;
  /** Steps of `walk` taken (all of them for the full proposal, which has no walk). */
  prefix: number;
}

/**
 * The move curve of a draft: for 1, 2, 3, … moves, the lowest cut found with at most that many moves, up to the
 * full proposal. Two walks give the points: the best single move (or swap) at a time from the draft, and the
 * proposal's own moves in the order that pays most first; each point is the better of the two (or of the draft and
 * the full proposal), so the curve never rises. Every step keeps locks, each holder's limits and the coalition's
 * rules, as the optimiser does; a point's lower bound says how much any list of that length could still gain.
 */
export function moveCurve(
  project: Project,
  divisionId: string,
  options: PlacementOptimiseOptions,
  proposal: { assignments: Readonly<Record<string, string>> },
): MoveCurve | { problems: Problem[] } {
  const division = project.divisions.find((d) => d.id === divisionId);
  const g = buildCompactGraph(project);
  const level = options.level ?? 'goal';
  const c = placementConstraints(project, divisionId, level, options.balance, g);
  if (Array.isArray(c)) return { problems: describeProblems(project, divisionId, c) };
  if (!division) return { problems: [] };
  const s = coalitionSetup(project, division, g, c, options.partyBand);
  if (!('cp' in s)) {
    const problems = conflictProblems(project, c.k, s.conflicts, options.partyBand?.tolerance);
    if (s.band?.unreachable.length) problems.push(bandUnreachable(s.band.unreachable, options.partyBand!.tolerance));
    return { problems };
  }
  const { cp } = s;
  const size = new Int32Array(cp.n);
  for (const x of s.nodeOf) size[x]! += 1;
  // The proposal on the search's nodes: a node keeps its draft holder where the proposal does not name one.
  const target = s.initialParts.slice();
  const pIndex = new Map(division.portfolioIds.map((id, i) => [id, i]));
  // The proposal names goals (and subjects without goals); a subject node follows its goals, which move with it.
  g.goalIds.forEach((id, v) => {
    const p = pIndex.get(proposal.assignments[id] ?? '');
    if (p !== undefined) target[s.nodeOf[c.problem.nodeOf[v]!]!] = p;
  });

  const greedy = greedyWalk(new CurveState(cp, s.initialParts), size);
  const toward = towardWalk(new CurveState(cp, s.initialParts), target, size);
  const fullState = new CurveState(cp, s.initialParts);
  let fullCount = 0;
  for (let x = 0; x < cp.n; x++)
    if (target[x] !== s.initialParts[x]) {
      fullState.move(x, target[x]!);
      fullCount += size[x]!;
    }
  const draftCut = new CurveState(cp, s.initialParts).cut;
  const candidates: Candidate[] = [{ count: 0, cut: draftCut, walk: null, prefix: 0 }];
  for (const walk of [greedy, toward])
    walk.cuts.forEach((cut, i) => candidates.push({ count: walk.counts[i]!, cut, walk, prefix: i + 1 }));
  const full: Candidate = { count: fullCount, cut: fullState.cut, walk: null, prefix: -1 };
  candidates.push(full);

  const baseDraft = c.initialParts;
  // A draft that breaks a keep-together rule starts from the group joined with its first member's holder: those
  // moves are part of every point, listed first and counted.
  const joined = s.expand(s.initialParts);
  const forced: number[] = [];
  for (let i = 0; i < joined.length; i++) if (joined[i] !== baseDraft[i]) forced.push(i);
  // The reach bound counts moves from the walks' start; from the real draft it would not hold, so none is claimed.
  const reach = forced.length ? () => null : reachBounds(new CurveState(cp, s.initialParts));
  const built = new Map<Candidate, Omit<CurvePoint, 'cap' | 'lowerBound'>>();
  const pointOf = (cand: Candidate) => {
    let point = built.get(cand);
    if (point) return point;
    const parts = s.initialParts.slice();
    const order: number[] = [];
    const steps = cand === full ? [fullSteps(target, s.initialParts)] : (cand.walk?.steps.slice(0, cand.prefix) ?? []);
    for (const step of steps) for (const [x, q] of step) parts[x] = q;
    const base = s.expand(parts);
    // Each moved node of the search stands for its members in the placement problem, in the order found.
    const members = new Map<number, number[]>();
    s.nodeOf.forEach((x, i) => members.set(x, [...(members.get(x) ?? []), i]));
    order.push(...forced);
    for (const step of steps) for (const [x] of step) for (const i of members.get(x) ?? []) order.push(i);
    const moved = [...new Set(order)].filter((i) => base[i] !== baseDraft[i]);
    point = {
      moves: moved.length,
      cut: cand.cut,
      splitWeight: splitWeightOf(g, c.problem, base),
      list: listMoves(g, c.problem, baseDraft, base, moved, division.portfolioIds),
    };
    built.set(cand, point);
    return point;
  };

  // Moves from the real draft: with forced joins, a walk's own count is off by them (or less, where a walk moves a
  // joined node again), so each candidate is counted on its division.
  if (forced.length) for (const x of candidates) x.count = pointOf(x).moves;
  fullCount = full.count;
  const lastWalked = Math.max(0, ...candidates.filter((x) => x !== full).map((x) => x.count));
  const caps: number[] = [];
  const first = Math.max(1, Math.min(...candidates.map((x) => x.count)));
  for (let m = first; m <= Math.min(lastWalked, fullCount); m++) caps.push(m);
  if (fullCount > 0 && !caps.includes(fullCount)) caps.push(fullCount);
  for (let m = Math.max(first, fullCount + 1); m <= lastWalked; m++) caps.push(m);
  const points = caps.map((cap): CurvePoint => {
    let best: Candidate | null = null;
    for (const x of candidates)
      if (
        x.count <= cap &&
        (!best || x.cut < best.cut - 1e-9 || (Math.abs(x.cut - best.cut) <= 1e-9 && x.count < best.count))
      )
        best = x;
    if (!best) throw new Error('move curve: a cap below every candidate');
    return { cap, ...pointOf(best), lowerBound: reach(cap) };
  });
  // The global bound covers only divisions within every holder's limits; a draft outside them walks toward them
  // and its points may cut less than any division within the limits, so the bound must not lift them.
  let complete = true;
  const load = new Float64Array(cp.k);
  for (let x = 0; x < cp.n; x++)
    if (s.initialParts[x]! < 0) complete = false;
    else load[s.initialParts[x]!]! += cp.weight[x]!;
  for (let p = 0; p < cp.k; p++) if (load[p]! > cp.hi[p]! + cp.eps || load[p]! < cp.lo[p]! - cp.eps) complete = false;
  return {
    before: {
      cut: forced.length ? draftCutOf(g, c.problem, baseDraft, division) : draftCut,
      splitWeight: splitWeightOf(g, c.problem, baseDraft),
    },
    points,
    full: { cut: full.cut, splitWeight: pointOf(full).splitWeight, moves: pointOf(full).moves },
    complete,
  };
}

/** The cut of the draft as it stands in the search's measure: every split link but those deliberate splits name. */
function draftCutOf(g: CompactGraph, problem: PlacementProblem, parts: Int32Array, division: Division): number {
  const delib = deliberateLinks(g, division);
  let w = 0;
  for (let l = 0; l < g.m; l++) {
    if (delib?.[l]) continue;
    const a = parts[problem.nodeOf[g.src[l]!]!]!;
    const b = parts[problem.nodeOf[g.dst[l]!]!]!;
    if (a >= 0 && b >= 0 && a !== b) w += g.weight[l]!;
  }
  return w;
}

/** The full proposal as one step. */
function fullSteps(target: Int32Array, draft: Int32Array): [number, number][] {
  const step: [number, number][] = [];
  for (let x = 0; x < target.length; x++) if (target[x] !== draft[x]) step.push([x, target[x]!]);
  return step;
}

/**
 * A lower bound on the cut after at most m moves: only links at moved nodes change, and a moved node can take at
 * most its own split links out of the cut. At most m nodes move (a keep-together group of r members even costs r
 * moves), so the cut drops by at most the split weight of the m nodes that carry the most.
 */
function reachBounds(state: CurveState): (m: number) => number {
  const { n, k } = state.cp;
  const carried: number[] = [];
  for (let v = 0; v < n; v++) {
    const p = state.parts[v]!;
    if (!state.movable(v) || p < 0) continue;
    let w = 0;
    for (let q = 0; q < k; q++) if (q !== p) w += state.connTo(v, q);
    if (w > 0) carried.push(w);
  }
  carried.sort((a, b) => b - a);
  const prefix = [0];
  for (const w of carried) prefix.push(prefix[prefix.length - 1]! + w);
  return (m) => Math.max(0, state.cut - prefix[Math.min(m, carried.length)]!);
}

/**
 * The points' lower bounds raised to the global bound, where it holds for them (a draft that gives every node a
 * holder and keeps every holder within its limits).
 */
export function withGlobalBound(curve: MoveCurve, bound: number | null | undefined): MoveCurve {
  if (bound === null || bound === undefined || !curve.complete) return curve;
  return { ...curve, points: curve.points.map((p) => ({ ...p, lowerBound: Math.max(p.lowerBound ?? 0, bound) })) };
}

/** The placement problem with one point's moves made, or null when a move names what the draft no longer has. */
function pointParts(project: Project, divisionId: string, level: MoveLevel, point: Pick<CurvePoint, 'list'>) {
  const division = project.divisions.find((d) => d.id === divisionId);
  if (!division) return null;
  const g = buildCompactGraph(project);
  const problem = placementProblem(g, division, level);
  const parts = problem.parts.slice();
  const order: number[] = [];
  for (const move of point.list) {
    const v = problem.graph.goalIndex.get(move.nodeId);
    const p = division.portfolioIds.indexOf(move.to);
    if (v === undefined || p < 0) return null;
    parts[v] = p;
    order.push(v);
  }
  return { division, g, problem, parts, order };
}

/** The draft's placement after one point's moves, for `setPlacement` or a new draft. */
export function pointPlacement(
  project: Project,
  divisionId: string,
  level: MoveLevel,
  point: Pick<CurvePoint, 'list'>,
): Placement | null {
  const at = pointParts(project, divisionId, level, point);
  return at && placementOf(at.problem, at.g, at.division, at.parts);
}

/**
 * One point's moves with the goal-level links each joins (split in the draft, kept at the point) and splits: what
 * the panel lists when the point is opened. Computed on demand (a pass over the links), so a curve of a large
 * project stays small enough to keep.
 */
export function explainPoint(
  project: Project,
  divisionId: string,
  level: MoveLevel,
  point: Pick<CurvePoint, 'list'>,
): ProposalMove[] | null {
  const at = pointParts(project, divisionId, level, point);
  if (!at) return null;
  return explainMoves(at.g, at.problem, at.problem.parts, at.parts, at.order, at.division.portfolioIds);
}
