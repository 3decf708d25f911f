import { describe, expect, it } from 'vitest';
import { GoalSchema, LAWS, TaakveldCodeSchema } from '../../../shared/model';

const minimal = { id: 'g1', title: 'Minder armoede', domainId: 'sociaal' };

const full = {
  id: 'goal_armoede',
  title: 'Minder huishoudens in armoede',
  description: 'Een langere uitleg.',
  domainId: 'sociaal',
  themes: ['armoede', 'werk'],
  taakvelden: ['6.3', '6.711', '0.10'],
  laws: ['participatiewet', 'wgs'],
  omgevingswet: { instrument: 'programma', aspects: ['gezondheid', 'wonen'] },
  budget: 3_200_000,
  source: 'Coalitieakkoord, hoofdstuk 2',
};

describe('GoalSchema', () => {
  it('fills defaults for a minimal goal', () => {
    expect(GoalSchema.parse(minimal)).toStrictEqual({
      ...minimal,
      description: '',
      themes: [],
      taakvelden: [],
      laws: [],
      source: '',
    });
  });

  it('keeps every field of a full goal', () => {
    expect(GoalSchema.parse(full)).toStrictEqual(full);
  });

  it('trims the title and themes', () => {
    const g = GoalSchema.parse({ ...minimal, title: '  Werk  ', themes: [' jeugd '] });
    expect(g.title).toBe('Werk');
    expect(g.themes).toEqual(['jeugd']);
  });

  it('defaults omgevingswet aspects and leaves the instrument optional', () => {
    expect(GoalSchema.parse({ ...minimal, omgevingswet: {} }).omgevingswet).toStrictEqual({ aspects: [] });
  });

  it('accepts a zero budget, which differs from an absent one', () => {
    expect(GoalSchema.parse({ ...minimal, budget: 0 }).budget).toBe(0);
    expect('budget' in GoalSchema.parse(minimal)).toBe(false);
  });

  it.each([
    ['empty title', { title: '' }, ['title']],
    ['blank title', { title: '   ' }, ['title']],
    ['long title', { title: 'x'.repeat(201) }, ['title']],
    ['long description', { description: 'x'.repeat(4001) }, ['description']],
    ['bad id characters', { id: 'goal 1' }, ['id']],
    ['bad domain id', { domainId: 'so/ciaal' }, ['domainId']],
    ['empty theme', { themes: ['ok', ' '] }, ['themes', 1]],
    ['too many themes', { themes: Array.from({ length: 21 }, (_, i) => `t${i}`) }, ['themes']],
    ['unknown law', { laws: ['wmo2015', 'wet'] }, ['laws', 1]],
    ['taakveld without a dot', { taakvelden: ['63'] }, ['taakvelden', 0]],
    ['taakveld with letters', { taakvelden: ['6.71a'] }, ['taakvelden', 0]],
    ['taakveld with three-digit main code', { taakvelden: ['100.1'] }, ['taakvelden', 0]],
    ['taakveld with four-digit sub code', { taakvelden: ['6.7111'] }, ['taakvelden', 0]],
    ['unknown instrument', { omgevingswet: { instrument: 'projectbesluit' } }, ['omgevingswet', 'instrument']],
    ['unknown aspect', { omgevingswet: { aspects: ['geluid'] } }, ['omgevingswet', 'aspects', 0]],
    ['negative budget', { budget: -1 }, ['budget']],
    ['infinite budget', { budget: Infinity }, ['budget']],
    ['huge budget', { budget: 2e12 }, ['budget']],
    ['long source', { source: 'x'.repeat(301) }, ['source']],
  ])('rejects %s', (_label, change, path) => {
    const r = GoalSchema.safeParse({ ...minimal, ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([path]);
  });

  it('rejects a goal without a title or domain', () => {
    expect(
      GoalSchema.safeParse({ id: 'g' })
        .error?.issues.map((i) => i.path[0])
        .sort(),
    ).toEqual(['domainId', 'title']);
  });

  it('accepts every law once', () => {
    expect(GoalSchema.parse({ ...minimal, laws: [...LAWS] }).laws).toEqual([...LAWS]);
  });
});

describe('TaakveldCodeSchema', () => {
  it.each(['0.1', '0.10', '6.711', '12.345'])('accepts %s', (code) => {
    expect(TaakveldCodeSchema.safeParse(code).success).toBe(true);
  });
  it.each(['', '6', '6.', '.6', '6,3', ' 6.3', '6.3 ', 'a.1'])('rejects %j', (code) => {
    expect(TaakveldCodeSchema.safeParse(code).success).toBe(false);
  });
});
