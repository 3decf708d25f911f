import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addGoal,
  applyPatch,
  diffProjects,
  isEmptyPatch,
  metaOf,
  removeGoal,
  updateGoal,
  updateProjectMeta,
  type ProjectPatch,
} from '../../../shared/model';
import { expectOk, projectFixture } from './projectFixture';
import { opCallArb, opSequenceArb, runSequence, startProject } from './randomOps';

const emptyPatch = (projectId = 'project_t'): ProjectPatch => ({ projectId, put: {}, remove: {}, order: {} });

describe('diffProjects', () => {
  it('gives an empty patch for the same project', () => {
    const p = projectFixture();
    expect(diffProjects(p, p)).toStrictEqual(emptyPatch());
    expect(isEmptyPatch(diffProjects(p, p))).toBe(true);
    expect(isEmptyPatch(diffProjects(p, { ...p }))).toBe(true);
  });

  it('records a meta change as the whole meta and nothing else', () => {
    const p = projectFixture();
    const next = expectOk(updateProjectMeta(p, { municipality: 'Zwolle' }));
    expect(diffProjects(p, next)).toStrictEqual({ ...emptyPatch(), meta: metaOf(next) });
    const touched = { ...p, updatedAt: '2026-02-01T00:00:00.000Z' };
    expect(diffProjects(p, touched).meta).toStrictEqual(metaOf(touched));
  });

  it('records an added goal with the new order', () => {
    const p = projectFixture();
    const next = expectOk(addGoal(p, { id: 'd', title: 'D', domainId: 'fysiek' }));
    expect(diffProjects(p, next)).toStrictEqual({
      ...emptyPatch(),
      put: { goals: [next.goals[3]] },
      order: { goals: ['a', 'b', 'c', 'd'] },
    });
  });

  it('records an edit in place without an order', () => {
    const p = projectFixture();
    const next = expectOk(updateGoal(p, 'b', { title: 'Bouwen' }));
    expect(diffProjects(p, next)).toStrictEqual({ ...emptyPatch(), put: { goals: [next.goals[1]] } });
  });

  it('records a cascading removal in every collection it touched', () => {
    const p = projectFixture();
    const next = expectOk(removeGoal(p, 'a'));
    expect(diffProjects(p, next)).toStrictEqual({
      ...emptyPatch(),
      put: { divisions: [next.divisions[0]] },
      remove: { goals: ['a'], links: ['ab'] },
      order: { goals: ['b', 'c'], links: ['bc'] },
    });
  });

  it('records a pure reorder', () => {
    const p = projectFixture();
    const next = { ...p, goals: [p.goals[2]!, p.goals[0]!, p.goals[1]!] };
    const patch = diffProjects(p, next);
    expect(patch).toStrictEqual({ ...emptyPatch(), order: { goals: ['c', 'a', 'b'] } });
    expect(isEmptyPatch(patch)).toBe(false);
    expect(applyPatch(p, patch).goals.map((g) => g.id)).toEqual(['c', 'a', 'b']);
  });

  it('puts entities that are equal but copied (it compares references, as operations share them)', () => {
    const p = projectFixture();
    const patch = diffProjects(p, structuredClone(p));
    expect(patch.put.goals).toHaveLength(3);
    expect(patch.order).toEqual({});
    expect(patch.meta).toBeUndefined();
  });

  it('names the project the patch belongs to', () => {
    const p = projectFixture();
    expect(diffProjects(p, p).projectId).toBe('project_t');
  });
});

describe('isEmptyPatch', () => {
  it('is false as soon as any part holds something', () => {
    const p = projectFixture();
    expect(isEmptyPatch(emptyPatch())).toBe(true);
    expect(isEmptyPatch({ ...emptyPatch(), meta: metaOf(p) })).toBe(false);
    expect(isEmptyPatch({ ...emptyPatch(), put: { goals: [p.goals[0]!] } })).toBe(false);
    expect(isEmptyPatch({ ...emptyPatch(), remove: { links: ['ab'] } })).toBe(false);
    expect(isEmptyPatch({ ...emptyPatch(), order: { domains: ['sociaal', 'fysiek', 'financieel'] } })).toBe(false);
  });
});

describe('applyPatch', () => {
  it('appends new entities at the end when the patch gives no order', () => {
    const p = projectFixture();
    const extra = { ...p.goals[0]!, id: 'd' };
    const changed = { ...p.goals[1]!, title: 'B2' };
    const next = applyPatch(p, { ...emptyPatch(), put: { goals: [extra, changed] }, remove: { goals: ['a'] } });
    expect(next.goals).toEqual([changed, p.goals[2], extra]);
    expect(next.links).toBe(p.links);
  });

  it('does not mutate the project it is given', () => {
    const p = projectFixture();
    const before = structuredClone(p);
    applyPatch(p, diffProjects(p, expectOk(removeGoal(p, 'a'))));
    expect(p).toStrictEqual(before);
  });

  it('ignores ids in an order that no longer exist', () => {
    const p = projectFixture();
    expect(applyPatch(p, { ...emptyPatch(), order: { goals: ['b', 'gone', 'a'] } }).goals.map((g) => g.id)).toEqual([
      'b',
      'a',
    ]);
  });
});

describe('diffProjects and applyPatch together', () => {
  const beforeAfter = fc
    .tuple(opSequenceArb(), fc.array(opCallArb, { maxLength: 30, size: 'max' }))
    .map(([prefix, suffix]) => {
      const before = runSequence(startProject(), prefix).at(-1)!;
      return { before, after: runSequence(before, suffix).at(-1)! };
    });

  it('property: applying the diff of two projects to the first gives the second', () => {
    fc.assert(
      fc.property(beforeAfter, ({ before, after }) => {
        expect(applyPatch(before, diffProjects(before, after))).toStrictEqual(after);
      }),
      { numRuns: 200 },
    );
  });

  it('property: the reverse diff undoes the change', () => {
    fc.assert(
      fc.property(beforeAfter, ({ before, after }) => {
        expect(applyPatch(after, diffProjects(after, before))).toStrictEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('property: a patch survives JSON, as the repository stores it', () => {
    fc.assert(
      fc.property(beforeAfter, ({ before, after }) => {
        const stored = JSON.parse(JSON.stringify(diffProjects(before, after))) as ProjectPatch;
        expect(applyPatch(before, stored)).toStrictEqual(after);
      }),
      { numRuns: 100 },
    );
  });

  it('property: a patch is empty only when nothing changed', () => {
    fc.assert(
      fc.property(beforeAfter, ({ before, after }) => {
        expect(isEmptyPatch(diffProjects(after, after))).toBe(true);
        if (isEmptyPatch(diffProjects(before, after))) expect(after).toStrictEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});
