import type { CompactGraph } from './compactGraph';

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
 * Donath–Hoffman bound for parts of limited size: a division into parts of sizes m₁ ≥ … ≥ m_k cuts at least
 * ½ Σ m_i λ_i(L), with λ the Laplacian's eigenvalues in ascending order. Sizes may vary within [lo, hi], so the
 * smallest such sum over allowed size vectors is taken (largest sizes on the smallest eigenvalues). Valid for
 * goal-count balance only; locks can only raise the true optimum.
 */
export function spectralBound(g: CompactGraph, k: number, lo: number, hi: number): number {
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
  const sizes: number[] = [];
  let left = n;
  for (let i = 0; i < k; i++) {
    const rest = k - 1 - i;
    const m = Math.max(lo, Math.min(hi, left - rest * lo));
    sizes.push(m);
    left -= m;
  }
  if (left !== 0) return 0;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += sizes[i]! * Math.max(0, lambda[i]! - margin);
  return sum / 2;
}
