import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DIRECTED_KINDS,
  LINK_KINDS,
  LinkSchema,
  MAX_STRENGTH,
  MIN_STRENGTH,
  linkKey,
  type LinkKind,
} from '../../../shared/model';

const minimal = { id: 'l1', source: 'a', target: 'b', kind: 'reinforces' };

describe('LinkSchema', () => {
  it('fills strength 1 and an empty rationale', () => {
    expect(LinkSchema.parse(minimal)).toStrictEqual({ ...minimal, strength: 1, rationale: '' });
  });

  it('keeps a full link', () => {
    const full = { id: 'l2', source: 'a', target: 'b', kind: 'prerequisite', strength: 2.5, rationale: 'Omdat.' };
    expect(LinkSchema.parse(full)).toStrictEqual(full);
  });

  it('accepts the strength bounds', () => {
    expect(LinkSchema.parse({ ...minimal, strength: MIN_STRENGTH }).strength).toBe(0.1);
    expect(LinkSchema.parse({ ...minimal, strength: MAX_STRENGTH }).strength).toBe(10);
  });

  it.each([
    ['strength 0', { strength: 0 }, 'strength'],
    ['strength above 10', { strength: 10.01 }, 'strength'],
    ['negative strength', { strength: -1 }, 'strength'],
    ['NaN strength', { strength: NaN }, 'strength'],
    ['unknown kind', { kind: 'depends' }, 'kind'],
    ['bad source id', { source: 'a b' }, 'source'],
    ['bad target id', { target: 'a/b' }, 'target'],
    ['bad id', { id: 'l#1' }, 'id'],
    ['long rationale', { rationale: 'x'.repeat(2001) }, 'rationale'],
  ])('rejects %s', (_label, change, field) => {
    const r = LinkSchema.safeParse({ ...minimal, ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toEqual([field]);
  });
});

describe('linkKey', () => {
  it('only prerequisite is directed', () => {
    expect([...DIRECTED_KINDS]).toEqual(['prerequisite']);
  });

  it('is symmetric for undirected kinds', () => {
    for (const kind of LINK_KINDS.filter((k) => k !== 'prerequisite'))
      expect(linkKey({ source: 'x', target: 'a', kind })).toBe(linkKey({ source: 'a', target: 'x', kind }));
  });

  it('tells the direction of a prerequisite apart', () => {
    expect(linkKey({ source: 'a', target: 'x', kind: 'prerequisite' })).not.toBe(
      linkKey({ source: 'x', target: 'a', kind: 'prerequisite' }),
    );
  });

  it('tells kinds apart', () => {
    expect(new Set(LINK_KINDS.map((kind) => linkKey({ source: 'a', target: 'b', kind }))).size).toBe(LINK_KINDS.length);
  });

  it('property: keys are equal exactly when the links are the same up to direction of an undirected kind', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'a-b', 'b.c');
    const link = fc.record({ source: id, target: id, kind: fc.constantFrom<LinkKind>(...LINK_KINDS) });
    fc.assert(
      fc.property(link, link, (l, m) => {
        const same =
          l.kind === m.kind &&
          ((l.source === m.source && l.target === m.target) ||
            (!DIRECTED_KINDS.has(l.kind) && l.source === m.target && l.target === m.source));
        return (linkKey(l) === linkKey(m)) === same;
      }),
    );
  });
});
