import { describe, expect, it } from 'vitest';
import { checkProject, PORTFOLIO_PALETTE, type Project } from '../../../shared/model';
import { parsePublishedDivision } from '../../../shared/division/parsePublishedDivision';
import {
  applyPublishedDivision,
  type ApplyPublishedDivisionInput,
  type ApplyPublishedDivisionResult,
} from '../../../shared/division/applyPublishedDivision';
import { projectFixture } from '../model/projectFixture';

// Written for this test; names and parties are made up. "wonen" is published under Jansen and Bakker: shared.
const TEXT = [
  'Burgemeester Van Dam: openbare orde en veiligheid, dienstverlening',
  'Wethouder Jansen (PvdA, 0,8 fte): werk en inkomen; armoede en schulden; wonen',
  'Wethouder Bakker (VVD): wonen, sport, kermisbeleid',
].join('\n');

function holders(text = TEXT) {
  const parsed = parsePublishedDivision(text);
  expect(parsed.problems).toEqual([]);
  return parsed.holders;
}

function apply(p: Project, input: Partial<ApplyPublishedDivisionInput> = {}) {
  const before = structuredClone(p);
  const r = applyPublishedDivision(p, { holders: holders(), lang: 'nl', divisionName: 'Gepubliceerd', ...input });
  expect(p).toStrictEqual(before);
  if (!r.ok) expect.fail(`expected ok, got ${JSON.stringify(r.problems)}`);
  expect(checkProject(r.project)).toEqual([]);
  return r;
}

function failCodes(r: ApplyPublishedDivisionResult): string[] {
  if (r.ok) expect.fail('expected the division to be refused');
  return r.problems.map((x) => x.code);
}

const pf = (p: Project, holder: string) => p.portfolios.find((x) => x.holder === holder)!.id;
const subj = (p: Project, catalogueId: string) => p.subjects.find((s) => s.catalogueId === catalogueId)!.id;

describe('applyPublishedDivision: a three-holder division through parse, match and apply', () => {
  it('adds the holders, the matched catalogue subjects, a division with a shared subject and the links among them', () => {
    const start = projectFixture();
    const { project: p, summary } = apply(start);

    expect(p.portfolios.slice(0, 2)).toEqual(start.portfolios);
    expect(p.portfolios.slice(2).map(({ id: _id, ...rest }) => rest)).toEqual([
      { holder: 'Van Dam', role: 'burgemeester', party: '', fte: 1, colour: PORTFOLIO_PALETTE[2] },
      { holder: 'Jansen', role: 'wethouder', party: 'PvdA', fte: 0.8, colour: PORTFOLIO_PALETTE[3] },
      { holder: 'Bakker', role: 'wethouder', party: 'VVD', fte: 1, colour: PORTFOLIO_PALETTE[4] },
    ]);

    expect(p.subjects.map(({ id: _id, ...rest }) => rest)).toEqual([
      {
        name: 'Openbare orde en veiligheid',
        domainId: 'veiligheid',
        taakvelden: ['1.2'],
        description: '',
        catalogueId: 'openbare-orde-en-veiligheid',
      },
      {
        name: 'Dienstverlening',
        domainId: 'bestuur',
        taakvelden: ['0.2', '0.4'],
        description: '',
        catalogueId: 'dienstverlening',
      },
      {
        name: 'Werk en inkomen',
        domainId: 'sociaal',
        taakvelden: ['6.3', '6.4', '6.5'],
        description: '',
        catalogueId: 'werk-en-inkomen',
      },
      {
        name: 'Armoede en schulden',
        domainId: 'sociaal',
        taakvelden: ['6.3'],
        description: '',
        catalogueId: 'armoede-en-schulden',
      },
      { name: 'Wonen', domainId: 'fysiek', taakvelden: ['8.3'], description: '', catalogueId: 'wonen' },
      {
        name: 'Sport en bewegen',
        domainId: 'sociaal',
        taakvelden: ['5.1', '5.2'],
        description: '',
        catalogueId: 'sport',
      },
    ]);
    expect(p.subjects.some((s) => /kermis/i.test(s.name))).toBe(false);
    // The default domains are kept; the two the catalogue needs beyond them come from CATALOGUE_DOMAINS.
    expect(p.domains).toEqual([
      ...start.domains,
      { id: 'veiligheid', name: 'Veiligheid', colour: '#d55e00', classic: 'fysiek' },
      { id: 'bestuur', name: 'Bestuur', colour: '#cc79a7', classic: 'financieel' },
    ]);

    const [vanDam, jansen, bakker] = ['Van Dam', 'Jansen', 'Bakker'].map((h) => pf(p, h));
    const division = p.divisions.at(-1)!;
    expect(division).toEqual({
      id: summary.divisionId,
      name: 'Gepubliceerd',
      portfolioIds: [vanDam, jansen, bakker],
      assignments: {},
      subjects: {
        [subj(p, 'openbare-orde-en-veiligheid')]: [vanDam],
        [subj(p, 'dienstverlening')]: [vanDam],
        [subj(p, 'werk-en-inkomen')]: [jansen],
        [subj(p, 'armoede-en-schulden')]: [jansen],
        [subj(p, 'wonen')]: [jansen, bakker],
        [subj(p, 'sport')]: [bakker],
      },
      locked: [],
      notes: '',
    });
    expect(summary.sharedSubjectIds).toEqual([subj(p, 'wonen')]);

    // Only the catalogue's links among these six subjects (werk en inkomen–arbeidsmarkt, for one, is not among them).
    expect(p.links.slice(0, start.links.length)).toEqual(start.links);
    expect(p.links.slice(start.links.length).map(({ id: _id, ...rest }) => rest)).toEqual([
      {
        source: subj(p, 'armoede-en-schulden'),
        target: subj(p, 'werk-en-inkomen'),
        kind: 'sharedTargetGroup',
        strength: 3,
        rationale:
          'Wie van een uitkering of een laag loon leeft, loopt het meeste risico op geldzorgen en schulden, dus inkomensondersteuning, werk en schuldhulp bereiken grotendeels dezelfde huishoudens.',
        catalogueLinkId: 'armoede-en-schulden--werk-en-inkomen',
      },
      {
        source: subj(p, 'armoede-en-schulden'),
        target: subj(p, 'wonen'),
        kind: 'sharedTargetGroup',
        strength: 2,
        rationale:
          'De Wet gemeentelijke schuldhulpverlening noemt dreigende huisuitzetting als reden voor snelle hulp, dus schuldhulp en woonbeleid delen de huishoudens die hun huur niet meer kunnen betalen.',
        catalogueLinkId: 'armoede-en-schulden--wonen',
      },
    ]);
    expect(summary.linksAdded).toBe(2);

    // Nothing else of the project moved.
    expect(p.goals).toEqual(start.goals);
    expect(p.divisions.slice(0, -1)).toEqual(start.divisions);
    expect(p.mapPositions).toEqual(start.mapPositions);

    expect(summary.unmatched).toEqual([{ holder: 'Bakker', published: 'kermisbeleid', pieces: ['kermisbeleid'] }]);
    expect(summary.skipped).toEqual([]);
    expect(summary.addedSubjectIds).toEqual(p.subjects.map((s) => s.id));
    expect(summary.holders).toEqual([
      {
        name: 'Van Dam',
        portfolioId: vanDam,
        reused: false,
        subjects: [
          {
            published: 'openbare orde en veiligheid',
            subjectIds: [subj(p, 'openbare-orde-en-veiligheid')],
            outcome: 'matched',
          },
          { published: 'dienstverlening', subjectIds: [subj(p, 'dienstverlening')], outcome: 'matched' },
        ],
      },
      {
        name: 'Jansen',
        portfolioId: jansen,
        reused: false,
        subjects: [
          { published: 'werk en inkomen', subjectIds: [subj(p, 'werk-en-inkomen')], outcome: 'matched' },
          { published: 'armoede en schulden', subjectIds: [subj(p, 'armoede-en-schulden')], outcome: 'matched' },
          { published: 'wonen', subjectIds: [subj(p, 'wonen')], outcome: 'matched' },
        ],
      },
      {
        name: 'Bakker',
        portfolioId: bakker,
        reused: false,
        subjects: [
          { published: 'wonen', subjectIds: [subj(p, 'wonen')], outcome: 'matched' },
          { published: 'sport', subjectIds: [subj(p, 'sport')], outcome: 'matched' },
          { published: 'kermisbeleid', subjectIds: [], outcome: 'unmatched' },
        ],
      },
    ]);
  });

  it('takes names, new domains and rationales in English when asked', () => {
    const { project: p } = apply(projectFixture(), { lang: 'en' });
    expect(p.subjects.map((s) => s.name)).toEqual([
      'Public order and safety',
      'Public services',
      'Work and income',
      'Poverty and debt',
      'Housing',
      'Sport and exercise',
    ]);
    expect(p.domains.slice(-2).map((d) => d.name)).toEqual(['Safety', 'Governance']);
    expect(p.links.find((l) => l.catalogueLinkId === 'armoede-en-schulden--wonen')!.rationale).toMatch(
      /^The Municipal Debt Assistance Act names an imminent eviction/,
    );
  });
});

describe('applyPublishedDivision: the user decides', () => {
  it('creates a subject from the published text, and leaves out a skipped one and its links', () => {
    const { project: p, summary } = apply(projectFixture(), {
      decisions: { Kermisbeleid: { kind: 'create' }, sport: { kind: 'skip' } },
    });
    const kermis = p.subjects.find((s) => s.name === 'kermisbeleid')!;
    expect(kermis).toEqual({
      id: kermis.id,
      name: 'kermisbeleid',
      domainId: 'sociaal',
      taakvelden: [],
      description: '',
    });
    expect(p.subjects.some((s) => s.catalogueId === 'sport')).toBe(false);
    const division = p.divisions.at(-1)!;
    expect(division.subjects[kermis.id]).toEqual([pf(p, 'Bakker')]);
    expect(Object.keys(division.subjects)).toHaveLength(6);
    expect(summary.unmatched).toEqual([]);
    expect(summary.skipped).toEqual([{ holder: 'Bakker', published: 'sport' }]);
    expect(summary.holders[2]!.subjects.map((s) => s.outcome)).toEqual(['matched', 'skipped', 'created']);
  });

  it("puts a created subject in the chosen domain, else the first 'sociaal' domain, else the first", () => {
    const chosen = apply(projectFixture(), { decisions: { kermisbeleid: { kind: 'create', domainId: 'fysiek' } } });
    expect(chosen.project.subjects.find((s) => s.name === 'kermisbeleid')!.domainId).toBe('fysiek');
    const byCaller = apply(projectFixture(), {
      domainId: 'financieel',
      decisions: { kermisbeleid: { kind: 'create' } },
    });
    expect(byCaller.project.subjects.find((s) => s.name === 'kermisbeleid')!.domainId).toBe('financieel');

    const noSociaal = projectFixture();
    noSociaal.domains = [
      { id: 'ruimte', name: 'Ruimte', colour: '#000000', classic: 'fysiek' },
      { id: 'mens', name: 'Mens', colour: '#111111', classic: 'sociaal' },
      ...noSociaal.domains.filter((d) => d.id !== 'sociaal'),
    ];
    noSociaal.goals = noSociaal.goals.map((g) => ({ ...g, domainId: 'mens' }));
    const mens = apply(noSociaal, { decisions: { kermisbeleid: { kind: 'create' } } });
    expect(mens.project.subjects.find((s) => s.name === 'kermisbeleid')!.domainId).toBe('mens');
    noSociaal.domains = noSociaal.domains.filter((d) => d.id !== 'mens');
    noSociaal.goals = noSociaal.goals.map((g) => ({ ...g, domainId: 'ruimte' }));
    const first = apply(noSociaal, { decisions: { kermisbeleid: { kind: 'create' } } });
    expect(first.project.subjects.find((s) => s.name === 'kermisbeleid')!.domainId).toBe('ruimte');
  });

  it('matches a text by hand to a catalogue subject or a project subject', () => {
    const start = projectFixture();
    start.subjects = [{ id: 'feest', name: 'Evenementen', domainId: 'sociaal', taakvelden: [], description: '' }];
    const { project: p, summary } = apply(start, {
      decisions: { kermisbeleid: { kind: 'match', subjectIds: ['feest'], catalogueIds: ['cultuur'] } },
    });
    const cultuur = subj(p, 'cultuur');
    expect(summary.holders[2]!.subjects[2]).toEqual({
      published: 'kermisbeleid',
      subjectIds: ['feest', cultuur],
      outcome: 'matched',
    });
    expect(p.divisions.at(-1)!.subjects.feest).toEqual([pf(p, 'Bakker')]);
    expect(p.divisions.at(-1)!.subjects[cultuur]).toEqual([pf(p, 'Bakker')]);
  });

  it('refuses a decision naming a subject, catalogue subject or domain that does not exist, and no holders', () => {
    const p = projectFixture();
    const run = (input: Partial<ApplyPublishedDivisionInput>) =>
      applyPublishedDivision(p, { holders: holders(), lang: 'nl', divisionName: 'X', ...input });
    expect(failCodes(run({ decisions: { sport: { kind: 'match', subjectIds: ['nope'] } } }))).toEqual([
      'unknownSubject',
    ]);
    expect(failCodes(run({ decisions: { sport: { kind: 'match', catalogueIds: ['nope'] } } }))).toEqual([
      'unknownCatalogueSubject',
    ]);
    expect(failCodes(run({ decisions: { kermisbeleid: { kind: 'create', domainId: 'nope' } } }))).toEqual([
      'unknownDomain',
    ]);
    expect(failCodes(run({ holders: [] }))).toEqual(['divisionNoHolders']);
    expect(failCodes(run({ divisionName: '  ' }))).toEqual(['zod.too_small']);
  });
});

describe('applyPublishedDivision: into a project that has some of it already', () => {
  it('applied twice reuses the portfolios and subjects and adds no link twice', () => {
    const decisions = { kermisbeleid: { kind: 'create' } } as const;
    const once = apply(projectFixture(), { decisions });
    const twice = apply(once.project, { decisions, divisionName: 'Nog eens' });
    const p = twice.project;
    expect(p.portfolios).toEqual(once.project.portfolios);
    expect(p.subjects).toEqual(once.project.subjects);
    expect(p.domains).toEqual(once.project.domains);
    expect(p.links).toEqual(once.project.links);
    expect(twice.summary.linksAdded).toBe(0);
    expect(twice.summary.addedSubjectIds).toEqual([]);
    expect(twice.summary.holders.map((h) => h.reused)).toEqual([true, true, true]);
    const [first, second] = p.divisions.slice(-2);
    expect(second!.subjects).toEqual(first!.subjects);
    expect(second!.portfolioIds).toEqual(first!.portfolioIds);
    expect(second!.id).not.toBe(first!.id);
  });

  it('matches a holder name ignoring case and spacing, and an existing subject through its catalogue synonyms', () => {
    const start = projectFixture();
    start.portfolios.push({ id: 'pj', holder: 'jansen ', role: 'wethouder', party: 'X', fte: 1, colour: '#000000' });
    start.subjects = [
      { id: 'vh', name: 'Volkshuisvesting', domainId: 'fysiek', taakvelden: [], description: '', catalogueId: 'wonen' },
      {
        id: 'am',
        name: 'Arbeidsmarkt',
        domainId: 'fysiek',
        taakvelden: [],
        description: '',
        catalogueId: 'arbeidsmarkt',
      },
    ];
    start.goals[0]!.subjectId = 'vh';
    const { project: p, summary } = apply(start);
    expect(p.portfolios.find((x) => x.id === 'pj')).toEqual(start.portfolios.at(-1));
    expect(pf(p, 'Van Dam')).not.toBe('pj');
    expect(summary.holders[1]).toMatchObject({ name: 'Jansen', portfolioId: 'pj', reused: true });
    expect(p.divisions.at(-1)!.subjects.vh).toEqual(['pj', pf(p, 'Bakker')]);
    expect(p.subjects.filter((s) => s.catalogueId === 'wonen').map((s) => s.id)).toEqual(['vh']);
    // "arbeidsmarkt" is in the project but not in this division: its link to werk en inkomen is not taken.
    expect(p.links.some((l) => l.source === 'am' || l.target === 'am')).toBe(false);
    expect(p.goals).toEqual(start.goals);
  });

  it('leaves a pair already linked with the same kind (here weakened by the user) as it is', () => {
    const start = projectFixture();
    start.subjects = [
      { id: 'vh', name: 'Wonen', domainId: 'fysiek', taakvelden: [], description: '', catalogueId: 'wonen' },
      {
        id: 'as',
        name: 'Schulden',
        domainId: 'sociaal',
        taakvelden: [],
        description: '',
        catalogueId: 'armoede-en-schulden',
      },
    ];
    const weak = {
      id: 'own',
      source: 'vh',
      target: 'as',
      kind: 'sharedTargetGroup' as const,
      strength: 0.5,
      rationale: '',
    };
    start.links.push(weak);
    const { project: p, summary } = apply(start);
    expect(p.links.filter((l) => l.catalogueLinkId === 'armoede-en-schulden--wonen')).toEqual([]);
    expect(p.links.find((l) => l.id === 'own')).toEqual(weak);
    expect(summary.linksAdded).toBe(1);
    expect(p.links.at(-1)!).toMatchObject({ source: 'as', catalogueLinkId: 'armoede-en-schulden--werk-en-inkomen' });
  });
});
