import { describe, expect, it } from 'vitest';
import { voorbeeldProject } from '../../../shared/example/voorbeeld';
import { draftLoads } from '../../../shared/analysis/draftLoads';
import { optimiseProjectPlacement, placementConstraints } from '../../../shared/optimiser';

describe('per-holder limits in the board’s units', () => {
  it('a maximum at today’s load (as the board prefills it) holds the draft and the proposal at goal level', () => {
    // The example's catalogue links join subjects: at goal level those subjects are nodes of their own.
    const p = voorbeeldProject();
    const d = p.divisions[0]!;
    const loads = draftLoads(p, d);
    const max = Object.fromEntries(loads.holders.map((h) => [h.holderId, h.goals]));
    const balance = { by: 'goals' as const, tolerance: 0.2, kind: 'max' as const, max };
    const c = placementConstraints(p, d.id, 'goal', balance);
    if (Array.isArray(c)) throw new Error(JSON.stringify(c));
    const now = new Array<number>(c.k).fill(0);
    for (let v = 0; v < c.graph.n; v++) if (c.initialParts[v]! >= 0) now[c.initialParts[v]!]! += 1;
    now.forEach((n, i) => expect(n).toBeLessThanOrEqual(c.balance.limits!.hi[i]!));
    const res = optimiseProjectPlacement(p, d.id, { balance, seed: 1 });
    if (!res.ok) throw new Error(JSON.stringify(res.problems));
    const after = draftLoads(p, { ...d, assignments: res.placement.assignments, subjects: res.placement.subjects });
    for (const h of after.holders) expect(h.goals).toBeLessThanOrEqual(max[h.holderId]!);
  });
});
