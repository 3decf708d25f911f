import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Project } from '../../../shared/model';
import type { KeepRule } from '../../../shared/model/coalition';
import {
  optimiseDivision,
  optimiseProjectPlacement,
  placementBound,
  placementConstraints,
} from '../../../shared/optimiser';
import { coalitionTuning } from '../../../shared/optimiser/optimiserCoalition';
import type { MoveLevel } from '../../../shared/analysis/placementProblem';
import nl from '../../../renderer/i18n/locales/nl/problem.json';
import { subjectDraft } from '../analysis/subjectDraftFixture';
import { bruteForce, ruledDraft, ruleCheck } from './coalitionBrute';

const hasSentence = (code: string) => code in nl || (`${code}_one` in nl && `${code}_other` in nl);
const rule = (id: string, kind: KeepRule['kind'], ...nodeIds: string[]): KeepRule => ({
  id,
  kind,
  nodeIds,
  reason: '',
});

/**
 * On seeded random drafts (up to 6 goals and 2 subjects, so 4–8 nodes, k 2–3) with random rules: when brute force
 * finds a division, the optimiser's keeps every rule and has the least cut; when it finds none, the optimiser says
 * so, and names the rules when only the rules stand in the way.
 */
function against(level: MoveLevel, tolerances: number[], runs: number, seed: number, diagnosis = true) {
  let feasible = 0;
  fc.assert(
    fc.property(ruledDraft(6, 2), fc.constantFrom(...tolerances), (p, tolerance) => {
      const balance = { by: 'goals' as const, tolerance };
      const opt = bruteForce(p, { level, balance });
      const res = optimiseProjectPlacement(p, 'D', { level, balance, seed: 1 });
      if (opt === null) {
        expect(res.ok).toBe(false);
        if (res.ok || !diagnosis) return;
        expect(res.problems.length).toBeGreaterThan(0);
        for (const x of res.problems) expect(hasSentence(x.code), x.code).toBe(true);
        if (bruteForce(p, { level, balance, ignoreRules: true }) !== null)
          expect(res.problems.some((x) => x.code.startsWith('coalition.'))).toBe(true);
        return;
      }
      expect(res.ok, JSON.stringify(!res.ok && res.problems)).toBe(true);
      if (!res.ok) return;
      feasible++;
      const d = p.divisions[0]!;
      const check = ruleCheck(p, d);
      const after = { ...d, ...res.placement };
      expect(check.keeps(after)).toBe(true);
      const { cut, deliberate } = check.cut(after);
      expect(res.cut).toBeCloseTo(cut, 9);
      expect(res.deliberateCut ?? 0).toBeCloseTo(deliberate, 9);
      expect(res.cut).toBeCloseTo(opt.cut, 9);
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  // Enough instances where there is something to find.
  expect(feasible).toBeGreaterThan(runs / 3);
}

describe('the optimiser under keep rules and deliberate splits, against brute force', () => {
  it('subject level: every rule kept, the cut (deliberate links left out) the least possible', () => {
    against('subject', [0, 0.2, 0.5, 1], 300, 20);
  }, 120_000);

  it('goal level: the same', () => {
    against('goal', [0, 0.3, 1], 300, 21);
  }, 120_000);

  describe('the tabu search alone (no branch and bound)', () => {
    beforeAll(() => {
      coalitionTuning.exactNodes = 0;
    });
    afterAll(() => {
      coalitionTuning.exactNodes = 40;
    });
    it('reaches the same optimum at both levels', () => {
      against('subject', [0, 0.2, 1], 200, 30, false);
      against('goal', [0, 0.3, 1], 200, 31, false);
    }, 120_000);
  });
});

// subjectDraft at subject level: W (2 goals) P1, w3 P2, Z (2 goals, shared P2+P3: fixed) P2, x P1, H (none) P3;
// ties W–Z 4, w3–Z 2, Z–H 2, x–W 1; 7 goals over 3 holders.
describe('by hand', () => {
  const draft = (change: Partial<Project['divisions'][number]>): Project => {
    const p = subjectDraft();
    return { ...p, divisions: [{ ...p.divisions[0]!, ...change }] };
  };
  const run = (p: Project, tolerance = 1.5, level: MoveLevel = 'subject') =>
    optimiseProjectPlacement(p, 'D', { level, balance: { by: 'goals', tolerance }, seed: 1 });

  it('a contradiction names the subjects that cause it', () => {
    const res = run(draft({ keep: [rule('t', 'together', 'W', 'Z'), rule('a', 'apart', 'Z', 'W')] }));
    expect(res).toEqual({
      ok: false,
      problems: [{ code: 'coalition.togetherApart', params: { nodes: 'Zorg, Werk en inkomen' } }],
    });
    const locked = run(draft({ keep: [rule('t', 'together', 'Z', 'H')], locked: ['H'] }));
    expect(locked).toEqual({
      ok: false,
      problems: [
        {
          code: 'coalition.togetherLocked',
          params: { nodes: 'Zorg, Wonen', holders: 'Wethouder Twee, Wethouder Drie' },
        },
      ],
    });
    const heavy = run(draft({ keep: [rule('t', 'together', 'W', 'Z')] }), 0);
    expect(heavy).toEqual({
      ok: false,
      problems: [{ code: 'coalition.togetherAboveCap', params: { nodes: 'Werk en inkomen, Zorg', amount: 4, cap: 3 } }],
    });
  });

  it('keeps a group together at the cost the rule asks', () => {
    // ±150 %: without rules five goals join Z (cut 3). With W and H kept together the brute force says what is best.
    const p = draft({ keep: [rule('t', 'together', 'W', 'H')] });
    const res = run(p);
    const opt = bruteForce(p, { level: 'subject', balance: { by: 'goals', tolerance: 1.5 } })!;
    expect(res.ok && res.cut).toBe(opt.cut);
    if (res.ok) expect(res.placement.subjects.W![0]).toBe(res.placement.subjects.H![0]);
  });

  it('a deliberate split keeps its subjects apart and its links cost nothing', () => {
    // Without it the best puts W with Z (W–Z 4). Deliberately split, W–Z weighs nothing and W may not join Z.
    const p = draft({ deliberate: [{ id: 'd', a: 'W', b: 'Z', reason: 'bewust' }] });
    const res = run(p);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.placement.subjects.W![0]).not.toBe('P2');
    // W–Z's own links (w1–z1 3, w2–z2 1) stay split; w3–z1 (2) is deliberate too (w3 is under W) unless joined.
    const after = { ...p.divisions[0]!, ...res.placement };
    expect(res.deliberateCut).toBe(ruleCheck(p, p.divisions[0]!).cut(after).deliberate);
    expect(res.deliberateCut).toBeGreaterThanOrEqual(4);
    expect(res.cut).toBe(bruteForce(p, { level: 'subject', balance: { by: 'goals', tolerance: 1.5 } })!.cut);
  });

  it('without rules or band the result is the plain search’s', () => {
    const p = draft({});
    const c = placementConstraints(p, 'D', 'subject', { by: 'goals', tolerance: 0.2 });
    if (Array.isArray(c)) throw new Error('constraints');
    const plain = optimiseDivision(c.graph, {
      k: c.k,
      initialParts: c.initialParts,
      locked: c.locked,
      balance: c.balance,
      seed: 3,
    });
    const res = optimiseProjectPlacement(p, 'D', {
      level: 'subject',
      balance: { by: 'goals', tolerance: 0.2 },
      seed: 3,
    });
    expect(plain.ok && res.ok).toBe(true);
    if (plain.ok && res.ok) {
      expect(res.placement).toEqual(c.placementOf(plain.parts));
      expect(res.stats.iterations).toBe(plain.stats.iterations);
      expect(res.deliberateCut).toBeUndefined();
    }
  });

  it('refuses a party band that is not one', () => {
    const res = optimiseProjectPlacement(subjectDraft(), 'D', {
      level: 'subject',
      balance: { by: 'goals', tolerance: 1 },
      seed: 1,
      partyBand: { by: 'goals', tolerance: 2 },
    });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems[0]!.path?.[0]).toBe('partyBand');
  });
});

/** Parties A (3 seats) and B (2): P0 and P2 of A, P1 of B; or P2 outside the coalition. */
function withParties(p: Project, p2Outside: boolean): Project {
  const party = (id: string) => (id === 'P1' ? 'B' : id === 'P2' && p2Outside ? '' : 'A');
  return {
    ...p,
    parties: [
      { id: 'A', name: 'A', seats: 3 },
      { id: 'B', name: 'B', seats: 2 },
    ],
    portfolios: p.portfolios.map((x) => ({ ...x, party: party(x.id) })),
  };
}

describe('the party band', () => {
  it('is kept, at the least cut brute force finds under it; an unreachable band is named', () => {
    let feasible = 0;
    fc.assert(
      fc.property(
        ruledDraft(6, 2),
        fc.boolean(),
        fc.constantFrom(0.05, 0.1, 0.2),
        fc.constantFrom('goals' as const, 'budget' as const),
        fc.constantFrom<MoveLevel>('subject', 'goal'),
        (raw, outside, tolerance, by, level) => {
          const p = withParties(raw, outside);
          const balance = { by: 'goals' as const, tolerance: 1 };
          const band = { by, tolerance };
          const opt = bruteForce(p, { level, balance, band });
          const res = optimiseProjectPlacement(p, 'D', { level, balance, seed: 2, partyBand: band });
          if (opt === null) {
            expect(res.ok).toBe(false);
            if (res.ok) return;
            if (bruteForce(p, { level, balance }) !== null)
              expect(res.problems.map((x) => x.code)).toContain('coalition.partyBandUnreachable');
            return;
          }
          expect(res.ok, JSON.stringify(!res.ok && res.problems)).toBe(true);
          if (!res.ok) return;
          feasible++;
          const d = p.divisions[0]!;
          const check = ruleCheck(p, d);
          const after = { ...d, ...res.placement };
          expect(check.band(after, by, tolerance)).toBe(true);
          expect(check.keeps(after)).toBe(true);
          expect(res.cut).toBeCloseTo(opt.cut, 9);
        },
      ),
      { numRuns: 200, seed: 40, endOnFailure: true },
    );
    expect(feasible).toBeGreaterThan(40);
  }, 120_000);

  it('names a party with seats but no holder in the draft', () => {
    const p = subjectDraft();
    const q: Project = {
      ...p,
      parties: [
        { id: 'A', name: 'Partij A', seats: 3 },
        { id: 'B', name: 'Partij B', seats: 2 },
      ],
      portfolios: p.portfolios.map((x) => ({ ...x, party: 'Partij A' })),
    };
    const res = optimiseProjectPlacement(q, 'D', {
      level: 'subject',
      balance: { by: 'goals', tolerance: 1 },
      seed: 1,
      partyBand: { by: 'goals', tolerance: 0.1 },
    });
    expect(res).toEqual({
      ok: false,
      problems: [{ code: 'coalition.partyBandUnreachable', params: { parties: 'Partij B', tolerance: 10 } }],
    });
  });
});

describe('the lower bound under the rules', () => {
  it('property: never above a cut that keeps every rule (brute force), at both levels', async () => {
    await fc.assert(
      fc.asyncProperty(
        ruledDraft(6, 2),
        fc.constantFrom(0, 0.2, 1),
        fc.constantFrom<MoveLevel>('subject', 'goal'),
        async (p, tolerance, level) => {
          const balance = { by: 'goals' as const, tolerance };
          const opt = bruteForce(p, { level, balance });
          const bound = await placementBound(p, 'D', level, balance, { timeLimitMs: 2_000 });
          if (opt === null || bound === null || bound.problems?.length) return;
          expect(bound.bound).toBeLessThanOrEqual(opt.cut + 1e-9);
        },
      ),
      { numRuns: 60, seed: 50, endOnFailure: true },
    );
  }, 120_000);
});

describe('larger drafts', () => {
  it('property: every proposal keeps every rule and the band, within a few seconds', () => {
    let found = 0;
    fc.assert(
      fc.property(
        ruledDraft(30, 6, 5),
        fc.constantFrom<MoveLevel>('subject', 'goal'),
        fc.constantFrom(0.1, 0.3),
        fc.boolean(),
        (raw, level, tolerance, band) => {
          const p = withParties(raw, false);
          const partyBand = band ? { by: 'goals' as const, tolerance: 0.2 } : undefined;
          const t0 = performance.now();
          const res = optimiseProjectPlacement(p, 'D', {
            level,
            balance: { by: 'goals', tolerance },
            seed: 1,
            ...(partyBand ? { partyBand } : {}),
          });
          expect(performance.now() - t0).toBeLessThan(5_000);
          if (!res.ok) {
            for (const x of res.problems) expect(hasSentence(x.code), x.code).toBe(true);
            return;
          }
          found++;
          const d = p.divisions[0]!;
          const check = ruleCheck(p, d);
          const after = { ...d, ...res.placement };
          expect(check.keeps(after)).toBe(true);
          if (partyBand) expect(check.band(after, partyBand.by, partyBand.tolerance)).toBe(true);
          expect(check.cut(after).cut).toBeCloseTo(res.cut, 9);
        },
      ),
      { numRuns: 40, seed: 70, endOnFailure: true },
    );
    expect(found).toBeGreaterThan(10);
  }, 300_000);
});
