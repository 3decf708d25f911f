import { describe, expect, it } from 'vitest';
import { addLink, removeLink, updateLink } from '../../../../shared/model';
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
