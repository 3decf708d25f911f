import { describe, expect, it } from 'vitest';
import { partyBalance } from '../../../../shared/coalition/partyBalance';
import {
  balanceMemoKey,
  balanceRows,
  furthestMeasure,
  shownMeasures,
} from '../../../../renderer/views/coalition/balanceModel';
import { subjectsExample, SUBJECTS_DRAFT_ID } from '../../../fixtures/subjects/subjectsExample';

const project = subjectsExample();
const balance = partyBalance(project, SUBJECTS_DRAFT_ID)!;
const rows = balanceRows(balance);
const row = (id: string) => rows.find((r) => r.partyId === id)!;

describe('the party balance table', () => {
  it('puts each party’s share beside its seat share, with the difference in percentage points', () => {
    // Seats 9 / 7 / 5 of 21; one wethouder each, the burgemeester outside the parties.
    expect(rows.map((r) => [r.name, r.seats, r.holderIds])).toEqual([
      ['GroenLinks-PvdA', 9, ['pf_sociaal']],
      ['VVD', 7, ['pf_fysiek']],
      ['CDA', 5, ['pf_financien']],
    ]);
    expect(row('party_glpvda').cells.holders.share).toBeCloseTo(1 / 3);
    expect(row('party_glpvda').cells.holders.diff).toBeCloseTo((1 / 3 - 9 / 21) * 100); // −9.5 pt
    expect(row('party_vvd').cells.holders.diff).toBeCloseTo(0);
    expect(row('party_cda').cells.holders.diff).toBeCloseTo((1 / 3 - 5 / 21) * 100); // +9.5 pt
    // Goals by who holds them: sociaal 2+2+4+1+1+1 = 11 (kwijtschelding went to financiën), fysiek 2+3+2+1 = 8,
    // financiën 2+1+1 = 4; the burgemeester's veiligheid is outside: 23 in the coalition.
    expect(rows.map((r) => r.cells.goals.amount)).toEqual([11, 8, 4]);
    expect(row('party_cda').cells.goals.share).toBeCloseTo(4 / 23);
    expect(row('party_cda').cells.goals.diff).toBeCloseTo((4 / 23 - 5 / 21) * 100);
  });

  it('names the measure furthest from proportional by its Gallagher index', () => {
    // Holders: sqrt(½ ((2/21)² + 0 + (2/21)²)) = 2/21 = 9.52 pt.
    expect(balance.gallagher.holders).toBeCloseTo((2 / 21) * 100);
    const furthest = furthestMeasure(balance)!;
    for (const g of Object.values(balance.gallagher)) if (g !== null) expect(furthest.index).toBeGreaterThanOrEqual(g);
    expect(balance.gallagher[furthest.measure]).toBe(furthest.index);
  });

  it('has no differences and no furthest measure without seats', () => {
    const noSeats = partyBalance(
      { ...project, parties: project.parties.map((p) => ({ ...p, seats: 0 })) },
      SUBJECTS_DRAFT_ID,
    )!;
    expect(balanceRows(noSeats).every((r) => Object.values(r.cells).every((c) => c.diff === null))).toBe(true);
    expect(furthestMeasure(noSeats)).toBe(null);
  });

  it('shows subjects only in a project that has them, and keys its memo by the draft', () => {
    expect(shownMeasures(true)).toEqual(['holders', 'fte', 'subjects', 'goals', 'budget']);
    expect(shownMeasures(false)).toEqual(['holders', 'fte', 'goals', 'budget']);
    expect(balanceMemoKey('div_a')).not.toBe(balanceMemoKey('div_b'));
  });
});
