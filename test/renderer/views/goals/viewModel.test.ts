import { describe, expect, it } from 'vitest';
import type { Goal, Link } from '../../../../shared/model';
import { filterGoals, goalHolder, goalKey, linkCounts } from '../../../../renderer/views/goals/viewModel';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../../fixtures/subjects/subjectsExample';

const goal = (id: string, title: string, themes: string[] = []): Goal => ({
  id,
  title,
  description: '',
  domainId: 'sociaal',
  themes,
  taakvelden: [],
  laws: [],
  source: '',
});
const link = (id: string, source: string, target: string): Link => ({
  id,
  source,
  target,
  kind: 'reinforces',
  strength: 2,
  rationale: '',
});

describe('goals table row model', () => {
  const goals = [
    goal('a', 'Minder armoede', ['Bestaanszekerheid']),
    goal('b', 'Schulden vroeg signaleren', ['bestaanszekerheid', 'Schulden']),
    goal('c', 'Groen in de wijk', ['Klimaat']),
  ];

  it('counts the links at both ends of each goal; a goal without links is absent', () => {
    const c = linkCounts([link('1', 'a', 'b'), link('2', 'a', 'c'), link('3', 'b', 'a')]);
    expect(c.get('a')).toBe(3);
    expect(c.get('b')).toBe(2);
    expect(c.get('c')).toBe(1);
    expect(linkCounts([]).size).toBe(0);
  });

  it('filters on title and themes, in any case, ignoring spaces around the query', () => {
    expect(filterGoals(goals, 'ARMOEDE').map(goalKey)).toEqual(['a']);
    expect(filterGoals(goals, '  bestaanszekerheid ').map(goalKey)).toEqual(['a', 'b']);
    expect(filterGoals(goals, 'klimaat').map(goalKey)).toEqual(['c']);
    expect(filterGoals(goals, 'nergens')).toEqual([]);
  });

  it('returns the same array for an empty query, so the table keeps its measured rows', () => {
    expect(filterGoals(goals, '')).toBe(goals);
    expect(filterGoals(goals, '   ')).toBe(goals);
  });
});

describe('the Doelen table with subjects', () => {
  const p = subjectsExample();
  const draft = p.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
  const goal = (id: string) => p.goals.find((g) => g.id === id)!;

  it('finds goals by the name of their subject', () => {
    const names = new Map(p.subjects.map((s) => [s.id, s.name]));
    const found = filterGoals(p.goals, 'armoede en schulden', (id) => names.get(id) ?? '').map((g) => g.id);
    expect(found).toEqual(['goal_armoede', 'goal_schulden', 'goal_kwijtschelding']);
  });

  it('gives the holder through the subject, and marks the exception', () => {
    expect(goalHolder(draft, goal('goal_armoede'))).toEqual({ holderId: 'pf_sociaal', exception: false });
    expect(goalHolder(draft, goal('goal_kwijtschelding'))).toEqual({ holderId: 'pf_financien', exception: true });
    expect(goalHolder(draft, goal('goal_woningbouw'))).toEqual({ holderId: 'pf_fysiek', exception: false });
    expect(goalHolder(undefined, goal('goal_armoede'))).toEqual({ holderId: undefined, exception: false });
  });
});
