import { describe, expect, it } from 'vitest';
import { CLASSIC_DOMAINS, ColourSchema, DEFAULT_DOMAINS, DomainSchema } from '../../../shared/model';

const valid = { id: 'zorg', name: 'Zorg', colour: '#1F5fa8', classic: 'sociaal' };

describe('DomainSchema', () => {
  it('parses a valid domain and trims its name', () => {
    expect(DomainSchema.parse({ ...valid, name: '  Zorg ' })).toEqual(valid);
  });

  it.each([
    ['empty name', { name: '   ' }, 'name'],
    ['long name', { name: 'x'.repeat(81) }, 'name'],
    ['short colour', { colour: '#fff' }, 'colour'],
    ['colour without #', { colour: '1f5fa8' }, 'colour'],
    ['named colour', { colour: 'red' }, 'colour'],
    ['non-hex colour', { colour: '#12345g' }, 'colour'],
    ['unknown classic domain', { classic: 'economie' }, 'classic'],
    ['bad id', { id: 'zorg en welzijn' }, 'id'],
  ])('rejects %s', (_label, change, field) => {
    const r = DomainSchema.safeParse({ ...valid, ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toEqual([field]);
  });

  it('requires every field', () => {
    for (const key of Object.keys(valid)) {
      const { [key as keyof typeof valid]: _gone, ...rest } = valid;
      expect(DomainSchema.safeParse(rest).success).toBe(false);
    }
  });
});

describe('ColourSchema and defaults', () => {
  it('accepts upper and lower case hex', () => {
    expect(ColourSchema.safeParse('#ABCdef').success).toBe(true);
    expect(ColourSchema.safeParse('#abcdef0').success).toBe(false);
  });

  it('has one valid default domain per classic domain', () => {
    expect(DEFAULT_DOMAINS.map((d) => d.classic)).toEqual([...CLASSIC_DOMAINS]);
    for (const d of DEFAULT_DOMAINS) expect(DomainSchema.parse(d)).toEqual(d);
  });
});
