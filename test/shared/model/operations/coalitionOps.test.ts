import { describe, expect, it } from 'vitest';
import { checkProject, type Project } from '../../../../shared/model';
import {
  addArrangement,
  addDeliberateSplit,
  addKeepRule,
  addParty,
  removeArrangement,
  removeDeliberateSplit,
  removeGoal,
  removeKeepRule,
  removeParty,
  removeSubject,
  updateArrangement,
  updateDeliberateSplit,
  updateKeepRule,
  updateParty,
} from '../../../../shared/model/operations';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../../fixtures/subjects/subjectsExample';
import { expectOk } from '../projectFixture';

const D = SUBJECTS_DRAFT_ID;
const draft = (p: Project) => p.divisions.find((d) => d.id === D)!;
const codes = (r: { ok: boolean; problems?: { code: string }[] }) => (r.ok ? [] : r.problems!.map((x) => x.code));

const ARMOEDE = 'subj_armoede-en-schulden';
const WONEN = 'subj_wonen';

describe('arrangements', () => {
  it('adds, updates and removes an arrangement of one draft, keeping the project valid', () => {
    const p = subjectsExample();
    const added = expectOk(
      addArrangement(p, D, {
        id: 'arr_armoede',
        name: 'Armoede-aanpak',
        kind: 'programme',
        leadId: 'pf_sociaal',
        holderIds: ['pf_fysiek'],
        subjectIds: [ARMOEDE],
      }),
    );
    expect(draft(added).arrangements).toEqual([
      {
        id: 'arr_armoede',
        name: 'Armoede-aanpak',
        kind: 'programme',
        leadId: 'pf_sociaal',
        holderIds: ['pf_fysiek'],
        subjectIds: [ARMOEDE],
        goalIds: [],
        note: '',
      },
    ]);
    expect(checkProject(added)).toEqual([]);
    // Other drafts are untouched: arrangements belong to the draft they were negotiated in.
    expect(added.divisions.filter((d) => d.id !== D)).toEqual(p.divisions.filter((d) => d.id !== D));
    const renamed = expectOk(updateArrangement(added, D, 'arr_armoede', { name: 'Samen tegen armoede' }));
    expect(draft(renamed).arrangements[0]!.name).toBe('Samen tegen armoede');
    expect(draft(expectOk(removeArrangement(renamed, D, 'arr_armoede'))).arrangements).toEqual([]);
  });

  it('refuses a holder outside the draft, an unknown subject, an empty scope and an unknown draft, with a place', () => {
    const p = subjectsExample();
    const base = { name: 'X', leadId: 'pf_sociaal', subjectIds: [ARMOEDE] };
    const outside = addArrangement(p, D, { ...base, holderIds: ['pf_nobody'] });
    expect(outside.ok ? [] : outside.problems).toEqual([
      expect.objectContaining({ code: 'portfolioNotInDivision', path: expect.arrayContaining(['holderIds', 0]) }),
    ]);
    expect(codes(addArrangement(p, D, { ...base, subjectIds: ['subj_onbekend'] }))).toEqual(['unknownSubject']);
    expect(codes(addArrangement(p, D, { ...base, subjectIds: [] }))).toEqual(['arrangementScope']);
    expect(codes(addArrangement(p, 'div_onbekend', base))).toEqual(['unknownDivision']);
    expect(codes(updateArrangement(p, D, 'arr_onbekend', { name: 'Y' }))).toEqual(['unknownEntry']);
    expect(codes(removeArrangement(p, D, 'arr_onbekend'))).toEqual(['unknownEntry']);
  });
});

describe('deliberate splits', () => {
  it('needs a reason and two different known nodes, and refuses the same pair twice in either order', () => {
    const p = subjectsExample();
    const next = expectOk(
      addDeliberateSplit(p, D, { id: 's1', a: ARMOEDE, b: WONEN, reason: 'Twee partijen betrokken' }),
    );
    expect(draft(next).deliberate).toEqual([{ id: 's1', a: ARMOEDE, b: WONEN, reason: 'Twee partijen betrokken' }]);
    expect(codes(addDeliberateSplit(next, D, { a: WONEN, b: ARMOEDE, reason: 'nog eens' }))).toEqual([
      'duplicateDeliberate',
    ]);
    expect(codes(addDeliberateSplit(p, D, { a: ARMOEDE, b: WONEN, reason: '  ' }))).toEqual(['zod.too_small']);
    expect(codes(addDeliberateSplit(p, D, { a: ARMOEDE, b: ARMOEDE, reason: 'r' }))).toEqual(['deliberateSameNode']);
    expect(codes(addDeliberateSplit(p, D, { a: ARMOEDE, b: 'goal_onbekend', reason: 'r' }))).toEqual(['unknownGoal']);
    const reasoned = expectOk(updateDeliberateSplit(next, D, 's1', 'Spreiding van zwaar werk'));
    expect(draft(reasoned).deliberate[0]!.reason).toBe('Spreiding van zwaar werk');
    expect(draft(expectOk(removeDeliberateSplit(reasoned, D, 's1'))).deliberate).toEqual([]);
  });
});

describe('keep rules', () => {
  it('keeps together or apart two or more distinct nodes', () => {
    const p = subjectsExample();
    const next = expectOk(addKeepRule(p, D, { id: 'k1', kind: 'together', nodeIds: [ARMOEDE, WONEN] }));
    expect(draft(next).keep).toEqual([{ id: 'k1', kind: 'together', nodeIds: [ARMOEDE, WONEN], reason: '' }]);
    expect(codes(addKeepRule(p, D, { kind: 'apart', nodeIds: [ARMOEDE] }))).toEqual(['zod.too_small']);
    expect(codes(addKeepRule(p, D, { kind: 'apart', nodeIds: [ARMOEDE, ARMOEDE] }))).toEqual(['duplicateId']);
    const apart = expectOk(updateKeepRule(next, D, 'k1', { kind: 'apart', reason: 'spreiden' }));
    expect(draft(apart).keep[0]).toMatchObject({ kind: 'apart', reason: 'spreiden' });
    expect(draft(expectOk(removeKeepRule(apart, D, 'k1'))).keep).toEqual([]);
  });
});

describe('parties', () => {
  it('adds parties with seats, refuses a name twice (case-insensitively) and negative or broken seats', () => {
    // From a project without parties (the example lists its coalition's).
    const p = expectOk(addParty({ ...subjectsExample(), parties: [] }, { id: 'party_a', name: 'PvdA', seats: 9 }));
    expect(p.parties).toEqual([{ id: 'party_a', name: 'PvdA', seats: 9 }]);
    expect(codes(addParty(p, { name: ' pvda ', seats: 3 }))).toEqual(['duplicatePartyName']);
    expect(codes(addParty(p, { name: 'CDA', seats: -1 }))).toEqual(['zod.too_small']);
    expect(codes(addParty(p, { name: 'CDA', seats: 2.5 }))).toEqual(['zod.invalid_type']);
    expect(checkProject(p)).toEqual([]);
  });

  it('renames the party field of its holders along with the party, and leaves them be on removal', () => {
    let p: Project = { ...subjectsExample(), parties: [] };
    p = { ...p, portfolios: p.portfolios.map((h, i) => ({ ...h, party: i === 0 ? 'pvda' : 'VVD' })) };
    p = expectOk(addParty(p, { id: 'party_a', name: 'PvdA', seats: 9 }));
    const renamed = expectOk(updateParty(p, 'party_a', { name: 'GroenLinks-PvdA', seats: 11 }));
    expect(renamed.portfolios.map((h) => h.party)).toEqual(
      p.portfolios.map((_, i) => (i === 0 ? 'GroenLinks-PvdA' : 'VVD')),
    );
    const removed = expectOk(removeParty(renamed, 'party_a'));
    expect(removed.parties).toEqual([]);
    expect(removed.portfolios).toBe(renamed.portfolios);
    expect(codes(updateParty(p, 'party_x', { seats: 1 }))).toEqual(['unknownParty']);
  });
});

describe('removals leave nothing dangling', () => {
  it('removing a subject or goal prunes scopes, splits and rules; what loses its last node goes', () => {
    let p = subjectsExample();
    p = expectOk(
      addArrangement(p, D, {
        id: 'a1',
        name: 'A',
        leadId: 'pf_sociaal',
        subjectIds: [ARMOEDE],
        goalIds: ['goal_werk'],
      }),
    );
    p = expectOk(addDeliberateSplit(p, D, { id: 's1', a: ARMOEDE, b: WONEN, reason: 'r' }));
    p = expectOk(addKeepRule(p, D, { id: 'k1', kind: 'apart', nodeIds: [ARMOEDE, WONEN, 'goal_werk'] }));
    const noArmoede = expectOk(removeSubject(p, ARMOEDE));
    expect(draft(noArmoede).arrangements.map((a) => [a.subjectIds, a.goalIds])).toEqual([[[], ['goal_werk']]]);
    expect(draft(noArmoede).deliberate).toEqual([]);
    expect(draft(noArmoede).keep.map((r) => r.nodeIds)).toEqual([[WONEN, 'goal_werk']]);
    expect(checkProject(noArmoede)).toEqual([]);
    const noWerk = expectOk(removeGoal(noArmoede, 'goal_werk'));
    expect(draft(noWerk).arrangements).toEqual([]);
    expect(draft(noWerk).keep).toEqual([]);
    expect(checkProject(noWerk)).toEqual([]);
  });
});
