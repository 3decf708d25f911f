import { describe, expect, it } from 'vitest';
import { PORTFOLIO_PALETTE, emptyProject } from '../../../shared/model';
import { applyPublishedDivision } from '../../../shared/division/applyPublishedDivision';
import { projectFixture } from '../model/projectFixture';
import { apply, holders, pf, subj } from './applyFixture';

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
      arrangements: [],
      deliberate: [],
      keep: [],
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

describe('applyPublishedDivision: what the text does not say is not invented', () => {
  it('adds the part of a text that names a subject and reports the rest; one text in two spellings is one subject', () => {
    const text = 'Wethouder Smit (CDA): grondbeleid & kermis; Wonen\nWethouder De Wit: wonen';
    const start = emptyProject({ id: 'p', name: 'P', now: '2026-01-05T09:00:00.000Z' });
    const r = applyPublishedDivision(start, { holders: holders(text), lang: 'nl', divisionName: 'D' });
    if (!r.ok) expect.fail(JSON.stringify(r.problems));
    const p = r.project;
    expect(p.subjects.map((s) => s.catalogueId)).toEqual(['grondbeleid', 'wonen']);
    expect(r.summary.holders[0]!.subjects).toEqual([
      { published: 'grondbeleid & kermis', subjectIds: [subj(p, 'grondbeleid')], outcome: 'matched' },
      { published: 'Wonen', subjectIds: [subj(p, 'wonen')], outcome: 'matched' },
    ]);
    expect(r.summary.unmatched).toEqual([{ holder: 'Smit', published: 'grondbeleid & kermis', pieces: ['kermis'] }]);
    expect(p.divisions[0]!.subjects[subj(p, 'wonen')]).toEqual([pf(p, 'Smit'), pf(p, 'De Wit')]);
    expect(r.summary.sharedSubjectIds).toEqual([subj(p, 'wonen')]);
  });

  it('makes an empty portfolio a holder without subjects', () => {
    const text = 'Wethouder Smit (CDA):\nWethouder De Wit (D66): sport';
    const start = emptyProject({ id: 'p', name: 'P', now: '2026-01-05T09:00:00.000Z' });
    const { project: p, summary } = apply(start, { holders: holders(text) });
    expect(p.portfolios.map((x) => x.holder)).toEqual(['Smit', 'De Wit']);
    expect(p.divisions[0]!.portfolioIds).toEqual([pf(p, 'Smit'), pf(p, 'De Wit')]);
    expect(p.divisions[0]!.subjects).toEqual({ [subj(p, 'sport')]: [pf(p, 'De Wit')] });
    expect(summary.linksAdded).toBe(0);
  });
});

describe('applyPublishedDivision: taakvelden follow the list the project uses', () => {
  it('gives a catalogue subject its 2017 codes in a project on the 2017 list, and its 2025 codes otherwise', () => {
    const text = 'Wethouder Smit (CDA): jeugd; sport';
    const base = emptyProject({ id: 'p', name: 'P', now: '2026-01-05T09:00:00.000Z' });
    const old = apply({ ...base, taakveldList: '2017' }, { holders: holders(text) }).project;
    expect(old.subjects.map((s) => s.taakvelden)).toEqual([
      ['6.72', '6.82'],
      ['5.1', '5.2'],
    ]);
    const current = apply(base, { holders: holders(text) }).project;
    expect(current.subjects[0]!.taakvelden).toEqual([
      '6.751',
      '6.752',
      '6.753',
      '6.761',
      '6.762',
      '6.763',
      '6.792',
      '6.821',
      '6.822',
      '6.92',
    ]);
  });
});
