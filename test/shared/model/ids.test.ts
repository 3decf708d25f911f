import { describe, expect, it } from 'vitest';
import { IdSchema, newId } from '../../../shared/model';

describe('newId', () => {
  it('starts with the prefix and an underscore, then ten base-36 characters', () => {
    for (const prefix of ['goal', 'link', 'pf', 'div']) {
      const id = newId(prefix);
      expect(id).toMatch(new RegExp(`^${prefix}_[0-9a-z]{10}$`));
      expect(IdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('gives 10,000 distinct ids', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId('goal')));
    expect(ids.size).toBe(10_000);
  });

  it('uses the whole alphabet, not a fixed string', () => {
    const chars = new Set([...Array.from({ length: 2_000 }, () => newId('x').slice(2)).join('')]);
    expect(chars.size).toBe(36);
  });
});

describe('IdSchema', () => {
  it.each(['a', 'goal_k3f9x2m1qa', 'A-b.c:d_9', 'x'.repeat(80)])('accepts %s', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it.each(['', 'a b', 'a/b', 'a|b', 'é', 'a\nb', 'x'.repeat(81), '<script>'])('rejects %j', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false);
  });

  it('rejects a number', () => {
    expect(IdSchema.safeParse(12).success).toBe(false);
  });
});

describe('IdSchema and prototype keys', () => {
  it('refuses __proto__, which cannot be a key of a plain record', () => {
    expect(IdSchema.safeParse('__proto__').success).toBe(false);
    expect(IdSchema.safeParse('constructor').success).toBe(true);
  });
});
