import { describe, expect, it } from 'vitest';
import { smallExample } from '../../fixtures/smallExample';
import { withoutHolders, mergeFixedHolders } from '../../../shared/optimiser/fixedHolders';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { checkProject } from '../../../shared/model';

describe('holders who keep their goals', () => {
  const project = smallExample();
  const division = project.divisions.find((d) => d.id === 'div_samenhang')!;
  const fixed = new Set(['pf_burgemeester']);

  it('drops their goals and links, and the constant plus the reduced cut equals the whole cut', () => {
    const { project: reduced, constantCut } = withoutHolders(project, division, fixed);
    expect(checkProject(reduced)).toEqual([]);
    expect(reduced.goals.some((g) => division.assignments[g.id] === 'pf_burgemeester')).toBe(false);
    expect(reduced.divisions[0]!.portfolioIds).not.toContain('pf_burgemeester');
    const whole = coherenceReport(project, division.id).cut.cut;
    const part = coherenceReport(reduced, division.id).cut.cut;
    expect(part + constantCut).toBeCloseTo(whole, 9);
  });

  it('keeps a link inside one fixed holder out of the constant', () => {
    const both = {
      ...division,
      assignments: {
        ...division.assignments,
        goal_winkelcentra: 'pf_burgemeester',
        goal_veiligheid: 'pf_burgemeester',
      },
    };
    const inside = project.links.find((l) => l.source === 'goal_winkelcentra' && l.target === 'goal_veiligheid')!;
    const { constantCut } = withoutHolders(project, both, fixed);
    const touching = project.links.filter((l) =>
      [l.source, l.target].some((g) => (both.assignments as Record<string, string>)[g] === 'pf_burgemeester'),
    );
    expect(constantCut).toBe(touching.reduce((s, l) => s + l.strength, 0) - inside.strength);
  });

  it('merges the proposal with the fixed goals', () => {
    const merged = mergeFixedHolders(division, fixed, { goal_armoede: 'pf_fysiek' });
    expect(merged.goal_armoede).toBe('pf_fysiek');
    expect(merged.goal_veiligheid).toBe('pf_burgemeester');
  });
});

describe('keep rules and deliberate splits beside holders who keep their goals', () => {
  it('drops what left with them, and names a keep-together rule split between them and the search', () => {
    const p = smallExample();
    const d = p.divisions[0]!;
    const burgemeesterGoal = Object.entries(d.assignments).find(([, h]) => h === 'pf_burgemeester')![0];
    const free = Object.entries(d.assignments)
      .filter(([, h]) => h === 'pf_sociaal')
      .map(([g]) => g);
    const division = {
      ...d,
      keep: [
        { id: 'k1', kind: 'together' as const, nodeIds: [burgemeesterGoal, free[0]!], reason: '' },
        { id: 'k2', kind: 'apart' as const, nodeIds: [burgemeesterGoal, free[1]!, free[2]!], reason: '' },
      ],
      deliberate: [{ id: 's1', a: burgemeesterGoal, b: free[3]!, reason: 'r' }],
    };
    const reduced = withoutHolders({ ...p, divisions: [division] }, division, new Set(['pf_burgemeester']));
    expect(reduced.straddling.map((r) => r.id)).toEqual(['k1']);
    const left = reduced.project.divisions[0]!;
    expect(left.keep.map((r) => [r.id, r.nodeIds])).toEqual([['k2', [free[1], free[2]]]]);
    expect(left.deliberate).toEqual([]);
    expect(checkProject(reduced.project)).toEqual([]);
  });
});
