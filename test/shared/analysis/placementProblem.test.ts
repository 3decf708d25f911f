import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCompactGraph, partsOf } from '../../../shared/analysis/compactGraph';
import { scoreParts } from '../../../shared/analysis/scoreParts';
import { placementOf, placementProblem } from '../../../shared/analysis/placementProblem';
import { nodeHolder } from '../../../shared/model/division';
import { cutOf } from '../../../shared/optimiser';
import { randomSubjectDraft, subjectDraft } from './subjectDraftFixture';

const tie = (prob: ReturnType<typeof placementProblem>, a: string, b: string) => {
  const g = prob.graph;
  for (let e = 0; e < g.m; e++) {
    const ends = [g.goalIds[g.src[e]!], g.goalIds[g.dst[e]!]].sort().join();
    if (ends === [a, b].sort().join()) return g.weight[e];
  }
  return undefined;
};

describe('placementProblem at subject level', () => {
  const p = subjectDraft();
  const g = buildCompactGraph(p);
  const d = p.divisions[0]!;
  const prob = placementProblem(g, d, 'subject');

  it('contracts each subject with its following goals into one node, exceptions and loose goals alone', () => {
    expect(prob.graph.goalIds).toEqual(['W', 'w3', 'Z', 'x', 'H']);
    expect(prob.kind).toEqual(['subject', 'goal', 'subject', 'goal', 'subject']);
    expect([...prob.parts]).toEqual([0, 1, 1, 0, 2]);
    // Goals per node; H has none and counts as one.
    expect([...prob.goalCount]).toEqual([2, 1, 2, 1, 1]);
    // Budgets summed (z2 has none); H has no budget at all.
    expect([...prob.graph.budget]).toEqual([30, 5, 40, 1, 0]);
    expect([...prob.graph.hasBudget]).toEqual([1, 1, 1, 1, 0]);
  });

  it('sums links between nodes and drops the links inside a subject', () => {
    expect(prob.graph.m).toBe(4);
    expect([tie(prob, 'W', 'Z'), tie(prob, 'w3', 'Z'), tie(prob, 'Z', 'H'), tie(prob, 'x', 'W')]).toEqual([4, 2, 2, 1]);
    expect(prob.graph.totalWeight).toBe(9);
    const e = [...Array(prob.graph.m).keys()].find((i) => prob.graph.weight[i] === 4)!;
    expect([...prob.linksBehind(e)].map((l) => g.linkIds[l]).sort()).toEqual(['w1_z1', 'w2_z2']);
    expect(cutOf(prob.graph, prob.parts)).toBe(6);
  });

  it('keeps a shared subject where it is, and a subject with a locked goal or a lock of its own', () => {
    expect([...prob.locked]).toEqual([0, 0, 1, 0, 0]);
    const locked = placementProblem(g, { ...d, locked: ['w1', 'H'] }, 'subject');
    expect([...locked.locked]).toEqual([1, 0, 1, 0, 1]);
  });

  it('maps a moved subject back: new lead, goals follow, exceptions and co-holders kept', () => {
    // W to P3: its goals go with it, w3 stays with P2.
    const moved = placementOf(prob, g, d, Int32Array.of(2, 1, 1, 0, 2));
    expect(moved).toEqual({ assignments: { w3: 'P2', x: 'P1' }, subjects: { W: ['P3'], Z: ['P2', 'P3'], H: ['P3'] } });
    // The shared Z to P1 keeps its co-holder; to P3 it swaps lead and co-holder.
    expect(placementOf(prob, g, d, Int32Array.of(0, 1, 0, 0, 2)).subjects.Z).toEqual(['P1', 'P3']);
    expect(placementOf(prob, g, d, Int32Array.of(0, 1, 2, 0, 2)).subjects.Z).toEqual(['P3', 'P2']);
    // The exception moved to its subject's lead follows it again.
    expect(placementOf(prob, g, d, Int32Array.of(0, 0, 1, 0, 2)).assignments).toEqual({ x: 'P1' });
  });

  it('releases an own assignment equal to the old lead when the subject moves', () => {
    const own = { ...d, assignments: { ...d.assignments, w2: 'P1' } };
    const pr = placementProblem(g, own, 'subject');
    expect(pr.graph.goalIds).toEqual(['W', 'w3', 'Z', 'x', 'H']);
    expect(placementOf(pr, g, own, Int32Array.of(2, 1, 1, 0, 2)).assignments).toEqual({ w3: 'P2', x: 'P1' });
  });
});

describe('placementProblem at goal level', () => {
  it('is the goal graph, one goal per node; a subject node with goals stays, a locked subject keeps its goals', () => {
    const p = subjectDraft();
    const withOwnLink = { ...p, links: [...p.links, { ...p.links[0]!, id: 'W_x', source: 'W', target: 'x' }] };
    const g = buildCompactGraph(withOwnLink);
    const d = { ...p.divisions[0]!, locked: ['Z'] };
    const prob = placementProblem(g, d, 'goal');
    expect(prob.graph).toBe(g);
    expect(g.goalIds).toEqual(['w1', 'w2', 'w3', 'z1', 'z2', 'x', 'W', 'H']);
    expect([...prob.goalCount]).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    // z1, z2 follow the locked Z; W's own node stays (it has goals); H has none and may move.
    expect([...prob.locked]).toEqual([0, 0, 0, 1, 1, 0, 1, 0]);
    // A goal moved away from its subject becomes an exception; one moved to its subject's lead follows it.
    const parts = partsOf(g, d);
    parts[0] = 2;
    parts[2] = 0;
    expect(placementOf(prob, g, d, parts).assignments).toEqual({ w1: 'P3', x: 'P1' });
  });
});

describe('the contraction is exact', () => {
  it('property: every division of the problem, mapped back, gives every node its part and the same cut', () => {
    fc.assert(
      fc.property(
        randomSubjectDraft(),
        fc.constantFrom('subject' as const, 'goal' as const),
        fc.nat(),
        (p, level, r) => {
          const g = buildCompactGraph(p);
          const d = p.divisions[0]!;
          const k = d.portfolioIds.length;
          const prob = placementProblem(g, d, level);
          let x = r;
          const parts = Int32Array.from(prob.parts, () => {
            x = (x * 1103515245 + 12345) >>> 0;
            return x % k;
          });
          const placement = placementOf(prob, g, d, parts);
          const after = { ...d, ...placement };
          for (let v = 0; v < g.n; v++)
            expect(nodeHolder(after, g.goalIds[v]!, g.subjectOf[v])).toBe(d.portfolioIds[parts[prob.nodeOf[v]!]!]);
          expect(scoreParts(g, partsOf(g, after), k).cut).toBeCloseTo(cutOf(prob.graph, parts), 9);
          // The draft itself: the problem's parts give the draft's cut.
          const now = partsOf(g, d);
          if (now.every((q) => q >= 0)) expect(cutOf(prob.graph, prob.parts)).toBeCloseTo(cutOf(g, now), 9);
        },
      ),
      { numRuns: 300 },
    );
  });
});
