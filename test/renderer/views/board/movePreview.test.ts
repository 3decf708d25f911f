import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { smallExample } from '../../../fixtures/smallExample';
import { assignGoals } from '../../../../shared/model';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../../shared/analysis/coherenceReport';
import { createIncrementalScore } from '../../../../shared/analysis/incrementalScore';
import { scoreParts } from '../../../../shared/analysis/scoreParts';
import { syntheticProject } from '../../../../shared/optimiser/synthetic';
import { movePreviews, previewOnScore } from '../../../../renderer/views/board/movePreview';
import { TRAY_ID } from '../../../../renderer/views/board/viewModel';
import { randomCase } from '../../../shared/analysis/randomGraph';

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(b));

/** Holder pairs with a split link, counted from a full re-score's k × k matrix. */
function pairsOf(matrix: Float64Array, k: number): number {
  let n = 0;
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) if (matrix[a * k + b]! > 1e-9) n++;
  return n;
}

describe('move preview (incremental scorer)', () => {
  it('equals a full re-score after moving random goals in sequence, and leaves the score as it was', () => {
    fc.assert(
      fc.property(
        randomCase().chain((c) =>
          fc.record({
            c: fc.constant(c),
            nodes: fc.uniqueArray(fc.nat(c.g.n - 1), { maxLength: 6 }),
            to: fc.integer({ min: -1, max: c.k - 1 }),
          }),
        ),
        ({ c, nodes, to }) => {
          const score = createIncrementalScore(c.g, c.parts, c.k);
          const before = { cut: score.cut, parts: Int32Array.from(score.parts) };
          const { after, goalsIn, budgetIn } = previewOnScore(score, nodes, to, c.g.budget);
          const moved = Int32Array.from(before.parts);
          for (const v of nodes) moved[v] = to;
          const full = scoreParts(c.g, moved, c.k);
          expect(near(after.cut, full.cut)).toBe(true);
          expect(after.cutCount).toBe(full.cutCount);
          expect(near(after.owCut, full.owCut)).toBe(true);
          expect(after.pairs).toBe(pairsOf(full.matrix, c.k));
          expect(goalsIn).toBe(nodes.filter((v) => before.parts[v] !== to).length);
          const gained = nodes.filter((v) => before.parts[v] !== to).reduce((a, v) => a + c.g.budget[v]!, 0);
          expect(near(budgetIn, gained)).toBe(true);
          expect(Array.from(score.parts)).toEqual(Array.from(before.parts));
          expect(near(score.cut, before.cut)).toBe(true);
        },
      ),
    );
  });

  it('on the example, every column’s figures equal the report after the drop (random bulk moves)', () => {
    const p = smallExample();
    const g = buildCompactGraph(p);
    const movable = p.goals.map((x) => x.id).filter((id) => id !== 'goal_veiligheid');
    fc.assert(
      fc.property(
        fc.constantFrom('div_klassiek', 'div_samenhang'),
        fc.uniqueArray(fc.constantFrom(...movable), { minLength: 1, maxLength: 4 }),
        (divisionId, goalIds) => {
          const d = p.divisions.find((x) => x.id === divisionId)!;
          const now = coherenceReport(p, divisionId, g);
          for (const pv of movePreviews(g, d, goalIds)) {
            const r = assignGoals(p, divisionId, goalIds, pv.columnId === TRAY_ID ? null : pv.columnId);
            if (!r.ok) throw new Error(JSON.stringify(r.problems));
            const report = coherenceReport(r.project, divisionId, g);
            expect(near(pv.after.cut, report.cut.cut)).toBe(true);
            expect(pv.after.cutCount).toBe(report.cut.cutCount);
            expect(near(pv.after.owCut, report.omgevingswet.cut)).toBe(true);
            expect(pv.after.pairs).toBe(report.coordination.length);
            expect(pv.delta.cutCount).toBe(report.cut.cutCount - now.cut.cutCount);
            expect(near(pv.delta.cut, report.cut.cut - now.cut.cut)).toBe(true);
            expect(pv.unchanged).toBe(r.project === p);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('previews a bulk move of many goals on a 500-goal project (the bench size) as a full re-score does', () => {
    const p = syntheticProject({ goals: 500, portfolios: 7, seed: 3, locked: 0 });
    const g = buildCompactGraph(p);
    const d = p.divisions[0]!;
    const ids = p.goals.slice(0, 40).map((x) => x.id);
    const target = d.portfolioIds[2]!;
    const pv = movePreviews(g, d, ids).find((x) => x.columnId === target)!;
    const r = assignGoals(
      p,
      d.id,
      ids.filter((id) => !d.locked.includes(id)),
      target,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const report = coherenceReport(r.project, d.id, g);
    expect(near(pv.after.cut, report.cut.cut)).toBe(true);
    expect(pv.after.cutCount).toBe(report.cut.cutCount);
    expect(pv.after.pairs).toBe(report.coordination.length);
    expect(pv.goalsIn).toBe(ids.filter((id) => d.assignments[id] !== target).length);
  });
});
