/** Whole-goal limits of balance by goals (as `balanceLimits` sets them) for `total` goals over k holders. */
export function goalLimits(total: number, k: number, tolerance: number): { lo: number; hi: number } {
  const t = total / k;
  const tol = Math.max(0, tolerance);
  const lo = Math.min(Math.floor(t), Math.ceil(t * (1 - tol) - 1e-9));
  const hi = Math.max(Math.ceil(t), Math.floor(t * (1 + tol) + 1e-9));
  return { lo: Math.max(0, lo), hi };
}

/**
 * The tolerance that makes the budget path's limits t·(1 ± x) admit exactly the whole numbers lo..hi of
 * `goalLimits` (t = total / k). Weights are whole, so any lower limit in (lo − 1, lo] and upper limit in
 * [hi, hi + 1) will do; the middle of that window keeps clear of float noise. With lo clamped at 0 the lower limit
 * only has to stay at or below 0, so the upper one sits at hi + ½.
 */
export function goalCountTolerance(total: number, k: number, tolerance: number): number {
  const t = total / k;
  const { lo, hi } = goalLimits(total, k, tolerance);
  const mid = (hi - lo + 1) / (2 * t);
  const fits = (x: number) => {
    const l = t * (1 - x);
    const h = t * (1 + x);
    return (lo === 0 ? l <= 1e-9 : l > lo - 1 && l <= lo) && h >= hi && h < hi + 1;
  };
  return fits(mid) ? mid : (hi + 0.5 - t) / t;
}
