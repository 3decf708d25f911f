import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { partGraphOf } from '../../../../../shared/optimiser/search/partGraph';
import { createState } from '../../../../../shared/optimiser/search/searchState';
import { createHeaps, moveTracked, rebuildHeaps, type MoveHeaps } from './moveHeaps';
import { createRng } from '../../../../../shared/optimiser/search/prng';
import { instance, randomDivision } from '../../optimiserFixtures';

/** Every heap holds exactly the free goals of its source part, keyed by the move's gain, in heap order. */
function heapProblems(H: MoveHeaps, part: Int32Array, conn: Float64Array, fixed: Int32Array): string[] {
  const { k, cap } = H;
  const out: string[] = [];
  const seen = new Int32Array(part.length * k);
  for (let a = 0; a < k; a++)
    for (let q = 0; q < k; q++) {
      if (a === q) continue;
      const h = a * k + q;
      for (let i = 0; i < H.size[h]!; i++) {
        const v = H.node[h * cap + i]!;
        const key = H.key[h * cap + i]!;
        seen[v * k + q]!++;
        if (part[v] !== a) out.push(`goal ${v} in heap ${a}→${q} but in part ${part[v]}`);
        if (H.pos[v * k + q] !== i) out.push(`position of goal ${v} towards ${q}`);
        const gain = conn[v * k + q]! - conn[v * k + a]!;
        if (Math.abs(key - gain) > H.jitter + 1e-9) out.push(`key of goal ${v} towards ${q}: ${key} for gain ${gain}`);
        if (i > 0 && H.key[h * cap + ((i - 1) >> 1)]! < key) out.push(`heap order at ${a}→${q} slot ${i}`);
      }
    }
  for (let v = 0; v < part.length; v++)
    for (let q = 0; q < k; q++) {
      const expected = fixed[v]! < 0 && q !== part[v] ? 1 : 0;
      if (seen[v * k + q] !== expected) out.push(`goal ${v} towards ${q} listed ${seen[v * k + q]} times`);
    }
  return out;
}

describe('moveHeaps', () => {
  it('keeps every free goal in the heaps of its part with its exact gain, in heap order, through random moves', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 40 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 3 }),
        (n, k, seed, lockedCount) => {
          const inst = instance(n, k, seed, lockedCount, 4);
          const g = partGraphOf(inst.g, new Float64Array(n).fill(1));
          const rng = createRng(seed);
          const s = createState(g, k, randomDivision(inst, rng));
          const H = createHeaps(g, k, inst.locked, rng);
          rebuildHeaps(H, s);
          expect(heapProblems(H, s.part, s.conn, inst.locked)).toEqual([]);
          for (let t = 0; t < 60; t++) {
            const v = rng.int(n);
            if (inst.locked[v]! >= 0) continue;
            moveTracked(g, s, H, v, rng.int(k));
          }
          expect(heapProblems(H, s.part, s.conn, inst.locked)).toEqual([]);
          // The incremental state still agrees with a fresh one.
          const fresh = createState(g, k, s.part);
          expect(s.cut).toBeCloseTo(fresh.cut, 9);
        },
      ),
      { numRuns: 60, seed: 3 },
    );
  });
});
