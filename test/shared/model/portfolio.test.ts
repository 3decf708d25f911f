import { describe, expect, it } from 'vitest';
import { ColourSchema, PORTFOLIO_PALETTE, PortfolioSchema } from '../../../shared/model';

const minimal = { id: 'pf1', holder: 'Wethouder A', colour: '#0072b2' };

describe('PortfolioSchema', () => {
  it('fills role, party and fte', () => {
    expect(PortfolioSchema.parse(minimal)).toStrictEqual({ ...minimal, role: 'wethouder', party: '', fte: 1 });
  });

  it('keeps a full portfolio and accepts the fte bounds', () => {
    const full = {
      id: 'pf2',
      holder: 'Burgemeester B',
      role: 'burgemeester',
      party: 'CDA',
      fte: 0.1,
      colour: '#4d4d4d',
    };
    expect(PortfolioSchema.parse(full)).toStrictEqual(full);
    expect(PortfolioSchema.parse({ ...minimal, fte: 1.5 }).fte).toBe(1.5);
  });

  it.each([
    ['empty holder', { holder: ' ' }, 'holder'],
    ['unknown role', { role: 'gedeputeerde' }, 'role'],
    ['fte 0', { fte: 0 }, 'fte'],
    ['fte below 0.1', { fte: 0.09 }, 'fte'],
    ['fte above 1.5', { fte: 1.6 }, 'fte'],
    ['bad colour', { colour: '#00f' }, 'colour'],
    ['missing colour', { colour: undefined }, 'colour'],
    ['bad id', { id: 'pf 1' }, 'id'],
    ['long party', { party: 'x'.repeat(81) }, 'party'],
  ])('rejects %s', (_label, change, field) => {
    const r = PortfolioSchema.safeParse({ ...minimal, ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toEqual([field]);
  });

  it('has a palette of distinct valid colours', () => {
    expect(new Set(PORTFOLIO_PALETTE).size).toBe(PORTFOLIO_PALETTE.length);
    for (const c of PORTFOLIO_PALETTE) expect(ColourSchema.safeParse(c).success).toBe(true);
  });
});
