import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyLabels, movesFrom, relabelToDraft } from '../../../../shared/optimiser/proposal/relabel';

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

const instance = fc.integer({ min: 1, max: 5 }).chain((k) =>
  fc.record({
    k: fc.constant(k),
    nodes: fc.array(
      fc.record({
        part: fc.integer({ min: 0, max: k - 1 }),
        draft: fc.integer({ min: -1, max: k - 1 }),
        weight: fc.integer({ min: 1, max: 3 }),
        locked: fc.boolean(),
      }),
      { minLength: 1, maxLength: 14 },
    ),
    caps: fc.array(fc.integer({ min: 3, max: 40 }), { minLength: k, maxLength: k }),
  }),
);

describe('relabelToDraft', () => {
  it('leaves as few nodes moved as the best allowed renaming, found by brute force over every permutation', () => {
    fc.assert(
      fc.property(instance, ({ k, nodes, caps }) => {
        const parts = Int32Array.from(nodes, (x) => x.part);
        const draft = Int32Array.from(nodes, (x) => x.draft);
        // A lock holds a node where the proposal put it (the search never moves a locked node).
        const fixed = Int32Array.from(nodes, (x) => (x.locked ? x.part : -1));
        const weight = Float64Array.from(nodes, (x) => x.weight);
        const load = new Array<number>(k).fill(0);
        nodes.forEach((x) => (load[x.part]! += x.weight));
        const limits = { fixed, weight, lo: new Array<number>(k).fill(0), hi: caps, eps: 1e-9 };
        const allowed = (perm: number[]) =>
          perm.every((q, p) => load[p]! <= caps[q]! && nodes.every((x) => !x.locked || x.part !== p || q === p));
        const label = relabelToDraft(parts, draft, k, limits);
        const renamed = applyLabels(parts, label);
        const options = permutations(k).filter(allowed);
        if (options.length === 0) {
          expect([...label]).toEqual(Array.from({ length: k }, (_, p) => p));
          return;
        }
        expect(allowed([...label])).toBe(true);
        const best = Math.min(...options.map((perm) => movesFrom(applyLabels(parts, Int32Array.from(perm)), draft)));
        expect(movesFrom(renamed, draft)).toBe(best);
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('hands each group back to the holder it came from when only the numbering differs', () => {
    const draft = Int32Array.from([0, 0, 0, 1, 1, 2, 2, 2]);
    const parts = Int32Array.from([2, 2, 2, 0, 0, 1, 1, 1]);
    const w = new Float64Array(8).fill(1);
    const label = relabelToDraft(parts, draft, 3, {
      fixed: new Int32Array(8).fill(-1),
      weight: w,
      lo: [0, 0, 0],
      hi: [9, 9, 9],
      eps: 0,
    });
    expect([...applyLabels(parts, label)]).toEqual([...draft]);
  });
});
