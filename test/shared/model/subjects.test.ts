import { describe, expect, it } from 'vitest';
import { checkProject, isException, nodeHolder, subjectHolders, type Project } from '../../../shared/model';
import { buildCompactGraph, divisionParts, partsOf } from '../../../shared/analysis/compactGraph';
import { projectFixture } from './projectFixture';

/** The fixture with subjects: s1 (a, b under it), s2 (c under it), s3 without goals, linked to s1. */
function withSubjects(): Project {
  const p = projectFixture();
  return {
    ...p,
    subjects: [
      { id: 's1', name: 'Werk en inkomen', domainId: 'sociaal', taakvelden: [], description: '' },
      { id: 's2', name: 'Financiën', domainId: 'financieel', taakvelden: [], description: '' },
      { id: 's3', name: 'Wonen', domainId: 'fysiek', taakvelden: [], description: '' },
    ],
    goals: p.goals.map((g) => ({ ...g, subjectId: g.id === 'c' ? 's2' : 's1' })),
    links: [
      ...p.links,
      { id: 's3s1', source: 's3', target: 's1', kind: 'reinforces', strength: 3, rationale: '', catalogueLinkId: 'x' },
    ],
    divisions: [
      {
        id: 'D',
        name: 'Gepubliceerd',
        portfolioIds: ['P1', 'P2'],
        assignments: { b: 'P2' },
        subjects: { s1: ['P1'], s2: ['P2'], s3: ['P2', 'P1'] },
        locked: ['s3', 'a'],
        arrangements: [],
        deliberate: [],
        keep: [],
        notes: '',
      },
    ],
  };
}

describe('subjects in the model', () => {
  it('a consistent project with subjects has no problems', () => {
    expect(checkProject(withSubjects())).toEqual([]);
  });

  it('reports unknown subjects, a subject id that is also a goal id, and holders outside the draft', () => {
    const p = withSubjects();
    p.goals[0] = { ...p.goals[0]!, subjectId: 'nope' };
    p.subjects.push({ id: 'c', name: 'Dubbel', domainId: 'fysiek', taakvelden: [], description: '' });
    p.divisions[0] = {
      ...p.divisions[0]!,
      subjects: { ...p.divisions[0]!.subjects, ghost: ['P1'], s2: ['P9', 'P2', 'P2'] },
    };
    const found = checkProject(p).map((x) => [x.code, (x.path ?? []).join('.')]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['unknownSubject', 'goals.0.subjectId'],
        ['duplicateId', 'goals.2.id'],
        ['unknownSubject', 'divisions.0.subjects.ghost'],
        ['portfolioNotInDivision', 'divisions.0.subjects.s2.0'],
        ['duplicateId', 'divisions.0.subjects.s2.2'],
      ]),
    );
  });

  it('a goal follows the lead holder of its subject unless the draft names it; naming another holder is an exception', () => {
    const d = withSubjects().divisions[0]!;
    expect(nodeHolder(d, 'a', 's1')).toBe('P1');
    expect(nodeHolder(d, 'b', 's1')).toBe('P2');
    expect(nodeHolder(d, 'c', 's2')).toBe('P2');
    expect(nodeHolder(d, 's3', 's3')).toBe('P2');
    expect(nodeHolder(d, 'x', undefined)).toBeUndefined();
    expect(isException(d, 'b', 's1')).toBe(true);
    expect(isException(d, 'a', 's1')).toBe(false);
    // Given to the second holder of a shared subject: not an exception.
    expect(isException({ assignments: { g: 'P1' }, subjects: { s3: ['P2', 'P1'] } }, 'g', 's3')).toBe(false);
    expect(subjectHolders(d, 'toString')).toEqual([]);
  });

  it('a subject without goals, or with links of its own, is a node; the graph resolves holders through subjects', () => {
    const p = withSubjects();
    const g = buildCompactGraph(p);
    // s1 has goals but a link of its own; s2 has goals and no links: only through its goals; s3 has no goals.
    expect(g.goalIds).toEqual(['a', 'b', 'c', 's1', 's3']);
    expect([...g.isSubject]).toEqual([0, 0, 0, 1, 1]);
    expect(g.subjectOf).toEqual(['s1', 's1', 's2', 's1', 's3']);
    expect(g.m).toBe(3);
    expect([...partsOf(g, p.divisions[0]!)]).toEqual([0, 1, 1, 0, 1]);
    // A draft written before subjects (no `subjects`) reads as before.
    expect([...partsOf(g, { portfolioIds: ['P1'], assignments: { a: 'P1' } })]).toEqual([0, -1, -1, -1, -1]);
  });

  it('divisionParts is recomputed when only the subject holders change', () => {
    const p = withSubjects();
    const g = buildCompactGraph(p);
    const d = p.divisions[0]!;
    const first = divisionParts(g, d);
    expect(divisionParts(g, d)).toBe(first);
    const moved = divisionParts(g, { ...d, subjects: { ...d.subjects, s1: ['P2'] } });
    expect([...moved]).toEqual([1, 1, 1, 1, 1]);
  });
});
