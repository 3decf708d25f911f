import { describe, expect, it } from 'vitest';
import { checkProject, type Project } from '../../../shared/model';
import { projectFixture } from './projectFixture';

/** The fixture with one change, so each case shows exactly one problem. */
function withChange(fn: (p: Project) => void): Project {
  const p = structuredClone(projectFixture());
  fn(p);
  return p;
}

describe('checkProject', () => {
  it('finds nothing wrong in a clean project', () => {
    expect(checkProject(projectFixture())).toEqual([]);
  });

  it.each([
    ['domains', (p: Project) => p.domains.push({ ...p.domains[0]! }), 3, 'fysiek'],
    ['goals', (p: Project) => p.goals.push({ ...p.goals[2]! }), 3, 'c'],
    ['links', (p: Project) => p.links.push({ ...p.links[0]!, source: 'a', target: 'c' }), 2, 'ab'],
    ['portfolios', (p: Project) => p.portfolios.push({ ...p.portfolios[1]! }), 2, 'P2'],
    ['divisions', (p: Project) => p.divisions.push({ ...p.divisions[0]! }), 1, 'D'],
  ])('reports a duplicate id in %s at the later entry', (coll, change, index, id) => {
    expect(checkProject(withChange(change))).toEqual([
      { code: 'duplicateId', params: { id }, path: [coll, index, 'id'] },
    ]);
  });

  it('reports an unknown domain', () => {
    const p = withChange((p) => (p.goals[1]!.domainId = 'cultuur'));
    expect(checkProject(p)).toEqual([
      { code: 'unknownDomain', params: { id: 'cultuur' }, path: ['goals', 1, 'domainId'] },
    ]);
  });

  it('checks taakveld codes against the 2025 list', () => {
    const p = withChange((p) => (p.goals[2]!.taakvelden = ['0.1', '6.2', '6.71']));
    expect(checkProject(p)).toEqual([
      { code: 'unknownTaakveld', params: { code: '6.2', list: '2025' }, path: ['goals', 2, 'taakvelden', 1] },
      { code: 'unknownTaakveld', params: { code: '6.71', list: '2025' }, path: ['goals', 2, 'taakvelden', 2] },
    ]);
  });

  it('checks taakveld codes against the 2017 list', () => {
    const p = withChange((p) => {
      p.taakveldList = '2017';
      p.goals[0]!.taakvelden = ['6.2'];
      p.goals[1]!.taakvelden = ['8.3', '6.21'];
    });
    expect(checkProject(p)).toEqual([
      { code: 'unknownTaakveld', params: { code: '6.21', list: '2017' }, path: ['goals', 1, 'taakvelden', 1] },
    ]);
  });

  it('reports a self link', () => {
    const p = withChange((p) => p.links.push({ ...p.links[0]!, id: 'cc', source: 'c', target: 'c' }));
    expect(checkProject(p)).toEqual([{ code: 'selfLink', params: { id: 'c' }, path: ['links', 2] }]);
  });

  it('reports a dangling link at its source and at its target', () => {
    const p = withChange((p) => {
      p.links[0]!.source = 'gone';
      p.links[1]!.target = 'lost';
    });
    expect(checkProject(p)).toEqual([
      { code: 'danglingLink', params: { id: 'gone' }, path: ['links', 0, 'source'] },
      { code: 'danglingLink', params: { id: 'lost' }, path: ['links', 1, 'target'] },
    ]);
  });

  it('reports both ends when a link dangles at both', () => {
    const p = withChange((p) => p.links.push({ ...p.links[0]!, id: 'xy', source: 'x', target: 'y' }));
    expect(checkProject(p).map((x) => x.path)).toEqual([
      ['links', 2, 'source'],
      ['links', 2, 'target'],
    ]);
  });

  it('reports a duplicate link with the same ends', () => {
    const p = withChange((p) => p.links.push({ ...p.links[0]!, id: 'ab2', strength: 3 }));
    expect(checkProject(p)).toEqual([
      { code: 'duplicateLink', params: { source: 'a', target: 'b', kind: 'reinforces' }, path: ['links', 2] },
    ]);
  });

  it('reports a reversed undirected link as a duplicate', () => {
    const p = withChange((p) => p.links.push({ ...p.links[0]!, id: 'ba', source: 'b', target: 'a' }));
    expect(checkProject(p)).toEqual([
      { code: 'duplicateLink', params: { source: 'b', target: 'a', kind: 'reinforces' }, path: ['links', 2] },
    ]);
  });

  it('accepts a reversed prerequisite and the same ends with another kind', () => {
    const p = withChange((p) => {
      p.links.push({ ...p.links[1]!, id: 'cb', source: 'c', target: 'b' });
      p.links.push({ ...p.links[0]!, id: 'ab-conflict', kind: 'conflicts' });
    });
    expect(checkProject(p)).toEqual([]);
  });

  it('reports an unknown portfolio in a division', () => {
    const p = withChange((p) => p.divisions[0]!.portfolioIds.push('P9'));
    expect(checkProject(p)).toEqual([
      { code: 'unknownPortfolio', params: { id: 'P9' }, path: ['divisions', 0, 'portfolioIds', 2] },
    ]);
  });

  it('reports an assignment to a portfolio outside the division', () => {
    const p = withChange((p) => (p.divisions[0]!.portfolioIds = ['P1']));
    expect(checkProject(p)).toEqual([
      { code: 'portfolioNotInDivision', params: { id: 'P2' }, path: ['divisions', 0, 'assignments', 'b'] },
    ]);
  });

  it('reports an unknown goal in assignments', () => {
    const p = withChange((p) => (p.divisions[0]!.assignments.gone = 'P1'));
    expect(checkProject(p)).toEqual([
      { code: 'unknownGoal', params: { id: 'gone' }, path: ['divisions', 0, 'assignments', 'gone'] },
    ]);
  });

  it('reports an unknown goal in locked', () => {
    const p = withChange((p) => p.divisions[0]!.locked.push('gone'));
    expect(checkProject(p)).toEqual([
      { code: 'unknownGoal', params: { id: 'gone' }, path: ['divisions', 0, 'locked', 1] },
    ]);
  });

  it('reports a locked goal that is not assigned', () => {
    const p = withChange((p) => p.divisions[0]!.locked.push('c'));
    expect(checkProject(p)).toEqual([
      { code: 'lockedUnassigned', params: { id: 'c' }, path: ['divisions', 0, 'locked', 1] },
    ]);
  });

  it('reports a locked unassigned goal whose id is also an Object.prototype name', () => {
    const p = withChange((p) => {
      p.goals.push({ ...p.goals[2]!, id: 'constructor' });
      p.divisions[0]!.locked.push('constructor');
    });
    expect(checkProject(p)).toEqual([
      { code: 'lockedUnassigned', params: { id: 'constructor' }, path: ['divisions', 0, 'locked', 1] },
    ]);
  });

  it('prefixes every path with the base', () => {
    const p = withChange((p) => (p.goals[0]!.domainId = 'x'));
    expect(checkProject(p, ['project'])[0]!.path).toEqual(['project', 'goals', 0, 'domainId']);
  });

  it('reports problems in several divisions with their own index', () => {
    const p = withChange((p) => {
      p.divisions.push({ ...structuredClone(p.divisions[0]!), id: 'E', locked: ['a', 'c'] });
    });
    expect(checkProject(p)).toEqual([
      { code: 'lockedUnassigned', params: { id: 'c' }, path: ['divisions', 1, 'locked', 1] },
    ]);
  });
});

describe('checkProject: repeats inside a division', () => {
  it('reports a portfolio listed twice and a goal locked twice, at the repeat', async () => {
    const { smallExample } = await import('../../fixtures/smallExample');
    const p = smallExample();
    const d = p.divisions[0]!;
    const bad = {
      ...p,
      divisions: [{ ...d, portfolioIds: [...d.portfolioIds, d.portfolioIds[0]!], locked: [...d.locked, d.locked[0]!] }],
    };
    const found = checkProject(bad);
    expect(found).toContainEqual({
      code: 'duplicateId',
      params: { id: d.portfolioIds[0] },
      path: ['divisions', 0, 'portfolioIds', d.portfolioIds.length],
    });
    expect(found).toContainEqual({
      code: 'duplicateId',
      params: { id: d.locked[0] },
      path: ['divisions', 0, 'locked', d.locked.length],
    });
  });
});
