import { describe, expect, it } from 'vitest';
import { fixedRuleProblems } from '../../../../renderer/views/analysis/fixedRuleProblems';
import { subjectsExample } from '../../../fixtures/subjects/subjectsExample';

describe('fixedRuleProblems', () => {
  it('names each keep-together group the search cannot honour, by subject name and goal title', () => {
    const p = subjectsExample();
    const rule = { id: 'k', kind: 'together' as const, nodeIds: ['subj_wonen', 'goal_werk'], reason: '' };
    const title = p.goals.find((g) => g.id === 'goal_werk')!.title;
    expect(fixedRuleProblems(p, [rule])).toEqual([
      { code: 'coalition.togetherFixedHolder', params: { nodes: `Wonen, ${title}` } },
    ]);
    expect(fixedRuleProblems(p, [])).toEqual([]);
  });
});
