/**
 * Balance rules that fit real portfolios. Colleges do not give every wethouder the same number of goals: one holds
 * sixteen and another four, by design (FTE, the weight of a field). Besides today's band around the equal share,
 * a rule can measure each holder against its FTE share, against what it holds now, or against a maximum of its
 * own. The board's bars, the suggestions and the optimiser read the same bands from here, so they agree.
 */

export type BalanceKind = 'mean' | 'fte' | 'current' | 'max';

export const BALANCE_KINDS: readonly BalanceKind[] = ['mean', 'fte', 'current', 'max'];

export interface BalanceRule {
  by: 'goals' | 'budget';
  /** 'mean' (default): ±tolerance of the equal share; 'fte': of the FTE share; 'current': of today's load; 'max'. */
  kind?: BalanceKind;
  /** 0.2 = ±20 %. Not used by 'max'. */
  tolerance: number;
  /** Kind 'max': holder id → at most this many goals (or euros). A holder without an entry has no maximum. */
  max?: Readonly<Record<string, number>>;
}

/** What one holder taking part holds now on the rule's measure (goals, or euros), and its FTE. */
export interface HolderLoad {
  holderId: string;
  now: number;
  fte: number;
}

export interface HolderBand {
  holderId: string;
  now: number;
  /** The share the rule measures against (null for a maximum, which has none). */
  expected: number | null;
  low: number;
  high: number;
  status: 'below' | 'within' | 'above';
}

// Budgets are sums of floats: a band edge reached exactly must not read as outside over rounding.
const EPS = 1e-9;

/** Whole goals: the tolerance rounds inwards, never tighter than the floor and ceiling of the share. */
function wholeBand(expected: number, tol: number): { low: number; high: number } {
  return {
    low: Math.max(0, Math.min(Math.floor(expected), Math.ceil(expected * (1 - tol) - EPS))),
    high: Math.max(Math.ceil(expected), Math.floor(expected * (1 + tol) + EPS)),
  };
}

function statusOf(now: number, low: number, high: number): HolderBand['status'] {
  if (now < low - EPS * Math.max(1, Math.abs(low))) return 'below';
  if (now > high + EPS * Math.max(1, Math.abs(high))) return 'above';
  return 'within';
}

/**
 * The band of every holder taking part. `tray` is what no holder holds yet: it belongs to the total the equal and
 * FTE shares divide (a finished draft gives it to someone). `whole` counts goals, so bands are whole numbers.
 * Against today's load a band is never narrower than one goal either way: ±20 % of four goals would otherwise pin
 * a small portfolio, and the rule is meant to let it change a little.
 */
export function holderBands(
  loads: readonly HolderLoad[],
  tray: number,
  rule: BalanceRule,
  whole = rule.by === 'goals',
): HolderBand[] {
  const kind = rule.kind ?? 'mean';
  const tol = Math.max(0, rule.tolerance);
  const total = loads.reduce((s, l) => s + l.now, tray);
  const fteOf = (l: HolderLoad) => (l.fte > 0 ? l.fte : 1);
  const fteSum = loads.reduce((s, l) => s + fteOf(l), 0);
  return loads.map((l) => {
    let expected: number | null;
    let band: { low: number; high: number };
    if (kind === 'max') {
      expected = null;
      const cap = rule.max?.[l.holderId];
      band = { low: 0, high: cap === undefined || !Number.isFinite(cap) ? Infinity : Math.max(0, cap) };
    } else {
      expected =
        kind === 'current' ? l.now : kind === 'fte' ? (total * fteOf(l)) / fteSum : total / Math.max(1, loads.length);
      band = whole ? wholeBand(expected, tol) : { low: expected * (1 - tol), high: expected * (1 + tol) };
      if (kind === 'current' && whole)
        band = { low: Math.max(0, Math.min(band.low, l.now - 1)), high: Math.max(band.high, l.now + 1) };
    }
    return { holderId: l.holderId, now: l.now, expected, ...band, status: statusOf(l.now, band.low, band.high) };
  });
}

/** The holders a draft already has outside the rule's bands: said before any search, by name. */
export function bandBreaches(bands: readonly HolderBand[]): HolderBand[] {
  return bands.filter((b) => b.status !== 'within');
}

export interface BalanceFit {
  kind: BalanceKind;
  /** Message key of the sentence that explains the choice (`balanceFit.*`), and its parameters. */
  reason: 'balanceFitMean' | 'balanceFitFte' | 'balanceFitCurrent';
  params: { smallest: number; largest: number; tolerance: number; outside: number };
}

/**
 * The rule that fits the draft as it stands: the equal share when every holder is within it (today's band),
 * else the FTE share when FTEs differ and every holder is within that, else today's load. A published draft is
 * then always reachable, and the sentence says why the others were not chosen.
 */
export function fitBalance(loads: readonly HolderLoad[], tray: number, by: BalanceRule['by'], tolerance: number) {
  const nows = loads.map((l) => l.now);
  const params = {
    smallest: nows.length ? Math.min(...nows) : 0,
    largest: nows.length ? Math.max(...nows) : 0,
    tolerance,
    outside: bandBreaches(holderBands(loads, tray, { by, kind: 'mean', tolerance })).length,
  };
  const fit = (kind: BalanceKind, reason: BalanceFit['reason']): BalanceFit => ({ kind, reason, params });
  if (params.outside === 0) return fit('mean', 'balanceFitMean');
  const ftes = loads.map((l) => (l.fte > 0 ? l.fte : 1));
  const fteDiffer = ftes.some((f) => Math.abs(f - ftes[0]!) > EPS);
  if (fteDiffer && bandBreaches(holderBands(loads, tray, { by, kind: 'fte', tolerance })).length === 0)
    return fit('fte', 'balanceFitFte');
  return fit('current', 'balanceFitCurrent');
}
