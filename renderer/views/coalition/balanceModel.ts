import { BALANCE_MEASURES, type BalanceMeasure, type PartyBalance } from '../../../shared/coalition/partyBalance';

/** One party's figure on one measure beside its seat share. */
export interface BalanceCell {
  amount: number;
  /** Fraction 0..1 of the coalition parties' total; null when they hold none of it. */
  share: number | null;
  /** share − seat share, in percentage points (+ more than its seats, − fewer); null when either is unknown. */
  diff: number | null;
}

/** One row of the *Partijbalans* table. */
export interface BalanceRow {
  partyId: string;
  name: string;
  seats: number;
  seatShare: number | null;
  holderIds: string[];
  cells: Record<BalanceMeasure, BalanceCell>;
}

export function balanceRows(b: PartyBalance): BalanceRow[] {
  return b.parties.map((p) => {
    const cells = {} as Record<BalanceMeasure, BalanceCell>;
    for (const m of BALANCE_MEASURES) {
      const share = p.shares[m];
      cells[m] = {
        amount: p.amounts[m],
        share,
        diff: share === null || p.seatShare === null ? null : (share - p.seatShare) * 100,
      };
    }
    return { partyId: p.partyId, name: p.name, seats: p.seats, seatShare: p.seatShare, holderIds: p.holderIds, cells };
  });
}

/** The measure furthest from the seat shares (highest Gallagher index), for the sentence above the table. */
export function furthestMeasure(b: PartyBalance): { measure: BalanceMeasure; index: number } | null {
  let best: { measure: BalanceMeasure; index: number } | null = null;
  for (const m of BALANCE_MEASURES) {
    const g = b.gallagher[m];
    if (g !== null && (best === null || g > best.index)) best = { measure: m, index: g };
  }
  return best;
}

/** The measures the table shows: subjects only when the project has any (else a column of dashes and zeros). */
export function shownMeasures(hasSubjects: boolean): readonly BalanceMeasure[] {
  return hasSubjects ? BALANCE_MEASURES : BALANCE_MEASURES.filter((m) => m !== 'subjects');
}

/** The memo key of a draft's balance: the balance depends on the project and the draft only. */
export const balanceMemoKey = (divisionId: string): string => `coalition.balance|${divisionId}`;
