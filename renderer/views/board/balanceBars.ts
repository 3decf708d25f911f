import type { BalanceSetting } from '../../store/viewSlice';
import type { BoardColumn } from './viewModel';

/** One measure of one column against what its share of the whole would be. */
export interface BalanceBar {
  value: number;
  /** The column's share of the total: equal shares, or by FTE when the holders' FTEs differ. */
  expected: number;
  /** The band of the balance setting around `expected`; null on the measure that is not balanced. */
  band: { low: number; high: number } | null;
  /** Where the value lies against the band ('within' when there is no band). */
  status: 'below' | 'within' | 'above';
  /** Bar length as a fraction of the widest bar or band edge of this measure on the board (0..1). */
  fill: number;
  /** Where `expected` and the band edges sit on the same scale (0..1). */
  expectedAt: number;
  bandAt: { low: number; high: number } | null;
}

export interface ColumnBalance {
  columnId: string;
  /** Left out of the balance (the burgemeester by default): no share, no band; the others share the rest. */
  outside: boolean;
  fte: number;
  goals: BalanceBar;
  budget: BalanceBar;
}

export interface BoardBalance {
  /** True when the holders' FTEs differ: each share (and band) follows the holder's FTE. */
  perFte: boolean;
  measure: BalanceSetting['by'];
  tolerance: number;
  columns: ColumnBalance[];
}

// Budgets are sums of floats: a band edge reached exactly must not read as outside over rounding.
const EPS = 1e-9;

/**
 * Balance bars for goals and budget per holder, with the band of the chosen balance setting on its measure. The
 * total is every goal of the project (the tray included), as the optimiser counts it: a column shows what a
 * finished draft should give it. With equal FTEs the band is exactly the optimiser's: mean·(1 ± tolerance), for
 * goals never tighter than ⌊mean⌋..⌈mean⌉. When FTEs differ each holder's share is total·fte/Σfte, so a 0.8 FTE
 * wethouder is measured against four fifths of a full share. Holders `outside` the balance keep their goals and
 * budget out of the totals, as the optimiser leaves them out of its search.
 */
export function balanceBars(
  columns: readonly BoardColumn[],
  tray: Pick<BoardColumn, 'goals' | 'budget'>,
  setting: Pick<BalanceSetting, 'by' | 'tolerance'>,
  outside: ReadonlySet<string> = new Set(),
): BoardBalance {
  const inside = columns.filter((c) => !outside.has(c.id));
  const k = inside.length;
  const tol = Math.max(0, setting.tolerance);
  const fteOf = (c: BoardColumn) => (c.fte > 0 ? c.fte : 1);
  const perFte = inside.some((c) => Math.abs(fteOf(c) - fteOf(inside[0]!)) > EPS);
  const fteSum = inside.reduce((a, c) => a + fteOf(c), 0);
  const share = (c: BoardColumn) => (perFte ? fteOf(c) / fteSum : 1 / k);
  const totalGoals = inside.reduce((a, c) => a + c.goals, tray.goals);
  const totalBudget = inside.reduce((a, c) => a + c.budget, tray.budget);

  const bandOf = (measure: 'goals' | 'budget', expected: number) => {
    if (measure !== setting.by) return null;
    if (measure === 'budget') return { low: expected * (1 - tol), high: expected * (1 + tol) };
    // Whole goals: the tolerance rounds inwards, never tighter than the floor and ceiling of the share.
    return {
      low: Math.max(0, Math.min(Math.floor(expected), Math.ceil(expected * (1 - tol) - EPS))),
      high: Math.max(Math.ceil(expected), Math.floor(expected * (1 + tol) + EPS)),
    };
  };

  const raw = columns.map((c) => {
    const out = outside.has(c.id);
    // Outside the balance a column has no share: its tick sits on its own value and it has no band.
    const eg = out ? c.goals : totalGoals * share(c);
    const eb = out ? c.budget : totalBudget * share(c);
    return {
      c,
      out,
      goals: { value: c.goals, expected: eg, band: out ? null : bandOf('goals', eg) },
      budget: { value: c.budget, expected: eb, band: out ? null : bandOf('budget', eb) },
    };
  });
  const scale = (measure: 'goals' | 'budget') =>
    Math.max(EPS, ...raw.map((r) => Math.max(r[measure].value, r[measure].expected, r[measure].band?.high ?? 0)));
  const sg = scale('goals');
  const sb = scale('budget');
  const bar = (b: { value: number; expected: number; band: BalanceBar['band'] }, s: number): BalanceBar => ({
    ...b,
    status: !b.band
      ? 'within'
      : b.value < b.band.low - EPS * Math.max(1, b.band.low)
        ? 'below'
        : b.value > b.band.high + EPS * Math.max(1, b.band.high)
          ? 'above'
          : 'within',
    fill: Math.min(1, b.value / s),
    expectedAt: Math.min(1, b.expected / s),
    bandAt: b.band ? { low: Math.min(1, b.band.low / s), high: Math.min(1, b.band.high / s) } : null,
  });
  return {
    perFte,
    measure: setting.by,
    tolerance: tol,
    columns: raw.map((r) => ({
      columnId: r.c.id,
      outside: r.out,
      fte: fteOf(r.c),
      goals: bar(r.goals, sg),
      budget: bar(r.budget, sb),
    })),
  };
}
