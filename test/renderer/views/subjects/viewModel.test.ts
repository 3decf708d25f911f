import { describe, expect, it } from 'vitest';
import {
  filterSubjectRows,
  removalOf,
  fillFromCatalogue,
  subjectDraftOf,
  subjectInputOf,
  subjectRows,
} from '../../../../renderer/views/subjects/viewModel';
import { subjectsExample, SUBJECTS_DRAFT_ID } from '../../../fixtures/subjects/subjectsExample';
import { CATALOGUE_SUBJECTS, findCatalogueSubject } from '../../../../shared/catalogue';
import { DEFAULT_DOMAINS } from '../../../../shared/model';

const project = subjectsExample();
const draft = project.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
const row = (rows: ReturnType<typeof subjectRows>, id: string) => rows.find((r) => r.subject.id === id)!;

describe('the subjects table’s rows', () => {
  it('count each subject’s goals and own links, and name its holders in the chosen draft, the lead first', () => {
    const rows = subjectRows(project, draft);
    expect(rows.map((r) => r.subject.id)).toEqual(project.subjects.map((s) => s.id));
    const pick = (id: string) => {
      const { goalCount, linkCount, holderIds, shared } = row(rows, id);
      return { goalCount, linkCount, holderIds, shared };
    };
    // Wonen: woningbouw and kwetsbaar under it, shared by fysiek (lead) and sociaal.
    expect(pick('subj_wonen')).toEqual({
      goalCount: 2,
      linkCount: 0,
      holderIds: ['pf_fysiek', 'pf_sociaal'],
      shared: true,
    });
    // Armoede en schulden: three goals (kwijtschelding is an exception in the draft, but still under the subject).
    expect(pick('subj_armoede-en-schulden')).toEqual({
      goalCount: 3,
      linkCount: 0,
      holderIds: ['pf_sociaal'],
      shared: false,
    });
    // Sport: no goals, two links of its own.
    expect(pick('subj_sport')).toEqual({ goalCount: 0, linkCount: 2, holderIds: ['pf_fysiek'], shared: false });
    // Every goal of the example is under a subject: the counts add up to the goals.
    expect(rows.reduce((n, r) => n + r.goalCount, 0)).toBe(project.goals.length);
  });

  it('without a draft, or in a draft that names no subject, nobody holds a subject', () => {
    for (const d of [undefined, project.divisions[0]!])
      expect(subjectRows(project, d).every((r) => r.holderIds.length === 0 && !r.shared)).toBe(true);
  });

  it('filter on the name, a taakveld code or the catalogue name, in any case; empty keeps the same rows', () => {
    const withCodes = {
      ...project,
      subjects: project.subjects.map((s, i) => (i === 0 ? { ...s, taakvelden: ['6.3'] } : s)),
    };
    const rows = subjectRows(withCodes, draft);
    expect(filterSubjectRows(rows, '  ')).toBe(rows);
    expect(filterSubjectRows(rows, 'WONEN').map((r) => r.subject.id)).toEqual(['subj_wonen']);
    expect(filterSubjectRows(rows, '6.3').map((r) => r.subject.id)).toEqual([withCodes.subjects[0]!.id]);
    const names = (id: string) => (id === 'sport' ? 'Sport en bewegen (catalogus)' : undefined);
    expect(filterSubjectRows(rows, 'catalogus', names).map((r) => r.subject.id)).toEqual(['subj_sport']);
  });

  it('say what deleting a subject takes along: its own links; its goals stay', () => {
    expect(removalOf(project, 'subj_sport')).toEqual({ goals: 0, links: 2 });
    expect(removalOf(project, 'subj_zorg-en-ondersteuning')).toEqual({ goals: 4, links: 0 });
  });
});

describe('the subject form', () => {
  it('round-trips a subject, keeping its catalogue tie out of the input unless the form changed it', () => {
    const s = project.subjects[0]!;
    expect(s.catalogueId).toBeDefined();
    expect(subjectInputOf(subjectDraftOf(s, 'x'), s)).toEqual({
      name: s.name,
      domainId: s.domainId,
      taakvelden: s.taakvelden,
      description: s.description,
    });
    const cleared = subjectInputOf({ ...subjectDraftOf(s, 'x'), catalogueId: '' }, s);
    expect('catalogueId' in cleared && cleared.catalogueId === undefined).toBe(true);
    expect(subjectInputOf({ ...subjectDraftOf(s, 'x'), catalogueId: 'sport' }, s).catalogueId).toBe('sport');
    const fresh = { ...subjectDraftOf(undefined, 'sociaal'), name: 'Cultuur', taakvelden: ['5.3', '5.4'] };
    expect(subjectInputOf(fresh)).toEqual({
      name: 'Cultuur',
      domainId: 'sociaal',
      taakvelden: ['5.3', '5.4'],
      description: '',
    });
  });

  it('fills name, domain and taakvelden from a catalogue subject, in the project’s list and language', () => {
    const armoede = findCatalogueSubject('armoede-en-schulden')!;
    const empty = subjectDraftOf(undefined, 'fysiek');
    const p2025 = { domains: project.domains, taakveldList: '2025' as const };
    const { draft, exactDomain, keptName } = fillFromCatalogue(empty, p2025, armoede, 'en');
    expect(draft).toEqual({
      ...empty,
      name: 'Poverty and debt',
      domainId: 'sociaal',
      taakvelden: ['6.3'],
      catalogueId: armoede.id,
    });
    expect([exactDomain, keptName]).toEqual([true, false]);
    // 2017: the subject's 2017 codes where they differ; a name of the user's own stays.
    const beschermd = findCatalogueSubject('beschermd-wonen-en-opvang')!;
    const own = { ...empty, name: 'Beschermd thuis' };
    const filled = fillFromCatalogue(own, { ...p2025, taakveldList: '2017' }, beschermd, 'nl');
    expect(filled.draft.taakvelden).toEqual(['6.81']);
    expect(filled.draft.name).toBe('Beschermd thuis');
    expect(filled.keptName).toBe(true);
    // The previous pick's name is not the user's own: picking another replaces it.
    const again = fillFromCatalogue(draft, p2025, beschermd, 'nl');
    expect([again.draft.name, again.keptName]).toEqual(['Beschermd wonen en opvang', false]);
  });

  it('puts a catalogue domain the project lacks under the domain the classic split gives it', () => {
    const classic = { domains: DEFAULT_DOMAINS.map((d) => ({ ...d })), taakveldList: '2025' as const };
    const economie = CATALOGUE_SUBJECTS.find((c) => c.domain === 'economie')!;
    const bestuur = CATALOGUE_SUBJECTS.find((c) => c.domain === 'bestuur')!;
    const d = subjectDraftOf(undefined, 'sociaal');
    expect(fillFromCatalogue(d, classic, economie, 'nl')).toMatchObject({
      draft: { domainId: 'fysiek' },
      exactDomain: false,
    });
    expect(fillFromCatalogue(d, classic, bestuur, 'nl').draft.domainId).toBe('financieel');
    // No domain of that classic kind at all: the form's domain stays.
    const social = { ...classic, domains: classic.domains.filter((x) => x.id === 'sociaal') };
    expect(fillFromCatalogue(d, social, economie, 'nl').draft.domainId).toBe('sociaal');
  });
});
