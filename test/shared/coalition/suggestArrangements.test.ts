import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCompactGraph, partsOf } from '../../../shared/analysis/compactGraph';
import { splitCoverage } from '../../../shared/coalition/splitCoverage';
import { suggestArrangements } from '../../../shared/coalition/suggestArrangements';
import type { Project } from '../../../shared/model';
import { randomSubjectDraft } from '../analysis/subjectDraftFixture';
import { arrangement, coverageDraft, deliberate } from './coverageFixture';

function proposalsOf(p: Project, limit?: number) {
  const g = buildCompactGraph(p);
  const d = p.divisions[0]!;
  const parts = partsOf(g, d);
  const coverage = splitCoverage(g, parts, d);
  const list = suggestArrangements(g, parts, d, coverage, limit);
  return { g, parts, coverage, list, ids: (l: Int32Array) => [...l].map((e) => g.linkIds[e]!) };
}

describe('suggestArrangements', () => {
  it('proposes, heaviest first, who could coordinate the uncovered links (hand case)', () => {
    // Uncovered: z1–z2 (P2 leads Z, z2 is P3's exception; 2) and w1–x (P1's W, P3's loose x; 2).
    const { list, ids } = proposalsOf(coverageDraft(), 10);
    expect(list.map((x) => [x.leadId, x.holderIds, x.subjectIds, x.goalIds, x.count, x.weight, ids(x.links)])).toEqual([
      // P3 coördinerend for its z2 and x, with P1 and P2: both links.
      ['P3', ['P1', 'P2'], [], ['z2', 'x'], 2, 4, ['z1_z2', 'w1_x']],
      // Ties by weight: narrower first, then the draft's holder order.
      ['P1', ['P3'], ['W'], [], 1, 2, ['w1_x']],
      ['P2', ['P3'], ['Z'], [], 1, 2, ['z1_z2']],
      ['P3', ['P1'], [], ['x'], 1, 2, ['w1_x']],
      ['P3', ['P2'], [], ['z2'], 1, 2, ['z1_z2']],
    ]);
    expect(list.every((x) => x.kind === 'coordinating')).toBe(true);
    expect(proposalsOf(coverageDraft(), 2).list).toHaveLength(2);
  });

  it('proposes nothing for covered or deliberate links', () => {
    const p = coverageDraft({ deliberate: [deliberate('S1', 'x', 'w1'), deliberate('S2', 'Z', 'z2')] });
    expect(proposalsOf(p).list).toEqual([]);
    const q = coverageDraft();
    q.divisions[0]!.arrangements.push(arrangement('A3', 'P3', ['P1', 'P2'], { goalIds: ['x', 'z2'] }));
    expect(proposalsOf(q).list).toEqual([]);
  });

  it('each proposal, added to the draft, covers exactly the links it names (random drafts)', () => {
    fc.assert(
      fc.property(randomSubjectDraft(8, 3, 3), (p) => {
        const { coverage, list } = proposalsOf(p, 4);
        const d = p.divisions[0]!;
        for (const [i, x] of list.entries()) {
          expect(x.count).toBeGreaterThan(0);
          if (i > 0) expect(x.weight).toBeLessThanOrEqual(list[i - 1]!.weight);
          const withIt = {
            ...p,
            divisions: [{ ...d, arrangements: [...d.arrangements, arrangement('NEW', x.leadId, x.holderIds, x)] }],
          };
          const after = proposalsOf(withIt).coverage;
          const newly = [...after.covered.links].filter((e) => !coverage.covered.links.includes(e));
          expect(newly).toEqual([...x.links]);
          expect(coverage.uncovered.weight - after.uncovered.weight).toBeCloseTo(x.weight, 9);
        }
        expect(proposalsOf(p, 4).list).toEqual(list);
      }),
      { numRuns: 150 },
    );
  });
});
