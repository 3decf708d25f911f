/**
 * The few smallest eigenpairs of a large sparse symmetric matrix, tracked while the matrix changes a little at a
 * time (LOBPCG, warm started from the previous vectors). Only used to steer the search for a good diagonal
 * shift: the bound itself is always recomputed from a backward-stable dense solve, so inaccurate vectors here
 * can make the bound weaker, never invalid.
 */

/** Eigenpairs of a small dense symmetric matrix by cyclic Jacobi rotations; vectors are the columns of `vec`. */
export function jacobiEigen(a: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let scale = 0;
  for (const x of a) scale += x * x;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += a[i * n + j]! ** 2;
    if (off <= 1e-22 * scale) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (apq === 0) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < n; r++) {
          const arp = a[r * n + p]!;
          const arq = a[r * n + q]!;
          a[r * n + p] = c * arp - s * arq;
          a[r * n + q] = s * arp + c * arq;
        }
        for (let r = 0; r < n; r++) {
          const apr = a[p * n + r]!;
          const aqr = a[q * n + r]!;
          a[p * n + r] = c * apr - s * aqr;
          a[q * n + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < n; r++) {
          const vrp = v[r * n + p]!;
          const vrq = v[r * n + q]!;
          v[r * n + p] = c * vrp - s * vrq;
          v[r * n + q] = s * vrp + c * vrq;
        }
      }
  }
  const order = [...Array(n).keys()].sort((x, y) => a[x * n + x]! - a[y * n + y]!);
  const values = Float64Array.from(order, (i) => a[i * n + i]!);
  const vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    for (let r = 0; r < n; r++) vectors[r * n + dst] = v[r * n + src]!;
  });
  return { values, vectors };
}

/** y = A·x for the current matrix. */
export type MatVec = (x: Float64Array, y: Float64Array) => void;

/** Block of `b` approximate eigenvectors (each a Float64Array of length n) and their Ritz values, ascending. */
export class EigenBlock {
  readonly vectors: Float64Array[];
  values: Float64Array;
  private directions: Float64Array[] = [];

  constructor(
    private readonly n: number,
    b: number,
    seed: number,
  ) {
    let state = seed >>> 0 || 1;
    const rand = (): number => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) / 4294967296 - 0.5;
    };
    this.vectors = Array.from({ length: b }, () => Float64Array.from({ length: n }, rand));
    this.values = new Float64Array(b);
  }

  /** A few LOBPCG steps on the matrix as it is now, starting from the current block. */
  iterate(apply: MatVec, steps: number, precondition?: (r: Float64Array) => void): void {
    const n = this.n;
    const b = this.vectors.length;
    for (let step = 0; step < steps; step++) {
      const x = this.vectors;
      const ax = x.map((v) => {
        const y = new Float64Array(n);
        apply(v, y);
        return y;
      });
      const residuals = x.map((v, i) => {
        const r = Float64Array.from(ax[i]!);
        let theta = 0;
        for (let t = 0; t < n; t++) theta += v[t]! * ax[i]![t]!;
        for (let t = 0; t < n; t++) r[t]! -= theta * v[t]!;
        precondition?.(r);
        return r;
      });
      const basis = orthonormal([...x, ...residuals, ...this.directions]);
      const q = basis.length;
      const abasis = basis.map((v) => {
        const y = new Float64Array(n);
        apply(v, y);
        return y;
      });
      const g = new Float64Array(q * q);
      for (let i = 0; i < q; i++)
        for (let j = i; j < q; j++) {
          let s = 0;
          for (let t = 0; t < n; t++) s += basis[i]![t]! * abasis[j]![t]!;
          g[i * q + j] = s;
          g[j * q + i] = s;
        }
      const { values, vectors } = jacobiEigen(g, q);
      const keep = Math.min(b, q);
      const next: Float64Array[] = [];
      const dirs: Float64Array[] = [];
      for (let c = 0; c < keep; c++) {
        const v = new Float64Array(n);
        const p = new Float64Array(n);
        for (let i = 0; i < q; i++) {
          const w = vectors[i * q + c]!;
          if (w === 0) continue;
          const bi = basis[i]!;
          for (let t = 0; t < n; t++) v[t]! += w * bi[t]!;
          // The first vectors of the basis span the old block: the rest is the search direction.
          if (i >= Math.min(b, q)) for (let t = 0; t < n; t++) p[t]! += w * bi[t]!;
        }
        next.push(v);
        dirs.push(p);
      }
      for (let c = 0; c < keep; c++) this.vectors[c] = next[c]!;
      this.values = values.slice(0, b);
      this.directions = dirs;
    }
  }
}

/** Modified Gram–Schmidt, twice, dropping vectors that are (nearly) in the span of the earlier ones. */
function orthonormal(vs: Float64Array[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (const v0 of vs) {
    const v = Float64Array.from(v0);
    let norm0 = 0;
    for (const x of v) norm0 += x * x;
    if (!(norm0 > 0)) continue;
    for (let pass = 0; pass < 2; pass++)
      for (const u of out) {
        let dot = 0;
        for (let t = 0; t < v.length; t++) dot += u[t]! * v[t]!;
        for (let t = 0; t < v.length; t++) v[t]! -= dot * u[t]!;
      }
    let norm = 0;
    for (const x of v) norm += x * x;
    if (norm <= 1e-20 * norm0) continue;
    const inv = 1 / Math.sqrt(norm);
    for (let t = 0; t < v.length; t++) v[t]! *= inv;
    out.push(v);
  }
  return out;
}
