import { holderBands, type BalanceKind, type HolderBand } from '../../../shared/analysis/balanceRule';
import { loadsOn, type DraftLoads, type HolderTotals } from '../../../shared/analysis/draftLoads';
import type { BalanceSetting } from '../../store/viewSlice';

type Measure = BalanceSetting['by'];

/** One measure of one column against the band of the balance setting. */
export interface BalanceBar {
  value: number;
  /** The share the rule measures against (equal or FTE share, today's load); null for a maximum and outside. */
  expected: number | null;
  /** The band of the balance setting; null on the measure that is not balanced, outside, and without a maximum. */
  band: { low: number; high: number } | null;
  /** Where the value lies against the band ('within' when there is no band). */
  status: 'below' | 'within' | 'above';
  /** Bar length as a fraction of the widest bar or band edge of this measure on the board (0..1). */
  fill: number;
  /** Where `expected` and the band edges sit on the same scale (0..1). */
  expectedAt: number | null;
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
  /** What each holder is measured against: the equal share, the FTE share, today's load, or a maximum. */
  kind: BalanceKind;
  measure: Measure;
  tolerance: number;
  columns: ColumnBalance[];
}

// Budgets are sums of floats: a scale of zero would divide by zero.
const EPS = 1e-9;

/**
 * Balance bars for goals and budget per holder, with the band of the chosen balance setting on its measure. The
 * bands are `holderBands` of the setting's rule over `draftLoads`, the figures the optimiser and the suggestions
 * measure: the tray counts in the total the shares divide (a finished draft gives it to someone), and holders
 * `outside` the balance keep their goals and budget out of every total. The measure that is not balanced shows the
 * share the rule would give it as a tick, without a band; a rule that measures against today's load or a maximum
 * has no share on it.
 */
export function balanceBars(
  loads: DraftLoads,
  setting: Pick<BalanceSetting, 'by' | 'tolerance' | 'kind' | 'max'>,
): BoardBalance {
  const kind = setting.kind;
  const tolerance = Math.max(0, setting.tolerance);
  const bandsOn = (measure: Measure): HolderBand[] => {
    const on = loadsOn(loads, measure);
    // Maxima are in the unit of the balanced measure; the other one only shows its share.
    const max = measure === setting.by ? setting.max : {};
    return holderBands(on.loads, on.tray, { by: measure, kind, tolerance, max });
  };
  const measures = { goals: bandsOn('goals'), budget: bandsOn('budget') };

  const rawOf = (h: HolderTotals, i: number, out: boolean, measure: Measure) => {
    const b = out ? undefined : measures[measure][i]!;
    const balanced = measure === setting.by;
    const expected = !b || (!balanced && kind === 'current') ? null : b.expected;
    const band = !b || !balanced || b.high === Infinity ? null : { low: b.low, high: b.high };
    return { value: h[measure], expected, band, status: band ? b!.status : ('within' as const) };
  };
  const raw = [
    ...loads.holders.map((h, i) => ({
      h,
      out: false,
      goals: rawOf(h, i, false, 'goals'),
      budget: rawOf(h, i, false, 'budget'),
    })),
    ...loads.outside.map((h) => ({
      h,
      out: true,
      goals: rawOf(h, -1, true, 'goals'),
      budget: rawOf(h, -1, true, 'budget'),
    })),
  ];
  const scale = (measure: Measure) =>
    Math.max(EPS, ...raw.map((r) => Math.max(r[measure].value, r[measure].expected ?? 0, r[measure].band?.high ?? 0)));
  const at = (x: number, s: number) => Math.min(1, x / s);
  const bar = (b: (typeof raw)[number]['goals'], s: number): BalanceBar => ({
    ...b,
    fill: at(b.value, s),
    expectedAt: b.expected === null ? null : at(b.expected, s),
    bandAt: b.band ? { low: at(b.band.low, s), high: at(b.band.high, s) } : null,
  });
  const sg = scale('goals');
  const sb = scale('budget');
  return {
    kind,
    measure: setting.by,
    tolerance,
    columns: raw.map((r) => ({
      columnId: r.h.holderId,
      outside: r.out,
      fte: r.h.fte > 0 ? r.h.fte : 1,
      goals: bar(r.goals, sg),
      budget: bar(r.budget, sb),
    })),
  };
}
