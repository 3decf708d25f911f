import { describe, expect, it } from 'vitest';
import {
  optimiseProjectDivision,
  divisionConstraints,
  describeProblems,
} from '../../../shared/optimiser/optimiserProject';
import { syntheticProject } from '../../../shared/optimiser/synthetic';
import { setAssignments } from '../../../shared/model/operations/divisionOps';

describe('optimiseProjectDivision', () => {
  it('assigns every goal, keeps locked goals, and feeds setAssignments', () => {
    const p = syntheticProject({ goals: 60, portfolios: 4, seed: 3, locked: 5, assign: 'none' });
    const d = p.divisions[0]!;
    const res = optimiseProjectDivision(p, d.id, { balance: { by: 'goals', tolerance: 0 }, seed: 1, effort: 0.3 });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(Object.keys(res.assignments).sort()).toEqual(p.goals.map((g) => g.id).sort());
    for (const id of d.locked) expect(res.assignments[id]).toBe(d.assignments[id]);
    const counts = d.portfolioIds.map((pf) => Object.values(res.assignments).filter((x) => x === pf).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    const applied = setAssignments(p, d.id, res.assignments);
    expect(applied.ok).toBe(true);
  });

  it('names portfolio holders and goal titles in problems', () => {
    const p = syntheticProject({ goals: 12, portfolios: 3, seed: 1, assign: 'none' });
    const d = p.divisions[0]!;
    const locked = p.goals.slice(0, 5).map((g) => g.id);
    const project = {
      ...p,
      divisions: [{ ...d, locked, assignments: Object.fromEntries(locked.map((id) => [id, d.portfolioIds[2]!])) }],
    };
    const res = optimiseProjectDivision(project, d.id, { balance: { by: 'goals', tolerance: 0 }, seed: 1 });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.problems[0]).toMatchObject({
      code: 'optimiserLockedAboveCap',
      params: { portfolio: 'Wethouder 3', goals: 'Doel 1, Doel 2, Doel 3, Doel 4, Doel 5', count: 5, cap: 4 },
    });
    expect(describeProblems(project, d.id, [{ code: 'x' }])).toEqual([{ code: 'x' }]);
  });

  it('refuses an unknown division and a locked goal without portfolio', () => {
    const p = syntheticProject({ goals: 6, portfolios: 2, seed: 1, assign: 'none' });
    expect(divisionConstraints(p, 'nope')).toEqual([{ code: 'unknownDivision', params: { id: 'nope' } }]);
    const d = { ...p.divisions[0]!, locked: ['goal_0'] };
    const problems = divisionConstraints({ ...p, divisions: [d] }, d.id);
    expect(Array.isArray(problems) && problems[0]?.code).toBe('optimiserLockedUnassigned');
  });
});
