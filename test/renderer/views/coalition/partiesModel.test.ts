import { describe, expect, it } from 'vitest';
import {
  partyDraftOf,
  partyInputOf,
  partyRows,
  unlistedParties,
} from '../../../../renderer/views/coalition/partiesModel';
import { subjectsExample } from '../../../fixtures/subjects/subjectsExample';

const project = subjectsExample();

describe('the parties table', () => {
  it('gives each party its share of the coalition’s 21 seats and the holders whose party field names it', () => {
    const rows = partyRows(project);
    expect(rows.map((r) => [r.party.name, r.party.seats, r.seatShare, r.holderIds])).toEqual([
      ['GroenLinks-PvdA', 9, 9 / 21, ['pf_sociaal']],
      ['VVD', 7, 7 / 21, ['pf_fysiek']],
      ['CDA', 5, 5 / 21, ['pf_financien']],
    ]);
  });

  it('matches party fields regardless of case and spaces, and has no seat share while no party has seats', () => {
    const p = {
      parties: [{ id: 'party_vvd', name: 'VVD', seats: 0 }],
      portfolios: project.portfolios.map((h) => (h.id === 'pf_fysiek' ? { ...h, party: '  vvd ' } : h)),
    };
    expect(partyRows(p)).toEqual([{ party: p.parties[0], seatShare: null, holderIds: ['pf_fysiek'] }]);
  });
});

describe('holders naming no listed party', () => {
  it('are none in the example (the burgemeester has no party and is not pointed out)', () => {
    expect(unlistedParties(project)).toEqual([]);
  });

  it('are grouped by party regardless of case, written as the first holder writes it', () => {
    const p = {
      parties: project.parties.filter((x) => x.name !== 'CDA'),
      portfolios: project.portfolios.map((h) => (h.id === 'pf_burgemeester' ? { ...h, party: 'cda ' } : h)),
    };
    expect(unlistedParties(p)).toEqual([{ name: 'cda', holderIds: ['pf_burgemeester', 'pf_financien'] }]);
  });
});

describe('the party form', () => {
  it('starts from the party, or from a given name with no seats', () => {
    expect(partyDraftOf(project.parties[1])).toEqual({ name: 'VVD', seats: '7' });
    expect(partyDraftOf(undefined, 'D66')).toEqual({ name: 'D66', seats: '' });
  });

  it('takes seats as a whole number and refuses anything else with a located problem', () => {
    expect(partyInputOf({ name: 'D66', seats: ' 4 ' })).toEqual({ ok: true, input: { name: 'D66', seats: 4 } });
    for (const seats of ['', '4,5', 'vier'])
      expect(partyInputOf({ name: 'D66', seats })).toEqual({
        ok: false,
        problem: { code: 'seatsNotAWholeNumber', params: { value: seats }, path: ['party', 'seats'] },
      });
    // The range is the operation's to check (a problem of its own, located the same way).
    expect(partyInputOf({ name: 'D66', seats: '-1' })).toEqual({ ok: true, input: { name: 'D66', seats: -1 } });
  });
});
