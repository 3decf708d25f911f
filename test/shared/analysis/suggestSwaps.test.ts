import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suggestSwaps, swapNodeId, swapPlacement } from '../../../shared/analysis/suggestSwaps';
import { suggestMoves } from '../../../shared/analysis/suggestMoves';
import { buildCompactGraph, partsOf } from '../../../shared/analysis/compactGraph';
import { scoreParts } from '../../../shared/analysis/scoreParts';
import type { Division } from '../../../shared/model/division';
import type { KeepRule } from '../../../shared/model/coalition';
import { fixtureProject } from './analysisFixture';

// P1 {a, b, x}, P2 {c, d, y}: x leans to P2 (xc 3, xd 3 against xa 1), y to P1 (ya 2, yb 2); x–y 1. The draft
// splits xc, xd, ya, yb and xy: 11. Swapping x and y joins the four and splits xa: 11 → 2, gain 6 + 5 − 2·1 = 9.
const base = (budgets: Record<string, number> = {}, locked: string[] = []) =>
  fixtureProject({
    goals: ['a', 'b', 'x', 'c', 'd', 'y'].map((id) => [id, 'fysiek', budgets[id] ?? 10] as [string, string, number]),
    links: [
      ['xc', 'x', 'c', 3],
      ['xd', 'x', 'd', 3],
      ['ya', 'y', 'a', 2],
      ['yb', 'y', 'b', 2],
      ['xy', 'x', 'y', 1],
      ['xa', 'x', 'a', 1],
      ['ab', 'a', 'b', 1],
      ['cd', 'c', 'd', 1],
    ],
    portfolios: ['P1', 'P2'],
    divisions: { D: { parts: { P1: ['a', 'b', 'x'], P2: ['c', 'd', 'y'] }, locked } },
  });
const pairs = (r: ReturnType<typeof suggestSwaps>) =>
  r.swaps.map((s) => `${swapNodeId(s.a)}↔${swapNodeId(s.b)}:${s.gain}`);

describe('suggestSwaps', () => {
  it('offers the swap when the band blocks every single move, with its effect and links', () => {
    expect(suggestMoves(base(), 'D').reason).toBe('balanceBlocks');
    const r = suggestSwaps(base(), 'D');
    expect(r.reason).toBeNull();
    expect(r.swaps[0]).toEqual({
      a: { goalId: 'x', from: 'P1', to: 'P2', fromSize: { before: 3, after: 3 } },
      b: { goalId: 'y', from: 'P2', to: 'P1', fromSize: { before: 3, after: 3 } },
      gain: 9,
      cutBefore: 11,
      cutAfter: 2,
      becomeInternal: ['xc', 'xd', 'ya', 'yb'],
      becomeSplit: ['xa'],
    });
    // Each node is in one swap at most: b↔c (yb 2 − ab 1, xc 3 − cd 1) and a↔d (ya 2 − ab 1 − xa 1, xd 3 − cd 1).
    expect(pairs(r)).toEqual(['x↔y:9', 'b↔c:3', 'a↔d:2']);
    expect(suggestSwaps(base(), 'D', { limit: 1 }).swaps).toHaveLength(1);
  });

  it('offers a swap only when it beats the best single move of both nodes', () => {
    // Single moves x→P2 6, y→P1 5, c→P1 2, d→P1 2, b→P2 1: x↔y (9) and b↔c (3) beat them, a↔d (2) does not.
    const moves = suggestMoves(base(), 'D', { tolerance: 1 }).suggestions.map((s) => `${s.goalId}:${s.gain}`);
    expect(moves).toEqual(['x:6', 'y:5', 'c:2', 'd:2', 'b:1']);
    expect(pairs(suggestSwaps(base(), 'D', { tolerance: 1 }))).toEqual(['x↔y:9', 'b↔c:3']);
  });

  it('never swaps a locked goal, and says why there is nothing', () => {
    expect(pairs(suggestSwaps(base({}, ['x']), 'D'))).toEqual(['b↔c:3', 'a↔d:2']);
    expect(suggestSwaps(base({}, ['a', 'b', 'x']), 'D').reason).toBe('allLocked');
    expect(suggestSwaps(base(), 'nope')).toMatchObject({
      reason: 'unknownDivision',
      problems: [{ code: 'unknownDivision' }],
    });
    const kept = fixtureProject({
      goals: [
        ['a', 'fysiek'],
        ['b', 'fysiek'],
      ],
      links: [['ab', 'a', 'b', 1]],
      portfolios: ['P1', 'P2'],
      divisions: { D: { parts: { P1: ['a'], P2: ['b'] } } },
    });
    expect(suggestSwaps(kept, 'D').reason).toBe('noImprovingMove');
  });

  it('by budget, a swap of unequal nodes must keep both holders within the band', () => {
    // y weighs 30: P1 30 → 50, P2 50 → 30 (mean 40). ±25 % is [30, 50]: allowed; ±20 % is [32, 48]: refused.
    const p = base({ y: 30 });
    const ok = suggestSwaps(p, 'D', { balance: 'budget', tolerance: 0.25 });
    expect(ok.swaps[0]).toMatchObject({
      a: { goalId: 'x', fromSize: { before: 30, after: 50 } },
      b: { goalId: 'y', fromSize: { before: 50, after: 30 } },
    });
    const tight = suggestSwaps(p, 'D', { balance: 'budget', tolerance: 0.2 });
    expect(pairs(tight)).not.toContain('x↔y:9');
  });

  it('per-holder bands replace the band around the mean, for single moves and swaps', () => {
    const p = base({ y: 30 });
    const wide = { P1: { low: 0, high: 50 }, P2: { low: 0, high: 60 } };
    // The mean band (±20 % of 40) blocks x→P2 (P2 60); P2's own band lets it.
    expect(suggestMoves(p, 'D', { balance: 'budget' }).suggestions.map((s) => s.goalId)).not.toContain('x');
    const moves = suggestMoves(p, 'D', { balance: 'budget', bands: wide });
    expect(moves.suggestions[0]).toMatchObject({ goalId: 'x', to: 'P2', gain: 6 });
    expect(moves.balance?.holders).toEqual(wide);
    expect(suggestSwaps(p, 'D', { balance: 'budget', bands: wide }).swaps[0]).toMatchObject({ gain: 9 });
    // P1 may hold at most 45: the swap would give it 50.
    const capped = { P1: { low: 0, high: 45 }, P2: { low: 0, high: 60 } };
    expect(pairs(suggestSwaps(p, 'D', { balance: 'budget', bands: capped }))).not.toContain('x↔y:9');
    // A holder without a band has no limit: P1 may grow to 60 by taking y, P2 may not grow to 60 by taking x.
    const p2Only = { P2: { low: 0, high: 50 } };
    const ids = suggestMoves(p, 'D', { balance: 'budget', bands: p2Only }).suggestions.map((s) => s.goalId);
    expect(ids).toContain('y');
    expect(ids).not.toContain('x');
    expect(suggestSwaps(p, 'D', { balance: 'budget', bands: p2Only }).swaps[0]).toMatchObject({ gain: 9 });
    // P1 held at exactly 30: no single move, only swaps of equal budgets.
    const pinned = { P1: { low: 30, high: 30 } };
    expect(suggestMoves(p, 'D', { balance: 'budget', bands: pinned }).reason).toBe('balanceBlocks');
    expect(pairs(suggestSwaps(p, 'D', { balance: 'budget', bands: pinned }))).toEqual(['b↔c:3', 'a↔d:2']);
  });

  it('an apart pair may swap; a together group stays; a deliberate pair is never joined and gives no gain', () => {
    const ruled = (change: Partial<Division>) => {
      const p = base();
      return { ...p, divisions: [{ ...p.divisions[0]!, ...change }] };
    };
    const rule = (kind: KeepRule['kind'], ...nodeIds: string[]): KeepRule => ({ id: 'r', kind, nodeIds, reason: '' });
    // x and y kept apart stay apart when they swap.
    expect(pairs(suggestSwaps(ruled({ keep: [rule('apart', 'x', 'y')] }), 'D'))[0]).toBe('x↔y:9');
    // x kept with a: x does not go alone.
    expect(pairs(suggestSwaps(ruled({ keep: [rule('together', 'x', 'a')] }), 'D'))).toEqual(['b↔c:3']);
    // c kept apart from a: b↔c and a↔d would join them; b↔d gains as much as b↔c (yb 2 − ab 1, xd 3 − cd 1).
    expect(pairs(suggestSwaps(ruled({ keep: [rule('apart', 'c', 'a')] }), 'D'))).toEqual(['x↔y:9', 'b↔d:3']);
    const deliberate = (a: string, b: string) => ruled({ deliberate: [{ id: 'd', a, b, reason: 'bewust' }] });
    // x–c deliberately split: x↔y would join them (x↔c may: they stay apart).
    expect(pairs(suggestSwaps(deliberate('x', 'c'), 'D'))).toEqual(['b↔d:3', 'x↔c:2', 'a↔y:1']);
    // x–a deliberate (the draft keeps them together): splitting xa costs nothing, x↔y gains 7 + 5 − 2 = 10 while
    // the cut drops by 9.
    expect(suggestSwaps(deliberate('x', 'a'), 'D').swaps[0]).toMatchObject({
      a: { goalId: 'x' },
      b: { goalId: 'y' },
      gain: 10,
      cutBefore: 11,
      cutAfter: 2,
    });
  });

  it('applied, both nodes change holder and the cut drops by the gain', () => {
    const p = base();
    const g = buildCompactGraph(p);
    const d = p.divisions[0]!;
    const placement = swapPlacement(g, d, 'goal', 'x', 'y')!;
    expect(placement.assignments).toMatchObject({ x: 'P2', y: 'P1', a: 'P1', c: 'P2' });
    expect(scoreParts(g, partsOf(g, { ...d, ...placement }), 2).cut).toBe(2);
    expect(swapPlacement(g, d, 'goal', 'x', 'nope')).toBeNull();
  });
});

describe('suggestSwaps against every pair', () => {
  it('property: the first swap is the best useful pair, every gain is exact, bands and locks hold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            k: fc.integer({ min: 2, max: 3 }),
            parts: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: n, maxLength: n }),
            budgets: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: n, maxLength: n }),
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
          const partSpec = Object.fromEntries(pids.map((pid, p) => [pid, ids.filter((_, i) => parts[i] === p)]));
          const assigned = ids.filter((_, i) => parts[i]! >= 0 && parts[i]! < k);
          const project = fixtureProject({
            goals: ids.map((id, i) => [id, 'fysiek', budgets[i]!]),
            links: links.filter(([s, t]) => s !== t).map(([s, t, w], i) => [`l${i}`, ids[s]!, ids[t]!, w / 10]),
            portfolios: pids,
            divisions: { D: { parts: partSpec, locked: assigned.filter((id) => locked[ids.indexOf(id)]) } },
          });
          const g = buildCompactGraph(project);
          const d = project.divisions[0]!;
          const cut = (x: typeof d) => scoreParts(g, partsOf(g, x), k).cut;
          const before = cut(d);
          const opts = { balance, tolerance, limit: 100 };
          const single = new Map(suggestMoves(project, 'D', opts).suggestions.map((s) => [s.goalId, s.gain]));
          const sizeOf = (id: string) => (balance === 'goals' ? 1 : budgets[ids.indexOf(id)]!);
          const size = (pid: string) =>
            assigned.filter((id) => d.assignments[id] === pid).reduce((s, id) => s + sizeOf(id), 0);
          const total = assigned.reduce((s, id) => s + sizeOf(id), 0);
          const [low, high] = [(total / k) * (1 - tolerance), (total / k) * (1 + tolerance)];
          const fits = (pid: string, delta: number) =>
            delta === 0 || (delta < 0 ? size(pid) + delta >= low - 1e-9 : size(pid) + delta <= high + 1e-9);
          // Every pair, by its definition.
          let best = 0;
          for (const a of assigned)
            for (const b of assigned) {
              const [pa, pb] = [d.assignments[a]!, d.assignments[b]!];
              if (pa >= pb || d.locked.includes(a) || d.locked.includes(b)) continue;
              const gain = before - cut({ ...d, assignments: { ...d.assignments, [a]: pb, [b]: pa } });
              const delta = sizeOf(b) - sizeOf(a);
              const useful = gain > Math.max(single.get(a) ?? 0, single.get(b) ?? 0) + 1e-9;
              if (useful && fits(pa, delta) && fits(pb, -delta)) best = Math.max(best, gain);
            }
          const r = suggestSwaps(project, 'D', opts, g);
          expect(r.swaps[0]?.gain ?? 0).toBeCloseTo(best, 9);
          if (r.swaps.length === 0) expect(r.reason).not.toBeNull();
          const used = new Set<string>();
          for (const s of r.swaps) {
            const [a, b] = [swapNodeId(s.a), swapNodeId(s.b)];
            expect(d.locked).not.toContain(a);
            expect(d.locked).not.toContain(b);
            expect(used.has(a) || used.has(b)).toBe(false);
            used.add(a).add(b);
            const after = { ...d, ...swapPlacement(g, d, 'goal', a, b)! };
            expect(after.assignments[a]).toBe(s.b.from);
            expect(after.assignments[b]).toBe(s.a.from);
            expect(cut(after)).toBeCloseTo(before - s.gain, 9);
            expect(s.cutAfter).toBeCloseTo(before - s.gain, 9);
            expect(s.gain).toBeGreaterThan(Math.max(single.get(a) ?? 0, single.get(b) ?? 0));
            expect(fits(s.a.from, sizeOf(b) - sizeOf(a)) && fits(s.b.from, sizeOf(a) - sizeOf(b))).toBe(true);
            expect(s.a.fromSize.after - s.a.fromSize.before).toBeCloseTo(sizeOf(b) - sizeOf(a), 9);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
