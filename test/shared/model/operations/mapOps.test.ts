import { describe, expect, it } from 'vitest';
import { checkProject, pinNodes, removeGoal, unpinNodes, type Project } from '../../../../shared/model';
import { expectOk, failCodes, projectFixture, pure } from '../projectFixture';

const pinned = (p: Project) => p.mapPositions.map((m) => [m.id, m.x, m.y]);

describe('pinNodes', () => {
  it('adds pins in the order given and moves a pinned node in place', () => {
    const p = projectFixture();
    const one = expectOk(pure(pinNodes, p, [{ id: 'b', x: 10, y: -5 }]));
    expect(pinned(one)).toEqual([['b', 10, -5]]);
    const two = expectOk(
      pure(pinNodes, one, [
        { id: 'a', x: 1, y: 2 },
        { id: 'b', x: 11, y: -6 },
      ]),
    );
    expect(pinned(two)).toEqual([
      ['b', 11, -6],
      ['a', 1, 2],
    ]);
    expect(two.goals).toBe(p.goals);
    expect(two.divisions).toBe(p.divisions);
    expect(checkProject(two)).toEqual([]);
  });

  it('returns the same project when nothing moves, so no empty undo step is made', () => {
    const p = expectOk(pinNodes(projectFixture(), [{ id: 'a', x: 3, y: 4 }]));
    expect(expectOk(pinNodes(p, [{ id: 'a', x: 3, y: 4 }]))).toBe(p);
    expect(expectOk(pinNodes(p, []))).toBe(p);
  });

  it('keeps untouched pins by reference', () => {
    const p = expectOk(pinNodes(projectFixture(), [{ id: 'a', x: 3, y: 4 }]));
    const next = expectOk(pinNodes(p, [{ id: 'b', x: 0, y: 0 }]));
    expect(next.mapPositions[0]).toBe(p.mapPositions[0]);
  });

  it('refuses an unknown goal and a coordinate that is not a finite number within range', () => {
    const p = projectFixture();
    expect(failCodes(pinNodes(p, [{ id: 'zz', x: 0, y: 0 }]))).toEqual(['unknownGoal']);
    expect(failCodes(pinNodes(p, [{ id: 'a', x: Number.NaN, y: 0 }]))).toEqual(['zod.invalid_type']);
    expect(failCodes(pinNodes(p, [{ id: 'a', x: 0, y: 1e9 }]))).toEqual(['zod.too_big']);
  });

  it('pins a subject by its own id (a node of the map at subject level)', () => {
    const p = {
      ...projectFixture(),
      subjects: [{ id: 'S', name: 'Wonen', domainId: 'fysiek', taakvelden: [], description: '' }],
    };
    const next = expectOk(pure(pinNodes, p, [{ id: 'S', x: 4, y: 2 }]));
    expect(pinned(next)).toEqual([['S', 4, 2]]);
    expect(checkProject(next)).toEqual([]);
  });
});

describe('unpinNodes', () => {
  const base = () =>
    expectOk(
      pinNodes(projectFixture(), [
        { id: 'a', x: 1, y: 1 },
        { id: 'b', x: 2, y: 2 },
      ]),
    );

  it('unpins the given nodes, ignoring ids that are not pinned', () => {
    const next = expectOk(pure(unpinNodes, base(), ['a', 'zz']));
    expect(pinned(next)).toEqual([['b', 2, 2]]);
  });

  it("unpins every node with 'all', and returns the same project when there is nothing to unpin", () => {
    expect(expectOk(unpinNodes(base(), 'all')).mapPositions).toEqual([]);
    const p = projectFixture();
    expect(expectOk(unpinNodes(p, 'all'))).toBe(p);
    const b = base();
    expect(expectOk(unpinNodes(b, ['c']))).toBe(b);
  });
});

describe('removeGoal and pins', () => {
  it('removes the goal’s pin with it, and leaves the pins alone when it had none', () => {
    const p = expectOk(pinNodes(projectFixture(), [{ id: 'a', x: 1, y: 1 }]));
    expect(expectOk(removeGoal(p, 'a')).mapPositions).toEqual([]);
    expect(expectOk(removeGoal(p, 'c')).mapPositions).toBe(p.mapPositions);
  });
});

describe('checkProject and pins', () => {
  it('reports a pin of an unknown goal and a goal pinned twice', () => {
    const p: Project = {
      ...projectFixture(),
      mapPositions: [
        { id: 'a', x: 0, y: 0 },
        { id: 'zz', x: 0, y: 0 },
        { id: 'a', x: 5, y: 5 },
      ],
    };
    expect(checkProject(p).map((x) => [x.code, x.path])).toEqual([
      ['unknownGoal', ['mapPositions', 1, 'id']],
      ['duplicateId', ['mapPositions', 2, 'id']],
    ]);
  });
});
