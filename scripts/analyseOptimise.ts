/**
 * `npm run analyse -- <file> --optimise …`: the optimiser's proposal for one draft, computed as the app computes
 * it (renderer/views/analysis/proposalRun.ts, renderer/workers/optimiserClient.ts) but in this thread: the draft's
 * burgemeester outside the search, two lanes with derived seeds and the better kept, then the lower bound of its
 * cut and, with a cap on moves, the move curve's point at that cap. No timings in the result, so the same file and
 * options give the same output on any machine.
 */
import type { Project } from '../shared/model/project';
import { problem, type Problem } from '../shared/model/problem';
import type { Placement } from '../shared/model/operations/placementOps';
import { setPlacement } from '../shared/model/operations/placementOps';
import { coherenceReport, findDivision } from '../shared/analysis/coherenceReport';
import { buildCompactGraph } from '../shared/analysis/compactGraph';
import { placementProblem, type MoveLevel } from '../shared/analysis/placementProblem';
import {
  bandBreaches,
  fitBalance,
  holderBands,
  type BalanceFit,
  type BalanceKind,
} from '../shared/analysis/balanceRule';
import { draftLoads, loadsOn } from '../shared/analysis/draftLoads';
import {
  OPTIMISER_LANES,
  boundSummary,
  describeProblems,
  explainPoint,
  laneBeats,
  laneSeed,
  mergeFixedPlacement,
  moveCurve,
  optimiseProjectPlacement,
  placementBound,
  pointPlacement,
  withGlobalBound,
  withoutHolders,
  type BalanceChoice,
  type BoundMessage,
  type CurvePoint,
  type MoveCurve,
  type PlacementOptimiseResult,
  type PointMove,
  type ProposalMove,
} from '../shared/optimiser';
import { fixedRuleProblems } from '../renderer/views/analysis/fixedRuleProblems';

/** `--balance`: what each holder is measured against; `tolerance` a fraction (0.25 = ±25 %), `max` per holder. */
export interface BalanceArg {
  kind: BalanceKind;
  tolerance: number;
  max?: number;
}

export interface OptimiseArgs {
  division?: string;
  /** `--moves`: the move curve's point with at most this many moves; absent: the full proposal. */
  moves?: number;
  balance: BalanceArg;
  by: 'goals' | 'budget';
  seed: number;
  /** Absent: subjects when the project has any, else goals (the app's default). */
  level?: MoveLevel;
}

/** The app's defaults: goals within ±20 % of the equal share, start number 1. */
export const DEFAULT_BALANCE: BalanceArg = { kind: 'mean', tolerance: 0.2 };
export const DEFAULT_SEED = 1;

/**
 * `mean`, `fte` or `current`, optionally with `:<percent>` (0–100, default 20), or `max:<n>` (n ≥ 0: every holder
 * at most n goals or euros). Null when the text is none of these.
 */
export function parseBalance(text: string): BalanceArg | null {
  const m = /^(mean|fte|current|max)(?::(\d+(?:[.,]\d+)?)%?)?$/.exec(text.trim());
  if (!m) return null;
  const kind = m[1] as BalanceKind;
  const value = m[2] === undefined ? undefined : Number(m[2].replace(',', '.'));
  if (kind === 'max') return value === undefined ? null : { kind, tolerance: DEFAULT_BALANCE.tolerance, max: value };
  if (value !== undefined && value > 100) return null;
  return { kind, tolerance: value === undefined ? DEFAULT_BALANCE.tolerance : value / 100 };
}

/** One move of the proposal, by name: a subject with its goals, or a goal; the goal-level links it joins and splits. */
export interface ProposalMoveOut {
  kind: MoveLevel;
  id: string;
  name: string;
  /** Titles of the goals that go along (a subject's following goals; the goal itself). */
  goals: string[];
  /** Holder names; `from` null for what the draft had given no one. */
  from: string | null;
  to: string;
  joins: string[];
  splits: string[];
}

export interface BreachOut {
  holderId: string;
  holder: string;
  now: number;
  low: number;
  high: number;
}

export interface OptimiseOutcome {
  project: string;
  divisionId: string;
  division: string;
  level: MoveLevel;
  seed: number;
  balance: { by: 'goals' | 'budget'; kind: BalanceKind; tolerance: number; max?: number };
  /** Holders left out of the search (they keep what they hold), by name. */
  outside: string[];
  /** `--moves`, or null for the full proposal. */
  cap: number | null;
  /** The report's split weight of the draft and of the proposal (every split link, links to `outside` too). */
  before: number;
  after: number;
  /** The full proposal's number of moves (what the cap cuts short). */
  fullMoves: number;
  /** No division (within the cap, for a point) splits less on the search's measure; null when none is known. */
  lowerBound: number | null;
  bound: BoundMessage | null;
  boundMethod: string | null;
  moves: ProposalMoveOut[];
  /** Holders the draft itself has outside the chosen balance, and the kind of balance that fits the draft. */
  breaches: BreachOut[];
  fit: BalanceFit | null;
  /** The draft's placement with the proposal made (null: as it is), for a caller that applies or checks it. */
  placement: Placement | null;
}

export type OptimiseResult = { ok: true; value: OptimiseOutcome } | { ok: false; problems: Problem[] };

/** The lane that wins, as the app's client picks it: the lower cut, ties to the first lane. */
function searchLanes(project: Project, divisionId: string, options: Parameters<typeof optimiseProjectPlacement>[2]) {
  let best: { res: Extract<PlacementOptimiseResult, { ok: true }>; lane: number } | null = null;
  for (let lane = 0; lane < OPTIMISER_LANES; lane++) {
    const res = optimiseProjectPlacement(project, divisionId, { ...options, seed: laneSeed(options.seed, lane) });
    if (!res.ok) return res;
    if (!best || laneBeats(res, lane, best.res, best.lane)) best = { res, lane };
  }
  return best!.res;
}

/** The curve's point for at most `cap` moves (the app's `pointAtCap`); null when nothing pays within it. */
function pointAtCap(curve: MoveCurve, cap: number): CurvePoint | null {
  let at: CurvePoint | null = null;
  for (const p of curve.points) if (p.cap <= cap && (!at || p.cap > at.cap)) at = p;
  return at;
}

/** The full proposal's moves, node by node of the placement problem, in the problem's order. */
function fullList(project: Project, divisionId: string, level: MoveLevel, assignments: Record<string, string>) {
  const division = project.divisions.find((d) => d.id === divisionId)!;
  const g = buildCompactGraph(project);
  const prob = placementProblem(g, division, level);
  const list: PointMove[] = [];
  for (let i = 0; i < prob.graph.n; i++) {
    const members = [...prob.members(i)];
    const to = assignments[g.goalIds[members[0]!]!];
    const from = prob.parts[i]! >= 0 ? division.portfolioIds[prob.parts[i]!]! : null;
    if (to === undefined || to === from) continue;
    list.push({
      nodeId: prob.graph.goalIds[i]!,
      kind: prob.kind[i]!,
      goalIds: members.filter((v) => !g.isSubject[v]).map((v) => g.goalIds[v]!),
      from,
      to,
    });
  }
  return list;
}

/** The project with the draft's placement set (a proposal from the search always fits the draft), or its problems. */
function withPlacement(project: Project, divisionId: string, placement: Placement | null): Project | Problem[] {
  if (!placement) return project;
  const set = setPlacement(project, divisionId, placement);
  return set.ok ? set.project : set.problems;
}

/** The proposal for one draft, or the problems that stop it (said in goals, subjects and holders). */
export async function optimiseProposal(project: Project, args: OptimiseArgs): Promise<OptimiseResult> {
  const division = findDivision(project, args.division);
  if (!division) {
    const code = args.division === undefined ? 'noDivision' : 'unknownDivision';
    return { ok: false, problems: [problem(code, { id: args.division ?? '' }, ['divisions'])] };
  }
  // A project without subjects has only goals to move, whatever was asked (as the app's `useMoveLevel`).
  const level: MoveLevel = project.subjects.length ? (args.level ?? 'subject') : 'goal';
  // The app's default (`holdersOutside`): the draft's burgemeester keeps a fixed portfolio, outside the search.
  const fixed = new Set(
    project.portfolios
      .filter((p) => p.role === 'burgemeester' && division.portfolioIds.includes(p.id))
      .map((p) => p.id),
  );
  const reduced = withoutHolders(project, division, fixed);
  const blocked = fixedRuleProblems(project, reduced.straddling);
  if (blocked.length) return { ok: false, problems: blocked };
  const inSearch = division.portfolioIds.filter((id) => !fixed.has(id));
  const { kind, tolerance, max } = args.balance;
  const balance: BalanceChoice = {
    by: args.by,
    tolerance,
    kind,
    ...(kind === 'max' ? { max: Object.fromEntries(inSearch.map((id) => [id, max ?? Infinity])) } : {}),
  };
  const options = { balance, seed: args.seed, level };
  const rp = reduced.project;
  const found = searchLanes(rp, division.id, options);
  if (!found.ok) return { ok: false, problems: describeProblems(rp, division.id, found.problems) };
  const c = reduced.constantCut;
  const bound = await placementBound(rp, division.id, level, balance, { upperBound: found.cut });

  let list: PointMove[];
  let placement: Placement | null;
  let lowerBound: number | null;
  let summary: BoundMessage | null;
  let fullMoves: number;
  if (args.moves !== undefined) {
    const curve = moveCurve(rp, division.id, options, { assignments: found.assignments });
    if ('problems' in curve) return { ok: false, problems: curve.problems };
    const raised = withGlobalBound(curve, bound?.bound);
    const point = pointAtCap(raised, args.moves);
    fullMoves = curve.full.moves;
    // Nothing pays within the cap: the draft stays as it is, and the global bound still says how far it is.
    const cut = point ? point.cut : curve.before.cut;
    const low = point ? point.lowerBound : (bound?.bound ?? null);
    list = point ? point.list : [];
    const at = point ? pointPlacement(rp, division.id, level, point) : null;
    placement = at && mergeFixedPlacement(division, fixed, at);
    lowerBound = low === null ? null : low + c;
    summary = lowerBound === null ? null : boundSummary(cut + c, { ...bound, bound: lowerBound });
  } else {
    list = fullList(rp, division.id, level, found.assignments);
    fullMoves = list.length;
    placement = mergeFixedPlacement(division, fixed, found.placement);
    lowerBound = bound ? bound.bound + c : null;
    summary = lowerBound === null ? null : boundSummary(found.cut + c, { ...bound, bound: lowerBound });
  }
  const explained: ProposalMove[] =
    explainPoint(rp, division.id, level, { list }) ?? list.map((m) => ({ ...m, joins: [], splits: [] }));
  // Before and after as the report counts them: every split link, deliberate ones and those to the burgemeester too.
  const proposed = withPlacement(project, division.id, placement);
  if (Array.isArray(proposed)) return { ok: false, problems: proposed };
  const before = coherenceReport(project, division.id).cut.cut;
  const after = coherenceReport(proposed, division.id).cut.cut;

  const holder = (id: string) => project.portfolios.find((p) => p.id === id)?.holder ?? id;
  const goalTitle = new Map(project.goals.map((g) => [g.id, g.title]));
  const subjectName = new Map(project.subjects.map((s) => [s.id, s.name]));
  const moves = explained.map((m): ProposalMoveOut => ({
    kind: m.kind,
    id: m.nodeId,
    name: (m.kind === 'subject' ? subjectName.get(m.nodeId) : goalTitle.get(m.nodeId)) ?? m.nodeId,
    goals: m.goalIds.map((id) => goalTitle.get(id) ?? id),
    from: m.from === null ? null : holder(m.from),
    to: holder(m.to),
    joins: m.joins,
    splits: m.splits,
  }));

  // Said before the proposal, as the app's notice does: under a balance the draft breaks, every proposal first mends it.
  const on = loadsOn(draftLoads(project, division, fixed), args.by);
  const breaches = bandBreaches(holderBands(on.loads, on.tray, balance)).map((b) => ({
    holderId: b.holderId,
    holder: holder(b.holderId),
    now: b.now,
    low: b.low,
    high: b.high,
  }));
  const fit = breaches.length ? fitBalance(on.loads, on.tray, args.by, tolerance) : null;

  return {
    ok: true,
    value: {
      project: project.name,
      divisionId: division.id,
      division: division.name,
      level,
      seed: args.seed,
      balance: { by: args.by, kind, tolerance, ...(kind === 'max' ? { max: max ?? Infinity } : {}) },
      outside: [...fixed].map(holder),
      cap: args.moves ?? null,
      before,
      after,
      fullMoves,
      lowerBound,
      bound: summary,
      boundMethod: bound?.method ?? null,
      moves,
      breaches,
      fit,
      placement,
    },
  };
}
