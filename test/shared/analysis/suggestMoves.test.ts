import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suggestMoves } from '../../../shared/analysis/suggestMoves';
import { buildCompactGraph, partsOf } from '../../../shared/analysis/compactGraph';
import { scoreParts } from '../../../shared/analysis/scoreParts';
import { fixtureProject } from './analysisFixture';

// P1 {a, b, x}, P2 {c, d, y}: x has 1 inside P1 and 6 towards P2; c and d each have 1 inside and 3 towards x.
const base = (locked: string[] = []) =>
  fixtureProject({
    goals: ['a', 'b', 'x', 'c', 'd', 'y'].map((id) => [id, 'fysiek', 10] as [string, string, number]),
    links: [
      ['ab', 'a', 'b', 1],
      ['cd', 'c', 'd', 1],
      ['xc', 'x', 'c', 3],
      ['xd', 'x', 'd', 3],
      ['xa', 'x', 'a', 1],
    ],
    portfolios: ['P1', 'P2'],
    divisions: { D: { parts: { P1: ['a', 'b', 'x'], P2: ['c', 'd', 'y'] }, locked } },
  });

describe('suggestMoves', () => {
  it('the best move first, with its effect on the cut and the links', () => {
    const r = suggestMoves(base(), 'D', { tolerance: 0.5 });
    expect(r.reason).toBeNull();
    expect(r.balance).toEqual({ measure: 'goals', mean: 3, low: 1.5, high: 4.5 });
    expect(r.suggestions[0]).toEqual({
      goalId: 'x',
      from: 'P1',
      to: 'P2',
      gain: 5,
      cutBefore: 6,
      cutAfter: 1,
      becomeInternal: ['xc', 'xd'],
      becomeSplit: ['xa'],
      fromSize: { before: 3, after: 2 },
      toSize: { before: 3, after: 4 },
    });
    expect(r.suggestions.map((s) => [s.goalId, s.to, s.gain])).toEqual([
      ['x', 'P2', 5],
      ['c', 'P1', 2],
      ['d', 'P1', 2],
    ]);
    expect(suggestMoves(base(), 'D', { tolerance: 0.5, limit: 1 }).suggestions).toHaveLength(1);
  });

  it('never moves a locked goal', () => {
    const r = suggestMoves(base(['x']), 'D', { tolerance: 0.5 });
    expect(r.suggestions.map((s) => s.goalId)).toEqual(['c', 'd']);
  });

  it('an infeasible balance gives no suggestion and says why', () => {
    // ±20% around 3 goals is [2.4, 3.6]: any move leaves 2 and 4.
    expect(suggestMoves(base(), 'D')).toMatchObject({ suggestions: [], reason: 'balanceBlocks' });
    // By budget every goal weighs 10 of a mean 30: the same band blocks it.
    expect(suggestMoves(base(), 'D', { balance: 'budget' }).reason).toBe('balanceBlocks');
  });

  it('reasons when there is nothing to move', () => {
    const p = base(['a', 'b', 'x', 'c', 'd', 'y']);
    expect(suggestMoves(p, 'D').reason).toBe('allLocked');
    expect(suggestMoves(p, 'nope')).toMatchObject({
      reason: 'unknownDivision',
      problems: [{ code: 'unknownDivision' }],
    });
    const one = fixtureProject({
      goals: [['a', 'fysiek']],
      portfolios: ['P1'],
      divisions: { D: { parts: { P1: ['a'] } } },
    });
    expect(suggestMoves(one, 'D').reason).toBe('tooFewPortfolios');
    const noBudget = fixtureProject({
      goals: [
        ['a', 'fysiek'],
        ['b', 'fysiek'],
      ],
      links: [['ab', 'a', 'b', 1]],
      portfolios: ['P1', 'P2'],
      divisions: { D: { parts: { P1: ['a'], P2: ['b'] } } },
    });
    expect(suggestMoves(noBudget, 'D', { balance: 'budget' }).reason).toBe('noBudget');
    const kept = fixtureProject({
      goals: [
        ['a', 'fysiek'],
        ['b', 'fysiek'],
        ['c', 'fysiek'],
      ],
      links: [['ab', 'a', 'b', 1]],
      portfolios: ['P1', 'P2'],
      divisions: { D: { parts: { P1: ['a', 'b'], P2: ['c'] } } },
    });
    expect(suggestMoves(kept, 'D', { tolerance: 1 }).reason).toBe('noImprovingMove');
  });

  it('property: suggestions lower the cut by their gain, skip locked goals and respect the band', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 16 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            k: fc.integer({ min: 2, max: 4 }),
            parts: fc.array(fc.integer({ min: -1, max: 3 }), { minLength: n, maxLength: n }),
            budgets: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }),
            links: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 30 })), {
              maxLength: 3 * n,
            }),
            locked: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
            balance: fc.constantFrom('goals' as const, 'budget' as const),
            tolerance: fc.constantFrom(0, 0.2, 0.5, 1),
          }),
        ),
        ({ n, k, parts, budgets, links, locked, balance, tolerance }) => {
          const ids = Array.from({ length: n }, (_, i) => `g${i}`);
          const pids = Array.from({ length: k }, (_, i) => `P${i}`);
          const assigned = ids.filter((_, i) => parts[i]! >= 0 && parts[i]! < k);
          const partsSpec = Object.fromEntries(pids.map((pid, p) => [pid, ids.filter((_, i) => parts[i] === p)]));
          const project = fixtureProject({
            goals: ids.map((id, i) => [id, 'fysiek', budgets[i]!]),
            links: links.filter(([s, t]) => s !== t).map(([s, t, w], i) => [`l${i}`, ids[s]!, ids[t]!, w / 10]),
            portfolios: pids,
            divisions: { D: { parts: partsSpec, locked: assigned.filter((id) => locked[ids.indexOf(id)]) } },
          });
          const r = suggestMoves(project, 'D', { balance, tolerance, limit: 100 });
          const g = buildCompactGraph(project);
          const division = project.divisions[0]!;
          const before = scoreParts(g, partsOf(g, division), k).cut;
          for (const s of r.suggestions) {
            expect(division.locked).not.toContain(s.goalId);
            expect(s.gain).toBeGreaterThan(0);
            const moved = { ...division, assignments: { ...division.assignments, [s.goalId]: s.to } };
            const after = scoreParts(g, partsOf(g, moved), k).cut;
            expect(s.cutBefore).toBeCloseTo(before, 9);
            expect(after).toBeCloseTo(before - s.gain, 9);
            const band = r.balance!;
            const changed = s.fromSize.after !== s.fromSize.before;
            if (changed) {
              expect(s.fromSize.after).toBeGreaterThanOrEqual(band.low - 1e-9);
              expect(s.toSize.after).toBeLessThanOrEqual(band.high + 1e-9);
            }
          }
          if (r.suggestions.length === 0) expect(r.reason).not.toBeNull();
        },
      ),
    );
  });
});
