import { describe, expect, it } from 'vitest';
import { filterNodeOptions, nodeOptions, toggled } from '../../../../renderer/views/coalition/nodeOptions';
import { subjectsExample } from '../../../fixtures/subjects/subjectsExample';

const project = subjectsExample();
const options = nodeOptions(project);

describe('subjects and goals to choose', () => {
  it('lists the subjects, then the goals with their subject’s name', () => {
    expect(options).toHaveLength(project.subjects.length + project.goals.length);
    expect(options.slice(0, project.subjects.length).every((o) => o.kind === 'subject')).toBe(true);
    expect(options.find((o) => o.id === 'subj_wonen')).toEqual({ id: 'subj_wonen', kind: 'subject', name: 'Wonen' });
    const schulden = options.find((o) => o.id === 'goal_schulden')!;
    expect(schulden.kind).toBe('goal');
    expect(schulden.subjectName).toBe('Armoede en schulden');
  });

  it('filters by name or a goal’s subject in any case, keeping what is chosen', () => {
    const ids = (q: string, chosen?: Set<string>) => filterNodeOptions(options, q, chosen).map((o) => o.id);
    // Two goals by their subject, energiearmoede by its title (under Duurzaamheid), the subject by its name.
    expect(ids('ARMOEDE')).toEqual([
      'subj_armoede-en-schulden',
      'goal_armoede',
      'goal_schulden',
      'goal_energiearmoede',
      'goal_kwijtschelding',
    ]);
    expect(ids('wonen', new Set(['goal_veiligheid']))).toContain('goal_veiligheid');
    expect(filterNodeOptions(options, '  ')).toBe(options);
  });

  it('toggles one id in or out, keeping the order of the rest', () => {
    expect(toggled(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });
});
