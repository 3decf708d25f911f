import type { Model } from 'highs';

/** x index of the pair {i, j} (i ≠ j) in the row-major upper triangle. */
export const pairIndex = (n: number, i: number, j: number): number =>
  i < j ? i * n - (i * (i + 1)) / 2 + (j - i - 1) : j * n - (j * (j + 1)) / 2 + (i - j - 1);

/** One cut Σ value·x ≤ upper; indices ascending and distinct. */
export interface Cut {
  index: number[];
  value: number[];
  upper: number;
  violation: number;
}

/** Every cut added, in model row order, so duals can be checked without the solver. */
export interface CutStore {
  start: number[];
  index: number[];
  value: number[];
  upper: number[];
}

export function addCuts(model: Model, cols: number, store: CutStore, cuts: readonly Cut[]): void {
  if (cuts.length === 0) return;
  const first = store.upper.length;
  const base = store.index.length;
  for (const c of cuts) {
    store.index.push(...c.index);
    store.value.push(...c.value);
    store.upper.push(c.upper);
    store.start.push(store.index.length);
  }
  model.addRows({
    lower: new Float64Array(cuts.length).fill(-Infinity),
    upper: Float64Array.from(store.upper.slice(first)),
    matrix: {
      format: 'csr',
      numRows: cuts.length,
      numCols: cols,
      starts: Int32Array.from(store.start.slice(first), (s) => s - base),
      indices: Int32Array.from(store.index.slice(base)),
      values: Float64Array.from(store.value.slice(base)),
    },
  });
}

function triangle(n: number, apex: number, a: number, b: number, violation: number): Cut {
  // x_ab − x_a,apex − x_apex,b ≤ 0.
  const entries: [number, number][] = [
    [pairIndex(n, a, b), 1],
    [pairIndex(n, a, apex), -1],
    [pairIndex(n, apex, b), -1],
  ];
  entries.sort((u, v) => u[0] - v[0]);
  return { index: entries.map((e) => e[0]), value: entries.map((e) => e[1]), upper: 0, violation };
}

/** The most violated triangle inequalities x_ab ≤ x_a,apex + x_apex,b (a goal apart from b is apart from apex or apex from b). */
export function triangleCuts(n: number, x: Float64Array, max: number): Cut[] {
  const found: { v: number; t: [number, number, number] }[] = [];
  let threshold = 1e-6;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const xij = x[pairIndex(n, i, j)]!;
      for (let l = j + 1; l < n; l++) {
        const xil = x[pairIndex(n, i, l)]!;
        const xjl = x[pairIndex(n, j, l)]!;
        const v1 = xij - xil - xjl;
        const v2 = xil - xij - xjl;
        const v3 = xjl - xij - xil;
        if (v1 > threshold) found.push({ v: v1, t: [l, i, j] });
        if (v2 > threshold) found.push({ v: v2, t: [j, i, l] });
        if (v3 > threshold) found.push({ v: v3, t: [i, j, l] });
      }
      if (found.length > 8 * max) {
        found.sort((a, b) => b.v - a.v);
        found.length = max;
        threshold = found[max - 1]!.v;
      }
    }
  found.sort((a, b) => b.v - a.v);
  return found.slice(0, max).map((f) => triangle(n, f.t[0], f.t[1], f.t[2], f.v));
}

/** Every triangle inequality (integer stage on tiny instances). */
export function allTriangleCuts(n: number): Cut[] {
  const out: Cut[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      for (let l = j + 1; l < n; l++)
        out.push(triangle(n, l, i, j, 0), triangle(n, j, i, l, 0), triangle(n, i, j, l, 0));
  return out;
}

/** Fewest same-portfolio pairs among q goals in k portfolios: spread as evenly as possible. */
export function fewestTogether(q: number, k: number): number {
  let s = 0;
  for (let p = 0; p < k; p++) {
    const size = Math.floor(q / k) + (p < q % k ? 1 : 0);
    s += (size * (size - 1)) / 2;
  }
  return s;
}

/**
 * General clique inequalities: among any q goals at least fewestTogether(q, k) pairs share a portfolio (there
 * are only k), so Σ_{pairs of Q} x ≤ q(q−1)/2 − fewestTogether(q, k). The triangle relaxation forgets k; these
 * rows bring it back. Separated greedily: from each goal, add the goal farthest (in x) from the set so far, and
 * keep the size q in k+1..3k with the largest violation.
 */
export function cliqueCuts(n: number, k: number, x: Float64Array, max: number): Cut[] {
  if (k < 1 || n <= k) return [];
  const found = new Map<string, Cut>();
  const inSet = new Uint8Array(n);
  const gain = new Float64Array(n);
  for (let s0 = 0; s0 < n; s0++) {
    inSet.fill(0);
    inSet[s0] = 1;
    const set = [s0];
    for (let v = 0; v < n; v++) gain[v] = v === s0 ? 0 : x[pairIndex(n, s0, v)]!;
    let sum = 0;
    let best = { violation: 1e-4, q: 0 };
    for (let q = 2; q <= Math.min(n, 3 * k); q++) {
      let pick = -1;
      for (let v = 0; v < n; v++) if (!inSet[v] && (pick < 0 || gain[v]! > gain[pick]!)) pick = v;
      sum += gain[pick]!;
      inSet[pick] = 1;
      set.push(pick);
      for (let v = 0; v < n; v++) if (!inSet[v]) gain[v]! += x[pairIndex(n, pick, v)]!;
      if (q <= k) continue;
      const violation = sum - ((q * (q - 1)) / 2 - fewestTogether(q, k));
      if (violation > best.violation) best = { violation, q };
    }
    if (best.q === 0) continue;
    const members = set.slice(0, best.q).sort((a, b) => a - b);
    const key = members.join(',');
    if (found.has(key)) continue;
    const index: number[] = [];
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++) index.push(pairIndex(n, members[a]!, members[b]!));
    index.sort((a, b) => a - b);
    found.set(key, {
      index,
      value: index.map(() => 1),
      upper: (best.q * (best.q - 1)) / 2 - fewestTogether(best.q, k),
      violation: best.violation,
    });
  }
  return [...found.values()].sort((a, b) => b.violation - a.violation).slice(0, max);
}
