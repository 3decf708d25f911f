import { describe, expect, it } from 'vitest';
import { addLink, checkProject, removeLink, updateLink, type Project } from '../../../../shared/model';
import { expectOk, failCodes, projectFixture, pure } from '../projectFixture';

describe('addLink', () => {
  it('appends a parsed link with defaults and shares the rest', () => {
    const p = projectFixture();
    const next = expectOk(pure(addLink, p, { source: 'a', target: 'c', kind: 'sharedBudget' }));
    const l = next.links[2]!;
    expect(l).toStrictEqual({ id: l.id, source: 'a', target: 'c', kind: 'sharedBudget', strength: 1, rationale: '' });
    expect(l.id).toMatch(/^link_[0-9a-z]{10}$/);
    expect(next.links[0]).toBe(p.links[0]);
    expect(next.goals).toBe(p.goals);
    expect(next.divisions).toBe(p.divisions);
  });

  it('accepts a reversed prerequisite and a second kind between the same goals', () => {
    const p = expectOk(addLink(projectFixture(), { id: 'cb', source: 'c', target: 'b', kind: 'prerequisite' }));
    expect(expectOk(addLink(p, { id: 'ba', source: 'b', target: 'a', kind: 'conflicts' })).links).toHaveLength(4);
  });

  it('refuses a self link', () => {
    expect(pure(addLink, projectFixture(), { source: 'a', target: 'a', kind: 'conflicts' })).toEqual({
      ok: false,
      problems: [{ code: 'selfLink', params: { id: 'a' }, path: ['link'] }],
    });
  });

  it('refuses a dangling source and target', () => {
    expect(pure(addLink, projectFixture(), { source: 'x', target: 'y', kind: 'conflicts' })).toEqual({
      ok: false,
      problems: [
        { code: 'danglingLink', params: { id: 'x' }, path: ['link', 'source'] },
        { code: 'danglingLink', params: { id: 'y' }, path: ['link', 'target'] },
      ],
    });
  });

  it('refuses a duplicate, also reversed for an undirected kind', () => {
    const p = projectFixture();
    for (const [source, target] of [
      ['a', 'b'],
      ['b', 'a'],
    ] as const)
      expect(pure(addLink, p, { source, target, kind: 'reinforces', strength: 3 })).toEqual({
        ok: false,
        problems: [{ code: 'duplicateLink', params: { source, target, kind: 'reinforces' }, path: ['link'] }],
      });
    expect(failCodes(addLink(p, { source: 'b', target: 'c', kind: 'prerequisite' }))).toEqual(['duplicateLink']);
  });

  it('refuses a duplicate id and a schema error', () => {
    const p = projectFixture();
    expect(pure(addLink, p, { id: 'ab', source: 'a', target: 'c', kind: 'conflicts' })).toEqual({
      ok: false,
      problems: [{ code: 'duplicateId', params: { id: 'ab' }, path: ['link', 'id'] }],
    });
    const r = pure(addLink, p, { source: 'a', target: 'c', kind: 'conflicts', strength: 11 });
    if (r.ok) expect.fail('expected failure');
    expect(r.problems).toEqual([
      { code: 'zod.too_big', params: expect.objectContaining({ maximum: 10 }), path: ['link', 'strength'] },
    ]);
  });
});

describe('updateLink', () => {
  it('changes strength and rationale in place', () => {
    const p = projectFixture();
    const next = expectOk(pure(updateLink, p, 'ab', { strength: 3, rationale: 'Sterk' }));
    expect(next.links[0]).toStrictEqual({ ...p.links[0]!, strength: 3, rationale: 'Sterk' });
    expect(next.links[1]).toBe(p.links[1]);
    expect(next.goals).toBe(p.goals);
  });

  it('may keep its own key (it is not a duplicate of itself) and may reverse an undirected link', () => {
    const next = expectOk(updateLink(projectFixture(), 'ab', { source: 'b', target: 'a' }));
    expect(next.links[0]).toMatchObject({ source: 'b', target: 'a' });
  });

  it.each([
    ['unknown link', 'x', { strength: 2 }, ['unknownLink']],
    ['self link', 'ab', { target: 'a' }, ['selfLink']],
    ['dangling end', 'ab', { target: 'gone' }, ['danglingLink']],
    ['duplicate of another link', 'bc', { kind: 'reinforces', source: 'b', target: 'a' }, ['duplicateLink']],
    ['strength 0', 'ab', { strength: 0 }, ['zod.too_small']],
    ['unknown kind', 'ab', { kind: 'causes' }, ['zod.invalid_value']],
  ] as const)('refuses %s', (_label, id, changes, codes) => {
    expect(failCodes(pure(updateLink, projectFixture(), id, changes as Parameters<typeof updateLink>[2]))).toEqual(
      codes,
    );
  });
});

describe('removeLink', () => {
  it('removes only that link', () => {
    const p = projectFixture();
    const next = expectOk(pure(removeLink, p, 'ab'));
    expect(next.links).toEqual([p.links[1]]);
    expect(next.links[0]).toBe(p.links[1]);
    expect(next.goals).toBe(p.goals);
  });

  it('refuses an unknown link', () => {
    expect(pure(removeLink, projectFixture(), 'x')).toEqual({
      ok: false,
      problems: [{ code: 'unknownLink', params: { id: 'x' } }],
    });
  });
});

describe('links between goals and subjects (one namespace)', () => {
  /** The fixture with subjects s1 (a under it) and s2, linked by a catalogue link. */
  function withSubjects(): Project {
    const p = projectFixture();
    return {
      ...p,
      subjects: [
        { id: 's1', name: 'Werk en inkomen', domainId: 'sociaal', taakvelden: [], description: '' },
        { id: 's2', name: 'Wonen', domainId: 'fysiek', taakvelden: [], description: '' },
      ],
      goals: p.goals.map((g) => (g.id === 'a' ? { ...g, subjectId: 's1' } : g)),
      links: [
        ...p.links,
        {
          id: 'cat',
          source: 's1',
          target: 's2',
          kind: 'sharedTargetGroup',
          strength: 2,
          rationale: 'R',
          catalogueLinkId: 'w--w',
        },
      ],
    };
  }

  it('accepts a subject at either end, beside a goal or another subject', () => {
    const p = withSubjects();
    const next = expectOk(pure(addLink, p, { id: 'gs', source: 'c', target: 's2', kind: 'reinforces' }));
    expect(next.links.at(-1)).toMatchObject({ source: 'c', target: 's2' });
    expect(expectOk(addLink(p, { source: 's2', target: 's1', kind: 'conflicts' })).links).toHaveLength(4);
    expect(checkProject(next)).toEqual([]);
  });

  it('still refuses an end that is neither, and a self link on a subject', () => {
    expect(failCodes(addLink(withSubjects(), { source: 's1', target: 'nope', kind: 'reinforces' }))).toEqual([
      'danglingLink',
    ]);
    expect(failCodes(addLink(withSubjects(), { source: 's1', target: 's1', kind: 'reinforces' }))).toEqual([
      'selfLink',
    ]);
  });

  it('an edit keeps the catalogue id: weakening a catalogue link leaves it a catalogue link', () => {
    const next = expectOk(pure(updateLink, withSubjects(), 'cat', { strength: 1, rationale: 'Bij ons minder' }));
    expect(next.links.at(-1)).toStrictEqual({
      id: 'cat',
      source: 's1',
      target: 's2',
      kind: 'sharedTargetGroup',
      strength: 1,
      rationale: 'Bij ons minder',
      catalogueLinkId: 'w--w',
    });
  });

  it('removing a catalogue link writes its id on the subjects at its ends, once', () => {
    const p = withSubjects();
    const next = expectOk(pure(removeLink, p, 'cat'));
    expect(next.links.map((l) => l.id)).toEqual(['ab', 'bc']);
    expect(next.subjects.map((s) => s.removedCatalogueLinks)).toEqual([['w--w'], ['w--w']]);
    expect(checkProject(next)).toEqual([]);
    // Drawn again (by hand, as the catalogue had it) and removed again: still written once.
    const again = expectOk(
      addLink(next, { id: 'cat', source: 's2', target: 's1', kind: 'reinforces', catalogueLinkId: 'w--w' }),
    );
    expect(expectOk(removeLink(again, 'cat')).subjects.map((s) => s.removedCatalogueLinks)).toEqual([
      ['w--w'],
      ['w--w'],
    ]);
  });

  it('removing a drawn link leaves the subjects as they are', () => {
    const p = withSubjects();
    const drawn = expectOk(addLink(p, { id: 'own', source: 's1', target: 's2', kind: 'conflicts' }));
    expect(expectOk(removeLink(drawn, 'own')).subjects).toBe(drawn.subjects);
  });
});
