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
  /** Views into one flat buffer; callers may overwrite them in place (`set`), never replace them. */
  readonly vectors: Float64Array[];
  values: Float64Array;
  private readonly b: number;
  /** Work space: the search basis [X, R, P] and its image under A, one row per vector. */
  private readonly z: Float64Array[];
  private readonly az: Float64Array[];
  private readonly ax: Float64Array[];
  private readonly dir: Float64Array[];
  private hasDir = false;

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
    this.b = b;
    const rows = (count: number): Float64Array[] => {
      const flat = new Float64Array(count * n);
      return Array.from({ length: count }, (_, i) => flat.subarray(i * n, (i + 1) * n));
    };
    this.vectors = rows(b);
    for (const v of this.vectors) for (let t = 0; t < n; t++) v[t] = rand();
    this.values = new Float64Array(b);
    this.z = rows(3 * b);
    this.az = rows(3 * b);
    this.ax = rows(b);
    this.dir = rows(b);
  }

  /** A few LOBPCG steps on the matrix as it is now, starting from the current block. */
  iterate(apply: MatVec, steps: number, precondition?: (r: Float64Array) => void): void {
    const { n, b, z, az, ax, dir } = this;
    const x = this.vectors;
    for (let step = 0; step < steps; step++) {
      for (let i = 0; i < b; i++) {
        const xi = x[i]!;
        const axi = ax[i]!;
        // After the first step A·X is known from the Rayleigh–Ritz combination below (same matrix).
        if (step === 0) apply(xi, axi);
        let theta = 0;
        let norm = 0;
        for (let t = 0; t < n; t++) {
          theta += xi[t]! * axi[t]!;
          norm += xi[t]! * xi[t]!;
        }
        theta /= norm || 1;
        z[i]!.set(xi);
        const r = z[b + i]!;
        for (let t = 0; t < n; t++) r[t] = axi[t]! - theta * xi[t]!;
        precondition?.(r);
        if (this.hasDir) z[2 * b + i]!.set(dir[i]!);
      }
      const { kept, fromBlock } = orthonormalRows(z, this.hasDir ? 3 * b : 2 * b, n, b);
      const q = kept;
      for (let i = 0; i < q; i++) apply(z[i]!, az[i]!);
      const g = new Float64Array(q * q);
      for (let i = 0; i < q; i++) {
        const zi = z[i]!;
        for (let j = i; j < q; j++) {
          const azj = az[j]!;
          let s = 0;
          for (let t = 0; t < n; t++) s += zi[t]! * azj[t]!;
          g[i * q + j] = s;
          g[j * q + i] = s;
        }
      }
      const { values, vectors } = jacobiEigen(g, q);
      const keep = Math.min(b, q);
      for (let c = 0; c < keep; c++) {
        const v = x[c]!;
        const av = ax[c]!;
        const p = dir[c]!;
        v.fill(0);
        av.fill(0);
        p.fill(0);
        for (let i = 0; i < q; i++) {
          const w = vectors[i * q + c]!;
          if (w === 0) continue;
          const zi = z[i]!;
          const azi = az[i]!;
          for (let t = 0; t < n; t++) {
            v[t]! += w * zi[t]!;
            av[t]! += w * azi[t]!;
          }
          // The first rows of the basis span the old block: the rest is the search direction.
          if (i >= fromBlock) for (let t = 0; t < n; t++) p[t]! += w * zi[t]!;
        }
      }
      this.values = values.slice(0, b);
      this.hasDir = keep === b;
    }
  }
}

/**
 * Modified Gram–Schmidt, twice, in place over the first `count` rows, dropping rows (nearly) in the span of the
 * earlier ones; kept rows are moved to the front. `fromBlock` is how many of the first `block` rows survived.
 */
function orthonormalRows(
  rows: Float64Array[],
  count: number,
  n: number,
  block: number,
): { kept: number; fromBlock: number } {
  let kept = 0;
  let fromBlock = 0;
  for (let j = 0; j < count; j++) {
    const v = rows[kept]!;
    if (j !== kept) v.set(rows[j]!);
    let norm0 = 0;
    for (let t = 0; t < n; t++) norm0 += v[t]! * v[t]!;
    if (!(norm0 > 0)) continue;
    for (let pass = 0; pass < 2; pass++)
      for (let i = 0; i < kept; i++) {
        const u = rows[i]!;
        let dot = 0;
        for (let t = 0; t < n; t++) dot += u[t]! * v[t]!;
        for (let t = 0; t < n; t++) v[t]! -= dot * u[t]!;
      }
    let norm = 0;
    for (let t = 0; t < n; t++) norm += v[t]! * v[t]!;
    if (norm <= 1e-20 * norm0) continue;
    const inv = 1 / Math.sqrt(norm);
    for (let t = 0; t < n; t++) v[t]! *= inv;
    kept++;
    if (j < block) fromBlock = kept;
  }
  return { kept, fromBlock };
}
