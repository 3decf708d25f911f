import { describe, expect, it } from 'vitest';
import { checkProject, type Project } from '../../../shared/model';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import {
  BALANCE_MEASURES,
  gallagherIndex,
  partyBalance,
  partyBands,
  type BalanceMeasure,
  type PartyBalance,
} from '../../../shared/coalition/partyBalance';
import { partyDraft } from './partyFixture';

const balanceOf = (p: Project, graph = false): PartyBalance => {
  const b = partyBalance(p, 'D', graph ? buildCompactGraph(p) : undefined);
  if (!b) expect.fail('expected a balance');
  return b;
};

const close = (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThan(1e-9);
};

/**
 * By hand (see partyDraft). Per party (holders, FTE, subjects, goals, budget):
 *   GL  (9/19): W1       → 1, 1,   1, 3, 160
 *   VVD (6/19): W2 W3    → 2, 1.9, 3, 2, 230
 *   CDA (4/19): W4       → 1, 0.8, 1, 2, 20
 *   totals                 4, 3.7, 5, 7, 410   (BM outside: 1, 1, 1, 1, 40)
 * Shares: holders 1/4 2/4 1/4; FTE 10/37 19/37 8/37; subjects 1/5 3/5 1/5; goals 3/7 2/7 2/7; budget 16/41 23/41 2/41.
 * Gallagher = 100 · sqrt(½ Σ (share − seat share)²), differences over a common denominator:
 *   holders  (÷76):  19−36=−17, 38−24=14, 19−16=3        → Σ² 494,   ½ 247   → 100·√247/76    ≈ 20.68
 *   FTE      (÷703): 190−333=−143, 361−222=139, 152−148=4 → Σ² 39786, ½ 19893 → 100·√19893/703 ≈ 20.06
 *   subjects (÷95):  19−45=−26, 57−30=27, 19−20=−1       → Σ² 1406,  ½ 703   → 100·√703/95    ≈ 27.91
 *   goals    (÷133): 57−63=−6, 38−42=−4, 38−28=10         → Σ² 152,   ½ 76    → 100·√76/133    ≈ 6.55
 *   budget   (÷779): 304−369=−65, 437−246=191, 38−164=−126 → Σ² 56582, ½ 28291 → 100·√28291/779 ≈ 21.59
 */
const SHARES: Record<BalanceMeasure, [number, number, number]> = {
  holders: [1 / 4, 2 / 4, 1 / 4],
  fte: [10 / 37, 19 / 37, 8 / 37],
  subjects: [1 / 5, 3 / 5, 1 / 5],
  goals: [3 / 7, 2 / 7, 2 / 7],
  budget: [16 / 41, 23 / 41, 2 / 41],
};
const GALLAGHER: Record<BalanceMeasure, number> = {
  holders: (100 * Math.sqrt(247)) / 76,
  fte: (100 * Math.sqrt(19893)) / 703,
  subjects: (100 * Math.sqrt(703)) / 95,
  goals: (100 * Math.sqrt(76)) / 133,
  budget: (100 * Math.sqrt(28291)) / 779,
};

describe('partyBalance: the worked example', () => {
  it('is a valid project', () => {
    expect(checkProject(partyDraft())).toEqual([]);
  });

  for (const graph of [false, true]) {
    it(`counts each party's holders, FTE, subjects, goals and budget ${graph ? 'on the graph' : 'from the project'}`, () => {
      const b = balanceOf(partyDraft(), graph);
      expect(b.totalSeats).toBe(19);
      expect(b.parties.map((p) => [p.partyId, p.name, p.seats, p.holderIds])).toEqual([
        ['pa_gl', 'GL', 9, ['W1']],
        ['pa_vvd', 'VVD', 6, ['W2', 'W3']],
        ['pa_cda', 'CDA', 4, ['W4']],
      ]);
      const [gl, vvd, cda] = b.parties;
      expect(gl!.amounts).toEqual({ holders: 1, fte: 1, subjects: 1, goals: 3, budget: 160 });
      expect(vvd!.amounts).toMatchObject({ holders: 2, subjects: 3, goals: 2, budget: 230 });
      close(vvd!.amounts.fte, 1.9);
      expect(cda!.amounts).toEqual({ holders: 1, fte: 0.8, subjects: 1, goals: 2, budget: 20 });
      expect(b.totals).toMatchObject({ holders: 4, subjects: 5, goals: 7, budget: 410 });
      close(b.totals.fte, 3.7);
      expect(b.outside).toEqual([
        { portfolioId: 'BM', party: '', amounts: { holders: 1, fte: 1, subjects: 1, goals: 1, budget: 40 } },
      ]);
      [9 / 19, 6 / 19, 4 / 19].forEach((s, i) => close(b.parties[i]!.seatShare, s));
      for (const m of BALANCE_MEASURES) {
        SHARES[m].forEach((s, i) => close(b.parties[i]!.shares[m], s));
        close(b.gallagher[m], GALLAGHER[m]);
      }
    });
  }

  it('gives the same balance with and without the graph', () => {
    const p = partyDraft();
    expect(balanceOf(p, true)).toEqual(balanceOf(p, false));
  });

  it('follows the draft: moving the exception g5 back to its subject gives VVD the goal and its budget', () => {
    const p = partyDraft();
    p.divisions[0]!.assignments = { g8: 'W1' };
    for (const graph of [false, true]) {
      const b = balanceOf(p, graph);
      expect(b.parties.map((x) => x.amounts.goals)).toEqual([3, 3, 1]);
      expect(b.parties.map((x) => x.amounts.budget)).toEqual([160, 250, 0]);
    }
  });
});

describe('partyBalance: edge cases', () => {
  it('is null for an unknown draft', () => {
    expect(partyBalance(partyDraft(), 'nope')).toBeNull();
  });

  it('without parties puts every holder outside, with no totals and no index', () => {
    const p = { ...partyDraft(), parties: [] };
    const b = balanceOf(p);
    expect(b.parties).toEqual([]);
    expect(b.totalSeats).toBe(0);
    expect(b.outside.map((o) => [o.portfolioId, o.party, o.amounts.goals])).toEqual([
      ['W1', 'GL', 3],
      ['W2', 'VVD', 1],
      ['W3', 'VVD', 1],
      ['W4', 'CDA', 2],
      ['BM', '', 1],
    ]);
    expect(b.totals).toEqual({ holders: 0, fte: 0, subjects: 0, goals: 0, budget: 0 });
    for (const m of BALANCE_MEASURES) expect(b.gallagher[m]).toBeNull();
  });

  it('with zero seats keeps the shares but has no seat shares and no index', () => {
    const p = partyDraft();
    p.parties = p.parties.map((x) => ({ ...x, seats: 0 }));
    const b = balanceOf(p);
    expect(b.totalSeats).toBe(0);
    expect(b.parties.map((x) => x.seatShare)).toEqual([null, null, null]);
    close(b.parties[0]!.shares.goals, 3 / 7);
    for (const m of BALANCE_MEASURES) expect(b.gallagher[m]).toBeNull();
    expect(partyBands(b, 'goals', 0.1)).toEqual([]);
  });

  it("matches a holder's party regardless of case and spaces", () => {
    const p = partyDraft();
    p.parties = [{ id: 'pa_pvda', name: 'PvdA', seats: 9 }, ...p.parties.slice(1)];
    p.portfolios = p.portfolios.map((x) => (x.id === 'W1' ? { ...x, party: ' pvda ' } : x));
    const b = balanceOf(p);
    expect(b.parties[0]).toMatchObject({ partyId: 'pa_pvda', name: 'PvdA', holderIds: ['W1'] });
    expect(b.parties[0]!.amounts.goals).toBe(3);
    expect(b.outside.map((o) => o.portfolioId)).toEqual(['BM']);
  });

  it('puts a holder of a party outside the coalition apart, under its own party name', () => {
    const p = partyDraft();
    p.portfolios = p.portfolios.map((x) => (x.id === 'W4' ? { ...x, party: 'D66' } : x));
    const b = balanceOf(p);
    expect(b.parties[2]).toMatchObject({ partyId: 'pa_cda', holderIds: [] });
    expect(b.outside.map((o) => [o.portfolioId, o.party, o.amounts.goals, o.amounts.fte])).toEqual([
      ['W4', 'D66', 2, 0.8],
      ['BM', '', 1, 1],
    ]);
    // GL 3 and VVD 2 of 5 goals; CDA none.
    expect(b.totals.goals).toBe(5);
    expect(b.parties.map((x) => x.shares.goals)).toEqual([3 / 5, 2 / 5, 0]);
  });

  it('gives a party without holders in the draft share 0, and counts it in the index', () => {
    const p = partyDraft();
    p.parties = [...p.parties, { id: 'pa_d66', name: 'D66', seats: 0 }];
    const b = balanceOf(p);
    const d66 = b.parties[3]!;
    expect(d66).toMatchObject({ partyId: 'pa_d66', seatShare: 0, holderIds: [] });
    for (const m of BALANCE_MEASURES) expect(d66.shares[m]).toBe(0);
    // 0 seats and share 0: the index is unchanged.
    close(b.gallagher.goals, GALLAGHER.goals);
    // With 19 seats of its own (38 in all) it weighs in: goals 3/7, 2/7, 2/7, 0 against 9/38, 6/38, 4/38, 19/38.
    p.parties[3] = { ...p.parties[3]!, seats: 19 };
    const b2 = balanceOf(p);
    const d = [3 / 7 - 9 / 38, 2 / 7 - 6 / 38, 2 / 7 - 4 / 38, -19 / 38];
    close(b2.gallagher.goals, 100 * Math.sqrt(d.reduce((s, x) => s + x * x, 0) / 2));
  });

  it('has no index for a measure nobody has (no budget anywhere)', () => {
    const p = partyDraft();
    p.goals = p.goals.map(({ budget: _b, ...g }) => g);
    const b = balanceOf(p);
    expect(b.totals.budget).toBe(0);
    expect(b.parties.map((x) => x.shares.budget)).toEqual([null, null, null]);
    expect(b.gallagher.budget).toBeNull();
    close(b.gallagher.goals, GALLAGHER.goals);
  });

  it('is 0 when every share equals the seat share', () => {
    expect(
      gallagherIndex([
        { share: 0.5, seatShare: 0.5 },
        { share: 0.5, seatShare: 0.5 },
      ]),
    ).toBe(0);
    // Two parties 60/40 holding 40/60: sqrt(½ (0.2² + 0.2²)) = 0.2 → 20 points.
    close(
      gallagherIndex([
        { share: 0.4, seatShare: 0.6 },
        { share: 0.6, seatShare: 0.4 },
      ]),
      20,
    );
    expect(gallagherIndex([])).toBeNull();
  });
});

describe('partyBands', () => {
  it('is the seat share ± tolerance, clamped to [0, 1], times the coalition total', () => {
    const b = balanceOf(partyDraft());
    const bands = partyBands(b, 'goals', 0.1);
    expect(bands.map((x) => [x.partyId, x.holderIds])).toEqual([
      ['pa_gl', ['W1']],
      ['pa_vvd', ['W2', 'W3']],
      ['pa_cda', ['W4']],
    ]);
    // 7 goals: GL (9/19 ∓ 0.1)·7, VVD (6/19 ∓ 0.1)·7, CDA (4/19 ∓ 0.1)·7.
    [9, 6, 4].forEach((seats, i) => {
      close(bands[i]!.lo, (seats / 19 - 0.1) * 7);
      close(bands[i]!.hi, (seats / 19 + 0.1) * 7);
    });
    const wide = partyBands(b, 'budget', 0.6);
    // 410 euros: every lower end clamps to 0; GL's upper end (9/19 + 0.6 > 1) to all 410.
    expect(wide.map((x) => x.lo)).toEqual([0, 0, 0]);
    expect(wide[0]!.hi).toBe(410);
    close(wide[2]!.hi, (4 / 19 + 0.6) * 410);
  });
});
