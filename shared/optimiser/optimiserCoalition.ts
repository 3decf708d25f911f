import type { Project } from '../model/project';
import type { Division } from '../model/division';
import { problem, type Problem } from '../model/problem';
import type { CompactGraph } from '../analysis/compactGraph';
import { hasRules } from '../coalition/ruleGroups';
import { deliberateLinks } from '../coalition/deliberateLinks';
import { optimiseDivision, type OptimiseHooks, type OptimiseStats } from './optimiser';
import { describeProblems } from './optimiserProject';
import type { PlacementConstraints, PlacementOptimiseOptions, PlacementOptimiseResult } from './optimiserPlacement';
import { coalitionSetup, type CoalitionSetup } from './coalition/contract';
import { refine } from './coalition/refine';
import { exactSearch } from './coalition/exactSearch';
import { isFeasibleDivision, violationOf } from './coalition/constrainedProblem';
import { bandUnreachable, blockProblem, conflictProblems } from './coalition/conflictProblems';
import type { PartyBand } from './coalition/partyBand';
import { applyLabels, relabelToDraft } from './proposal/relabel';

/**
 * Up to `exactNodes` free nodes (after contraction) a branch and bound finishes the job, so the answer is optimal;
 * tests set it to 0 to hold the tabu search alone to the brute force.
 */
export const coalitionTuning = { exactNodes: 40 };
const EXACT_STEPS = 100_000;

/** Whether the draft or the options ask for anything the plain search does not know; without, nothing changes. */
export function coalitionApplies(division: Pick<Division, 'keep' | 'deliberate'>, band?: PartyBand): boolean {
  return hasRules(division) || band !== undefined;
}

type Found = Extract<PlacementOptimiseResult, { ok: true }>;

/**
 * The optimiser under keep rules, deliberate splits and the party band. The frozen search runs on the contracted
 * problem (`coalitionSetup`: together groups as one node, deliberate links weightless); its division is then
 * repaired and improved by a tabu search over moves and swaps that keeps every constraint (`constrainedSearch`),
 * and on small problems a branch and bound proves the optimum. Contradictions come back as `coalition.*` problems.
 */
export function optimiseCoalition(
  project: Project,
  division: Division,
  g: CompactGraph,
  c: PlacementConstraints,
  options: PlacementOptimiseOptions,
  hooks: OptimiseHooks,
): PlacementOptimiseResult {
  const t0 = performance.now();
  const band = options.partyBand;
  const s = coalitionSetup(project, division, g, c, band);
  if (!('cp' in s)) {
    // Balance by goals allows whole goals: the search's weight limit (in the budget path) sits below the next one.
    const whole = options.balance.by === 'goals';
    const conflicts = s.conflicts.map((x) =>
      whole && x.cap !== undefined ? { ...x, cap: Math.floor(x.cap + 1e-9) } : x,
    );
    const problems = conflictProblems(project, c.k, conflicts, band?.tolerance);
    if (s.band?.unreachable.length) problems.push(bandUnreachable(s.band.unreachable, band!.tolerance));
    return { ok: false, problems };
  }
  const { cp } = s;
  let free = 0;
  for (let v = 0; v < cp.n; v++) if (cp.fixed[v]! < 0) free++;
  let start: Int32Array;
  let cancelled = false;
  let stats: OptimiseStats = {
    method: 'memetic',
    iterations: 0,
    starts: 0,
    elapsedMs: 0,
    stoppedBy: 'budget',
    limits: { lo: cp.lo[0] ?? 0, hi: cp.hi[0] ?? 0 },
  };
  if (free === 0) start = s.locked.slice();
  else {
    const res = optimiseDivision(
      s.graph,
      {
        k: s.k,
        initialParts: s.initialParts,
        locked: s.locked,
        balance: s.balance,
        seed: options.seed,
        ...(options.timeLimitMs !== undefined ? { timeLimitMs: options.timeLimitMs } : {}),
        ...(options.effort !== undefined ? { effort: options.effort } : {}),
      },
      {
        ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
        ...(hooks.shouldStop ? { shouldStop: hooks.shouldStop } : {}),
        // Only divisions that keep every rule are worth keeping when the run is cancelled.
        ...(hooks.onImprove
          ? { onImprove: (parts, cut) => isFeasibleDivision(cp, parts) && hooks.onImprove!(s.expand(parts), cut) }
          : {}),
      },
    );
    if (res.ok) {
      start = res.parts;
      stats = res.stats;
      cancelled = res.cancelled;
    } else if (res.problems.every((p) => p.code === 'optimiserBalanceUnreachable')) {
      // The search found no balanced division; the constrained search still tries from the draft before we say so.
      start = startFrom(s);
    } else return { ok: false, problems: describeProblems(project, division.id, s.translate(res.problems)) };
  }

  const { best, closest } = refine(s, start, free, {
    seed: options.seed,
    ...(options.effort !== undefined ? { effort: options.effort } : {}),
    ...(options.timeLimitMs !== undefined ? { timeLimitMs: options.timeLimitMs } : {}),
    exactNodes: coalitionTuning.exactNodes,
  });
  if (!best) return { ok: false, problems: [diagnose(project, s, free, closest, options)] };
  const base = s.expand(relabelled(s, best.parts));
  const result: Found = {
    ok: true,
    placement: c.placementOf(base),
    assignments: c.holdersOf(base),
    cut: best.cut,
    cancelled,
    stats: { ...stats, elapsedMs: performance.now() - t0 },
  };
  const delib = deliberateLinks(g, division);
  if (delib) result.deliberateCut = deliberateCut(g, c, base, delib);
  hooks.onImprove?.(base, best.cut);
  return result;
}

/**
 * The proposal's groups renamed to the draft's holders (`relabelToDraft`), when the renamed division still keeps
 * every rule: apart pairs do not care about names, but the party band and barred holders do.
 */
function relabelled(s: CoalitionSetup, parts: Int32Array): Int32Array {
  const { cp } = s;
  const label = relabelToDraft(parts, s.initialParts, cp.k, cp);
  const renamed = applyLabels(parts, label);
  return isFeasibleDivision(cp, renamed) ? renamed : parts;
}

/** Weight of the links deliberate splits name that the division splits (they are not in the cut it minimises). */
function deliberateCut(g: CompactGraph, c: PlacementConstraints, base: Int32Array, flags: Uint8Array): number {
  let w = 0;
  for (let e = 0; e < g.m; e++)
    if (flags[e] && base[c.problem.nodeOf[g.src[e]!]!] !== base[c.problem.nodeOf[g.dst[e]!]!]) w += g.weight[e]!;
  return w;
}

/** The draft as a start (nodes without a holder to the lightest part), for when the search found nothing balanced. */
function startFrom(s: CoalitionSetup): Int32Array {
  const { cp } = s;
  const parts = s.initialParts.slice();
  const w = new Float64Array(cp.k);
  for (let v = 0; v < cp.n; v++) if (parts[v]! >= 0) w[parts[v]!]! += cp.weight[v]!;
  for (let v = 0; v < cp.n; v++) {
    if (parts[v]! >= 0) continue;
    let p = 0;
    for (let q = 1; q < cp.k; q++) if (w[q]! < w[p]!) p = q;
    parts[v] = p;
    w[p]! += cp.weight[v]!;
  }
  return parts;
}

/**
 * No division met everything, though no rule contradicts another outright. Small problems are asked exactly what
 * blocks: without the band, is there a division? Without the apart pairs too? Larger ones are judged by what the
 * closest division found still breaks.
 */
function diagnose(
  project: Project,
  s: CoalitionSetup,
  free: number,
  closest: Int32Array,
  options: PlacementOptimiseOptions,
): Problem {
  const { cp } = s;
  const hasApart = cp.apartNode.length > 0 || cp.barred.some((x) => x === 1);
  const say = (kind: 'band' | 'apart' | 'together' | 'balance'): Problem =>
    kind === 'balance'
      ? problem('optimiserBalanceUnreachable', { by: options.balance.by })
      : blockProblem(project, kind, s.rules.rules, s.band?.names ?? [], options.partyBand?.tolerance ?? 0);
  const rest = () => (s.contracted ? say('together') : say('balance'));
  if (free <= coalitionTuning.exactNodes) {
    const ask = (relax: { band?: boolean; apart?: boolean }) =>
      exactSearch(cp, { steps: EXACT_STEPS, firstOnly: true, ...relax });
    const noBand = cp.band ? ask({ band: false }) : null;
    if (noBand?.parts) return say('band');
    if (!noBand || noBand.complete) {
      const noApart = hasApart ? ask({ band: false, apart: false }) : null;
      if (noApart?.parts) return say('apart');
      if (!noApart || noApart.complete) return rest();
    }
  }
  const v = violationOf(cp, closest);
  if (v.balance === 0 && v.apart === 0 && v.band > 0) return say('band');
  if (v.apart > 0) return say('apart');
  return rest();
}
