import type { CompactGraph } from '../../analysis/compactGraph';

/**
 * Eigenvalues of a dense symmetric matrix (row-major, n×n, overwritten): Householder reduction to tridiagonal
 * form, then the implicit QL iteration. Both are backward stable, so each computed eigenvalue is within a small
 * multiple of n·ε·‖A‖ of a true one; callers subtract that margin before relying on them.
 */
export function symmetricEigenvalues(a: Float64Array, n: number): Float64Array {
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  for (let i = n - 1; i > 0; i--) {
    const l = i - 1;
    let h = 0;
    let scale = 0;
    if (l > 0) {
      for (let k = 0; k <= l; k++) scale += Math.abs(a[i * n + k]!);
      if (scale === 0) e[i] = a[i * n + l]!;
      else {
        for (let k = 0; k <= l; k++) {
          a[i * n + k]! /= scale;
          h += a[i * n + k]! * a[i * n + k]!;
        }
        let f = a[i * n + l]!;
        const g = f >= 0 ? -Math.sqrt(h) : Math.sqrt(h);
        e[i] = scale * g;
        h -= f * g;
        a[i * n + l] = f - g;
        f = 0;
        for (let j = 0; j <= l; j++) {
          let gg = 0;
          for (let k = 0; k <= j; k++) gg += a[j * n + k]! * a[i * n + k]!;
          for (let k = j + 1; k <= l; k++) gg += a[k * n + j]! * a[i * n + k]!;
          e[j] = gg / h;
          f += e[j]! * a[i * n + j]!;
        }
        const hh = f / (h + h);
        for (let j = 0; j <= l; j++) {
          const fj = a[i * n + j]!;
          const gj = e[j]! - hh * fj;
          e[j] = gj;
          for (let k = 0; k <= j; k++) a[j * n + k]! -= fj * e[k]! + gj * a[i * n + k]!;
        }
      }
    } else e[i] = a[i * n + l]!;
    d[i] = h;
  }
  for (let i = 0; i < n; i++) d[i] = a[i * n + i]!;
  for (let i = 1; i < n; i++) e[i - 1] = e[i]!;
  if (n > 0) e[n - 1] = 0;
  for (let l = 0; l < n; l++) {
    let iter = 0;
    for (;;) {
      let m = l;
      for (; m < n - 1; m++) {
        const dd = Math.abs(d[m]!) + Math.abs(d[m + 1]!);
        if (Math.abs(e[m]!) <= Number.EPSILON * dd) break;
      }
      if (m === l) break;
      if (++iter > 60) break;
      let g = (d[l + 1]! - d[l]!) / (2 * e[l]!);
      let r = Math.hypot(g, 1);
      g = d[m]! - d[l]! + e[l]! / (g + (g >= 0 ? Math.abs(r) : -Math.abs(r)));
      let s = 1;
      let c = 1;
      let p = 0;
      let i = m - 1;
      for (; i >= l; i--) {
        let f = s * e[i]!;
        const b = c * e[i]!;
        r = Math.hypot(f, g);
        e[i + 1] = r;
        if (r === 0) {
          d[i + 1]! -= p;
          e[m] = 0;
          break;
        }
        s = f / r;
        c = g / r;
        g = d[i + 1]! - p;
        r = (d[i]! - g) * s + 2 * c * b;
        p = s * r;
        d[i + 1] = g + p;
        g = c * r - b;
        f = 0;
      }
      if (r === 0 && i >= l) continue;
      d[l]! -= p;
      e[l] = g;
      e[m] = 0;
    }
  }
  return d.sort();
}

/**
 * Upper limits on how many goals the i largest portfolios (by goal count) can hold together, i = 1..k, from
 * the weight limits: a portfolio weighs at most `hi`, so it holds at most as many goals as the lightest ones
 * that fit; the other k − i portfolios weigh at least (k − i)·lo together, which takes at least as many goals
 * as the heaviest ones reaching that weight. With weight 1 per goal this is min(i·hi, n − (k − i)·lo).
 */
export function partLimits(nodeWeight: Float64Array, k: number, lo: number, hi: number): Float64Array {
  const n = nodeWeight.length;
  const w = Float64Array.from(nodeWeight).sort();
  const scale = Math.max(1, Math.abs(hi));
  const eps = 1e-9 * scale;
  // Most goals one portfolio can hold: the lightest first.
  let most = 0;
  for (let s = 0; most < n && s + w[most]! <= hi + eps; most++) s += w[most]!;
  // Fewest goals that reach weight x: the heaviest first (n + 1 if even all goals do not).
  const fewest = (x: number): number => {
    let c = 0;
    for (let s = 0; s < x - eps; c++) {
      if (c >= n) return n + 1;
      s += w[n - 1 - c]!;
    }
    return c;
  };
  const limits = new Float64Array(k);
  for (let i = 1; i <= k; i++) limits[i - 1] = Math.max(0, Math.min(i * most, n - fewest((k - i) * lo), n));
  limits[k - 1] = n;
  return limits;
}

/**
 * Donath–Hoffman: for a division into parts of sizes m₁ ≥ … ≥ m_k, twice the cut is tr(XᵀLX) ≥ Σ m_i λ_i(L),
 * λ ascending. Rewritten as Σ_{i<k} (λ_i − λ_{i+1})·M_i + λ_k·n with M_i = m₁ + … + m_i, every coefficient is
 * ≤ 0, so replacing M_i by any upper limit (`partLimits`) keeps it a lower bound, whatever the exact sizes.
 * Locks can only raise the true optimum. Eigenvalues are lowered by the solver's error margin first.
 */
export function spectralBound(g: CompactGraph, k: number, limits: Float64Array): number {
  const n = g.n;
  if (n === 0 || k < 2) return 0;
  const a = new Float64Array(n * n);
  let norm = 0;
  for (let e = 0; e < g.m; e++) {
    const s = g.src[e]!;
    const t = g.dst[e]!;
    a[s * n + t]! -= g.weight[e]!;
    a[t * n + s]! -= g.weight[e]!;
  }
  for (let v = 0; v < n; v++) {
    a[v * n + v] = g.degree[v]!;
    norm = Math.max(norm, 2 * g.degree[v]!);
  }
  const lambda = symmetricEigenvalues(a, n);
  // Backward error of the reduction and QL, generously: every eigenvalue may sit this much too high.
  const margin = 64 * n * Number.EPSILON * norm + 1e-9;
  // The Laplacian is positive semidefinite, so clamping at 0 only undoes the margin.
  return (
    limitedSum(
      Float64Array.from(lambda.subarray(0, k), (x) => Math.max(0, x - margin)),
      limits,
    ) / 2
  );
}

/** Σ_{i<k} (λ_i − λ_{i+1})·U_i + λ_k·U_k for ascending λ: the Donath–Hoffman sum with size limits U. */
export function limitedSum(lambda: Float64Array, limits: Float64Array): number {
  const k = limits.length;
  let sum = lambda[k - 1]! * limits[k - 1]!;
  for (let i = 0; i < k - 1; i++) sum += (lambda[i]! - lambda[i + 1]!) * limits[i]!;
  return sum;
}
