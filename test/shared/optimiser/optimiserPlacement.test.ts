import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Project } from '../../../shared/model';
import { buildCompactGraph, partsOf } from '../../../shared/analysis/compactGraph';
import { scoreParts } from '../../../shared/analysis/scoreParts';
import { placementProblem } from '../../../shared/analysis/placementProblem';
import { nodeHolder, subjectHolders } from '../../../shared/model/division';
import { setPlacement } from '../../../shared/model/operations/placementOps';
import {
  balanceLimits,
  cutOf,
  goalCountTolerance,
  goalLimits,
  optimiseProjectPlacement,
  placementBound,
  placementConstraints,
} from '../../../shared/optimiser';
import { randomSubjectDraft, subjectDraft } from '../analysis/subjectDraftFixture';

const withDraft = (p: Project, change: Partial<Project['divisions'][number]>): Project => ({
  ...p,
  divisions: [{ ...p.divisions[0]!, ...change }],
});

/** Whole numbers a balance's limits admit, from 0 to 4 × the total (far beyond any limit here). */
function admitted(total: number, k: number, balance: { by: 'goals' | 'budget'; tolerance: number }): number[] {
  const g = buildCompactGraph({
    goals: Array.from({ length: total }, (_, i) => ({ id: `g${i}`, domainId: 'd', budget: 1 })),
    links: [],
    domains: [{ id: 'd', classic: 'fysiek' }],
  });
  const { limits } = balanceLimits(g, k, balance, new Int32Array(total).fill(-1));
  const out: number[] = [];
  for (let c = 0; c <= 4 * total + 4; c++)
    if (c >= limits.lo[0]! - limits.eps && c <= limits.hi[0]! + limits.eps) out.push(c);
  return out;
}

describe('goal counts through the budget path', () => {
  it('admits exactly the whole goal counts balance by goals admits', () => {
    for (let total = 1; total <= 60; total++)
      for (let k = 1; k <= 9; k++)
        for (const tolerance of [0, 0.03, 0.05, 0.1, 0.2, 0.33, 0.5, 1, 1.5, 3]) {
          const want = admitted(total, k, { by: 'goals', tolerance });
          const { lo, hi } = goalLimits(total, k, tolerance);
          expect([want[0], want[want.length - 1]]).toEqual([lo, hi]);
          const got = admitted(total, k, { by: 'budget', tolerance: goalCountTolerance(total, k, tolerance) });
          expect(got, `${total} goals, k ${k}, ±${tolerance}`).toEqual(want);
        }
  });
});

// subjectDraft at subject level: W (2 goals) P1, w3 P2, Z (2 goals, shared P2+P3: stays) P2, x P1, H (none) P3;
// ties W–Z 4, w3–Z 2, Z–H 2, x–W 1; 7 goals over 3 holders.
describe('optimiseProjectPlacement at subject level (by hand)', () => {
  const run = (p: Project, tolerance: number) =>
    optimiseProjectPlacement(p, 'D', { level: 'subject', balance: { by: 'goals', tolerance }, seed: 1 });

  it('±150 % (0 to 5 goals each): five goals join Z, the cut is 3 and proven optimal', async () => {
    const res = run(subjectDraft(), 1.5);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.cut).toBe(3);
    // The shared subject keeps both holders, lead first.
    expect(res.placement.subjects.Z).toEqual(['P2', 'P3']);
    const bound = await placementBound(
      subjectDraft(),
      'D',
      'subject',
      { by: 'goals', tolerance: 1.5 },
      {
        upperBound: res.cut,
      },
    );
    expect(bound!.bound).toBe(3);
    expect(bound!.provenOptimal).toBe(true);
  });

  it('±20 % (2 or 3 goals each): the best is 7, whole subjects counting their goals', () => {
    const res = run(subjectDraft(), 0.2);
    expect(res.ok && res.cut).toBe(7);
    if (!res.ok) return;
    const p = subjectDraft();
    const after = { ...p.divisions[0]!, ...res.placement };
    const g = buildCompactGraph(p);
    const counts = new Map<string, number>();
    for (const goal of p.goals) {
      const h = nodeHolder(after, goal.id, goal.subjectId)!;
      counts.set(h, (counts.get(h) ?? 0) + 1);
    }
    // Six goals and H (no goals, counting one) make 7 = 3 + 2 + 2: no holder gets more than 3 goals.
    expect([...counts.values()].every((c) => c <= 3)).toBe(true);
    expect(scoreParts(g, partsOf(g, after), 3).cut).toBe(7);
  });

  it('keeps a locked subject (and everything that follows it) where it is', () => {
    const res = run(withDraft(subjectDraft(), { locked: ['W'] }), 1.5);
    expect(res.ok && res.cut).toBe(4);
    if (res.ok) expect(res.placement.subjects.W).toEqual(['P1']);
  });

  it('with nothing free to move gives the draft as it stands, or says its balance is out of reach', () => {
    // Z is shared; everything else locked. The search itself would only wait for its time limit here.
    const p = withDraft(subjectDraft(), { locked: ['W', 'w3', 'x', 'H'] });
    const res = run(p, 1.5);
    expect(res.ok && res.cut).toBe(6);
    if (res.ok)
      expect(res.placement).toEqual({ assignments: p.divisions[0]!.assignments, subjects: p.divisions[0]!.subjects });
    // ±0 %: 2 or 3 goals each, but P3 holds only H (counting one).
    expect(run(p, 0)).toEqual({
      ok: false,
      problems: [{ code: 'optimiserBalanceUnreachable', params: { by: 'goals' } }],
    });
  });

  it('says in goals and subjects what stops it', () => {
    // W led by P2 takes w3 along (its exception is now at W's lead): 3 goals, locked; Z (2 goals, shared, so it
    // stays) is at P2 too: 5 goals where ±0 % of 7/3 allows 3.
    const p = withDraft(subjectDraft(), { subjects: { W: ['P2'], Z: ['P2', 'P3'], H: ['P3'] }, locked: ['W'] });
    const res = run(p, 0);
    expect(res.ok).toBe(false);
    if (!res.ok)
      expect(res.problems).toEqual([
        {
          code: 'optimiserLockedAboveCap',
          params: { part: 1, portfolio: 'Wethouder Twee', goals: 'Werk en inkomen, Zorg', count: 5, cap: 3 },
          path: ['locked'],
        },
      ]);
    // A subject of 4 goals where a holder may have 3.
    const big = subjectDraft();
    const four = {
      ...big,
      goals: big.goals.map((goal) => (goal.id === 'x' || goal.id === 'w3' ? { ...goal, subjectId: 'W' } : goal)),
      divisions: [{ ...big.divisions[0]!, assignments: {} }],
    };
    const r = run(four, 0);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toEqual([
        { code: 'optimiserSubjectAboveCap', params: { subject: 'Werk en inkomen', count: 4, cap: 3 } },
      ]);
  });

  it('at goal level on a project without subjects gives what it always gave', () => {
    const p = withDraft(subjectDraft(), {});
    const plain: Project = {
      ...p,
      subjects: [],
      goals: p.goals.map(({ subjectId: _s, ...goal }) => goal),
      links: p.links.filter((l) => l.target !== 'H'),
      divisions: [{ ...p.divisions[0]!, subjects: {}, assignments: { w1: 'P1', w2: 'P1', z1: 'P2' } }],
    };
    const res = optimiseProjectPlacement(plain, 'D', { balance: { by: 'goals', tolerance: 0 }, seed: 1 });
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.placement).toEqual({ assignments: res.assignments, subjects: {} });
  });
});

/** The least cut over every division of the problem that keeps its locks and meets the balance, by enumeration. */
function bruteForce(p: Project, by: 'goals' | 'budget', tolerance: number): number | null {
  const c = placementConstraints(p, 'D', 'subject', { by, tolerance });
  if (Array.isArray(c)) return null;
  const { graph, k } = c;
  const prob = c.problem;
  const weight = by === 'goals' ? prob.goalCount : prob.graph.budget;
  let total = 0;
  for (const w of weight) total += w;
  // Balance by budget needs some budget (optimiserNoBudgets).
  if (by === 'budget' && total <= 0) return null;
  const limits =
    by === 'goals'
      ? goalLimits(total, k, tolerance)
      : { lo: (total / k) * (1 - tolerance), hi: (total / k) * (1 + tolerance) };
  const eps = Math.max(1e-9, total * 1e-12);
  const parts = new Int32Array(graph.n);
  let best: number | null = null;
  const sums = new Float64Array(k);
  const visit = (v: number): void => {
    if (v === graph.n) {
      for (let q = 0; q < k; q++) if (sums[q]! < limits.lo - eps || sums[q]! > limits.hi + eps) return;
      const cut = cutOf(graph, parts);
      if (best === null || cut < best) best = cut;
      return;
    }
    for (let q = 0; q < k; q++) {
      if (c.locked[v]! >= 0 && c.locked[v] !== q) continue;
      parts[v] = q;
      sums[q]! += weight[v]!;
      visit(v + 1);
      sums[q]! -= weight[v]!;
    }
  };
  visit(0);
  return best;
}

describe('the subject-level problem against brute force', () => {
  it('property: bound ≤ the true optimum = the proposal’s cut; locks and shared subjects kept; the cut is the goals’', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomSubjectDraft(6, 3, 3),
        fc.constantFrom('goals' as const, 'budget' as const),
        fc.constantFrom(0, 0.2, 0.5, 1),
        async (p, by, tolerance) => {
          const d = p.divisions[0]!;
          const c = placementConstraints(p, 'D', 'subject', { by, tolerance });
          const opt = bruteForce(p, by, tolerance);
          const res = optimiseProjectPlacement(p, 'D', { level: 'subject', balance: { by, tolerance }, seed: 1 });
          if (opt === null || Array.isArray(c)) {
            expect(res.ok).toBe(false);
            return;
          }
          expect(res.ok).toBe(true);
          if (!res.ok) return;
          expect(res.cut).toBeCloseTo(opt, 9);
          const after = { ...d, ...res.placement };
          expect(setPlacement(p, 'D', res.placement).ok).toBe(true);
          const g = buildCompactGraph(p);
          expect(scoreParts(g, partsOf(g, after), d.portfolioIds.length).cut).toBeCloseTo(res.cut, 9);
          for (const s of Object.keys(d.subjects))
            if (subjectHolders(d, s).length > 1) expect(subjectHolders(after, s)).toEqual(subjectHolders(d, s));
          const bound = await placementBound(p, 'D', 'subject', { by, tolerance }, { timeLimitMs: 2_000 });
          expect(bound!.bound).toBeLessThanOrEqual(opt + 1e-9);
          // The contracted problem's own figure for the draft as it is.
          const prob = placementProblem(g, d, 'subject');
          if (prob.parts.every((q) => q >= 0))
            expect(cutOf(prob.graph, prob.parts)).toBeCloseTo(
              scoreParts(g, partsOf(g, d), d.portfolioIds.length).cut,
              9,
            );
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
