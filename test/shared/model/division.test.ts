import { describe, expect, it } from 'vitest';
import { DivisionSchema } from '../../../shared/model';

describe('DivisionSchema', () => {
  it('fills empty portfolios, assignments, locks and notes', () => {
    expect(DivisionSchema.parse({ id: 'd', name: 'Concept' })).toStrictEqual({
      id: 'd',
      name: 'Concept',
      portfolioIds: [],
      assignments: {},
      subjects: {},
      locked: [],
      arrangements: [],
      deliberate: [],
      keep: [],
      notes: '',
    });
  });

  it('keeps a full division', () => {
    const full = {
      id: 'd',
      name: 'Concept',
      portfolioIds: ['P1', 'P2'],
      assignments: { a: 'P1' },
      subjects: { s: ['P1', 'P2'] },
      locked: ['a'],
      arrangements: [],
      deliberate: [],
      keep: [],
      notes: 'n',
    };
    expect(DivisionSchema.parse(full)).toStrictEqual(full);
  });

  it.each([
    ['blank name', { name: ' ' }, ['name']],
    ['bad portfolio id', { portfolioIds: ['P 1'] }, ['portfolioIds', 0]],
    ['bad assigned portfolio id', { assignments: { a: 'P 1' } }, ['assignments', 'a']],
    ['bad assigned goal id', { assignments: { 'a b': 'P1' } }, ['assignments', 'a b']],
    ['a subject with no holder', { subjects: { s: [] } }, ['subjects', 's']],
    ['bad locked id', { locked: ['ok', 'x/y'] }, ['locked', 1]],
    ['long notes', { notes: 'x'.repeat(8001) }, ['notes']],
  ])('rejects %s', (_label, change, path) => {
    const r = DivisionSchema.safeParse({ id: 'd', name: 'Concept', ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([path]);
  });
});
