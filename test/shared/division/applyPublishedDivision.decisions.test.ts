import { describe, expect, it } from 'vitest';
import {
  applyPublishedDivision,
  type ApplyPublishedDivisionInput,
} from '../../../shared/division/applyPublishedDivision';
import { removeLink, updateLink } from '../../../shared/model';
import { projectFixture } from '../model/projectFixture';
import { apply, failCodes, holders, pf, subj } from './applyFixture';

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
    expect(failCodes(run({ decisions: { kermisbeleid: { kind: 'create', name: ' ' } } }))).toEqual(['zod.too_small']);
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

describe('applyPublishedDivision: the catalogue links the user changed or removed', () => {
  const WONEN = 'armoede-en-schulden--wonen';
  const WERK = 'armoede-en-schulden--werk-en-inkomen';

  it('does not bring back a catalogue link the user removed from the project', () => {
    const once = apply(projectFixture()).project;
    const removed = removeLink(once, once.links.find((l) => l.catalogueLinkId === WONEN)!.id);
    if (!removed.ok) expect.fail('removeLink refused');
    const again = apply(removed.project, { divisionName: 'Nog eens' });
    expect(again.summary.linksAdded).toBe(0);
    expect(again.project.links.filter((l) => l.catalogueLinkId === WONEN)).toEqual([]);
    expect(again.project.links.filter((l) => l.catalogueLinkId === WERK)).toHaveLength(1);
  });

  it('leaves a catalogue link the user changed to another kind as it is, without adding it a second time', () => {
    const once = apply(projectFixture()).project;
    const id = once.links.find((l) => l.catalogueLinkId === WONEN)!.id;
    const changed = updateLink(once, id, { kind: 'conflicts', strength: 1 });
    if (!changed.ok) expect.fail('updateLink refused');
    const again = apply(changed.project, { divisionName: 'Nog eens' });
    expect(again.summary.linksAdded).toBe(0);
    expect(again.project.links.filter((l) => l.catalogueLinkId === WONEN)).toEqual([
      expect.objectContaining({ id, kind: 'conflicts', strength: 1 }),
    ]);
  });
});
