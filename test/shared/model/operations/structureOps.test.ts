import { describe, expect, it } from 'vitest';
import {
  PORTFOLIO_PALETTE,
  addDomain,
  addPortfolio,
  checkProject,
  removeDomain,
  removePortfolio,
  updateDomain,
  updatePortfolio,
  updateProjectMeta,
} from '../../../../shared/model';
import { expectOk, failCodes, projectFixture, pure } from '../projectFixture';

describe('updateProjectMeta', () => {
  it('changes name, municipality and list and shares every collection', () => {
    const p = projectFixture();
    p.goals = p.goals.map((g) => ({ ...g, taakvelden: g.taakvelden.filter((c) => c !== '6.21') }));
    const next = expectOk(
      pure(updateProjectMeta, p, { name: ' Nieuw ', municipality: 'Zwolle', taakveldList: '2017' }),
    );
    expect(next).toMatchObject({
      name: 'Nieuw',
      municipality: 'Zwolle',
      taakveldList: '2017',
      id: p.id,
      updatedAt: p.updatedAt,
    });
    expect(next.goals).toBe(p.goals);
    expect(next.divisions).toBe(p.divisions);
  });

  it('refuses a blank name and an unknown list', () => {
    const p = projectFixture();
    expect(failCodes(pure(updateProjectMeta, p, { name: '' }))).toEqual(['zod.too_small']);
    const bad = { taakveldList: '2030' } as unknown as Parameters<typeof updateProjectMeta>[1];
    expect(failCodes(pure(updateProjectMeta, p, bad))).toEqual(['zod.invalid_value']);
  });

  it('refuses a list that does not hold the codes goals use, pointing at each code', () => {
    const p = projectFixture();
    expect(pure(updateProjectMeta, p, { taakveldList: '2017' })).toEqual({
      ok: false,
      problems: [
        { code: 'unknownTaakveld', params: { code: '6.21', list: '2017' }, path: ['goals', 0, 'taakvelden', 0] },
      ],
    });
  });

  // Issue 17: 200,000 problems spread into fail(...) overflowed the call stack instead of being returned.
  it('returns every problem of a switch that leaves 200,000 codes behind', () => {
    const p = projectFixture();
    const goal = p.goals[0]!;
    const goals = Array.from({ length: 10_000 }, (_, i) => ({
      ...goal,
      id: `g${i}`,
      taakvelden: Array(20).fill('6.60'),
    }));
    const r = updateProjectMeta({ ...p, goals }, { taakveldList: '2017' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toHaveLength(200_000);
  });

  it('keeps the project valid when it switches lists', () => {
    const p = projectFixture();
    p.goals = p.goals.map((g) => ({ ...g, taakvelden: ['0.1', '8.3'] }));
    const next = expectOk(updateProjectMeta(p, { taakveldList: '2017' }));
    expect(checkProject(next)).toEqual([]);
  });
});

describe('domains', () => {
  const input = { name: 'Economie', colour: '#7a1f5c', classic: 'financieel' } as const;

  it('addDomain appends with a fresh id', () => {
    const p = projectFixture();
    const next = expectOk(pure(addDomain, p, input));
    expect(next.domains[3]).toMatchObject(input);
    expect(next.domains[3]!.id).toMatch(/^domain_[0-9a-z]{10}$/);
    expect(next.goals).toBe(p.goals);
  });

  it('addDomain refuses a duplicate id and a bad colour', () => {
    const p = projectFixture();
    expect(pure(addDomain, p, { ...input, id: 'fysiek' })).toEqual({
      ok: false,
      problems: [{ code: 'duplicateId', params: { id: 'fysiek' }, path: ['domain', 'id'] }],
    });
    const r = pure(addDomain, p, { ...input, colour: 'paars' });
    expect(r.ok ? [] : r.problems.map((x) => [x.code, x.path])).toEqual([['zod.invalid_format', ['domain', 'colour']]]);
  });

  it('updateDomain changes one domain and shares the others', () => {
    const p = projectFixture();
    const next = expectOk(pure(updateDomain, p, 'sociaal', { name: 'Zorg' }));
    expect(next.domains[1]).toStrictEqual({ ...p.domains[1]!, name: 'Zorg' });
    expect(next.domains[0]).toBe(p.domains[0]);
    expect(next.goals).toBe(p.goals);
  });

  it('updateDomain refuses an unknown domain and an unknown classic domain', () => {
    const p = projectFixture();
    expect(failCodes(pure(updateDomain, p, 'x', { name: 'X' }))).toEqual(['unknownDomain']);
    const bad = { classic: 'cultuur' } as unknown as Parameters<typeof updateDomain>[2];
    expect(failCodes(pure(updateDomain, p, 'sociaal', bad))).toEqual(['zod.invalid_value']);
  });

  it('removeDomain removes an unused domain', () => {
    const p = expectOk(addDomain(projectFixture(), { ...input, id: 'economie' }));
    const next = expectOk(pure(removeDomain, p, 'economie'));
    expect(next.domains.map((d) => d.id)).toEqual(['fysiek', 'sociaal', 'financieel']);
    expect(next.domains[0]).toBe(p.domains[0]);
  });

  it('removeDomain refuses an unknown domain, a domain in use, and the last domain', () => {
    const p = projectFixture();
    expect(pure(removeDomain, p, 'x')).toEqual({
      ok: false,
      problems: [{ code: 'unknownDomain', params: { id: 'x' } }],
    });
    expect(pure(removeDomain, p, 'fysiek')).toEqual({
      ok: false,
      problems: [{ code: 'domainInUse', params: { id: 'fysiek', count: 1 } }],
    });
    const single = { ...p, goals: [], links: [], divisions: [], domains: [p.domains[0]!] };
    expect(failCodes(pure(removeDomain, single, 'fysiek'))).toEqual(['lastDomain']);
  });
});

describe('portfolios', () => {
  it('addPortfolio fills defaults and picks the next palette colour', () => {
    const p = projectFixture();
    const next = expectOk(pure(addPortfolio, p, { holder: 'Wethouder Drie' }));
    const pf = next.portfolios[2]!;
    expect(pf).toStrictEqual({
      id: pf.id,
      holder: 'Wethouder Drie',
      role: 'wethouder',
      party: '',
      fte: 1,
      colour: PORTFOLIO_PALETTE[2],
    });
    expect(pf.id).toMatch(/^pf_[0-9a-z]{10}$/);
    expect(next.portfolios[0]).toBe(p.portfolios[0]);
    expect(next.divisions).toBe(p.divisions);
  });

  it('addPortfolio keeps a given colour and wraps around the palette', () => {
    const p = projectFixture();
    expect(expectOk(addPortfolio(p, { holder: 'X', colour: '#123456' })).portfolios[2]!.colour).toBe('#123456');
    p.portfolios = Array.from({ length: PORTFOLIO_PALETTE.length }, (_, i) => ({ ...p.portfolios[0]!, id: `P${i}` }));
    expect(expectOk(addPortfolio(p, { holder: 'X' })).portfolios.at(-1)!.colour).toBe(PORTFOLIO_PALETTE[0]);
  });

  it.each([
    ['duplicate id', { id: 'P1', holder: 'X' }, 'duplicateId'],
    ['blank holder', { holder: '' }, 'zod.too_small'],
    ['fte above 1.5', { holder: 'X', fte: 2 }, 'zod.too_big'],
    ['fte 0', { holder: 'X', fte: 0 }, 'zod.too_small'],
    ['bad colour', { holder: 'X', colour: 'blue' }, 'zod.invalid_format'],
  ])('addPortfolio refuses %s', (_label, input, code) => {
    expect(failCodes(pure(addPortfolio, projectFixture(), input))).toEqual([code]);
  });

  it('updatePortfolio changes one portfolio and shares the others', () => {
    const p = projectFixture();
    const next = expectOk(pure(updatePortfolio, p, 'P2', { fte: 0.5, party: 'D66' }));
    expect(next.portfolios[1]).toStrictEqual({ ...p.portfolios[1]!, fte: 0.5, party: 'D66' });
    expect(next.portfolios[0]).toBe(p.portfolios[0]);
    expect(next.divisions).toBe(p.divisions);
  });

  it('updatePortfolio refuses an unknown portfolio and an out-of-range fte', () => {
    expect(failCodes(pure(updatePortfolio, projectFixture(), 'P9', { fte: 1 }))).toEqual(['unknownPortfolio']);
    expect(failCodes(pure(updatePortfolio, projectFixture(), 'P1', { fte: 0.05 }))).toEqual(['zod.too_small']);
  });

  it('removePortfolio frees its goals and drops their locks in every draft', () => {
    const p = projectFixture();
    p.divisions.push({
      id: 'E',
      name: 'E',
      portfolioIds: ['P2'],
      assignments: {},
      subjects: {},
      locked: [],
      arrangements: [],
      deliberate: [],
      keep: [],
      notes: '',
    });
    p.divisions.push({
      id: 'F',
      name: 'F',
      portfolioIds: ['P1', 'P2'],
      assignments: { a: 'P1', c: 'P2' },
      subjects: {},
      locked: ['c'],
      arrangements: [],
      deliberate: [],
      keep: [],
      notes: '',
    });
    const next = expectOk(pure(removePortfolio, p, 'P1'));
    expect(next.portfolios.map((x) => x.id)).toEqual(['P2']);
    expect(next.divisions[0]).toStrictEqual({
      ...p.divisions[0]!,
      portfolioIds: ['P2'],
      assignments: { b: 'P2' },
      locked: [],
    });
    expect(next.divisions[1]).toBe(p.divisions[1]);
    expect(next.divisions[2]).toStrictEqual({
      ...p.divisions[2]!,
      portfolioIds: ['P2'],
      assignments: { c: 'P2' },
      locked: ['c'],
    });
    expect(next.goals).toBe(p.goals);
    expect(checkProject(next)).toEqual([]);
  });

  it('removePortfolio refuses an unknown portfolio', () => {
    expect(pure(removePortfolio, projectFixture(), 'P9')).toEqual({
      ok: false,
      problems: [{ code: 'unknownPortfolio', params: { id: 'P9' } }],
    });
  });
});
