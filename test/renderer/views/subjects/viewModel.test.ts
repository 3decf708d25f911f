import { describe, expect, it } from 'vitest';
import {
  filterSubjectRows,
  removalOf,
  subjectDraftOf,
  subjectInputOf,
  subjectRows,
} from '../../../../renderer/views/subjects/viewModel';
import { subjectsExample, SUBJECTS_DRAFT_ID } from '../../../fixtures/subjects/subjectsExample';

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
  it('round-trips a subject and reads taakveld codes separated by commas, semicolons or spaces', () => {
    const s = project.subjects[0]!;
    expect(subjectInputOf(subjectDraftOf(s, 'x'))).toEqual({
      name: s.name,
      domainId: s.domainId,
      taakvelden: [],
      description: '',
    });
    const d = { ...subjectDraftOf(undefined, 'sociaal'), name: 'Cultuur', taakvelden: ' 5.3; 5.4,5.5  5.6 ' };
    expect(subjectInputOf(d)).toEqual({
      name: 'Cultuur',
      domainId: 'sociaal',
      taakvelden: ['5.3', '5.4', '5.5', '5.6'],
      description: '',
    });
  });
});
