import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DivisionSchema, GoalSchema, PortfolioSchema, SubjectSchema } from '../../../shared/model';
import { draftLoads, loadsOn } from '../../../shared/analysis/draftLoads';
import { smallExample } from '../../fixtures/smallExample';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import { boardModel } from '../../../renderer/views/board/viewModel';

const goal = (id: string, budget?: number, subjectId?: string) =>
  GoalSchema.parse({ id, title: id, domainId: 'd', ...(budget !== undefined ? { budget } : {}), subjectId });
const subject = (id: string) => SubjectSchema.parse({ id, name: id, domainId: 'd' });
const holder = (id: string, fte = 1) =>
  PortfolioSchema.parse({ id, holder: `Wethouder ${id}`, fte, colour: '#123456' });

// Subject s1 (goals g1, g2) led by A, g2 given to B as an exception; g3 on its own with B; g4 unassigned;
// subject s2 without goals held by C; subject s3 without goals held by nobody; g5 held by X, not in the draft.
const project = {
  goals: [goal('g1', 100, 's1'), goal('g2', 50, 's1'), goal('g3', 20), goal('g4', 7), goal('g5', 3)],
  subjects: [subject('s1'), subject('s2'), subject('s3')],
  portfolios: [holder('A'), holder('B', 0.5), holder('C', 0.8)],
};
const division = DivisionSchema.parse({
  id: 'dv',
  name: 'Concept',
  portfolioIds: ['A', 'B', 'C'],
  subjects: { s1: ['A'], s2: ['C'] },
  assignments: { g2: 'B', g3: 'B', g5: 'X' },
});

describe('draftLoads', () => {
  it('counts goals where the draft puts them, a subject without goals as one, budget summed, the rest in the tray', () => {
    expect(draftLoads(project, division)).toEqual({
      holders: [
        { holderId: 'A', goals: 1, budget: 100, fte: 1 },
        { holderId: 'B', goals: 2, budget: 70, fte: 0.5 },
        { holderId: 'C', goals: 1, budget: 0, fte: 0.8 },
      ],
      outside: [],
      tray: { goals: 3, budget: 10 },
    });
  });

  it('leaves holders outside the balance out of every total, the tray included', () => {
    const loads = draftLoads(project, division, new Set(['B']));
    expect(loads.holders.map((h) => h.holderId)).toEqual(['A', 'C']);
    expect(loads.outside).toEqual([{ holderId: 'B', goals: 2, budget: 70, fte: 0.5 }]);
    expect(loads.tray).toEqual({ goals: 3, budget: 10 });
  });

  it('gives holderBands its loads on one measure', () => {
    expect(loadsOn(draftLoads(project, division), 'budget')).toEqual({
      loads: [
        { holderId: 'A', now: 100, fte: 1 },
        { holderId: 'B', now: 70, fte: 0.5 },
        { holderId: 'C', now: 0, fte: 0.8 },
      ],
      tray: 10,
    });
  });

  it('agrees with the board’s columns on every draft of the example, whatever holders stand outside', () => {
    const p = smallExample();
    const graph = buildCompactGraph(p);
    for (const d of p.divisions) {
      const board = boardModel(p, graph, d);
      fc.assert(
        fc.property(fc.subarray(d.portfolioIds), (out) => {
          const loads = draftLoads(p, d, new Set(out));
          for (const h of [...loads.holders, ...loads.outside]) {
            const column = board.columns.find((c) => c.id === h.holderId)!;
            expect([h.goals, h.budget]).toEqual([column.goals, column.budget]);
          }
          expect(loads.tray).toEqual({ goals: board.tray.goals, budget: board.tray.budget });
          expect(loads.holders.length + loads.outside.length).toBe(d.portfolioIds.length);
        }),
        { numRuns: 20 },
      );
    }
  });
});
