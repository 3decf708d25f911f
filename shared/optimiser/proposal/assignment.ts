/**
 * The assignment problem: give each of n rows its own column so the summed weight is as large as possible. The
 * Hungarian method with potentials (O(n³)); holders are few, so this is instant, and unlike a greedy choice it is
 * exact: a greedy relabelling handed the wethouder of education and poverty the housing cluster because that
 * cluster happened to be matched first.
 */
export function maxWeightAssignment(weight: readonly (readonly number[])[]): number[] {
  const n = weight.length;
  if (n === 0) return [];
  let top = 0;
  for (const row of weight) for (const w of row) if (Number.isFinite(w)) top = Math.max(top, Math.abs(w));
  // Forbidden pairs (−Infinity) cost more than any assignment of allowed ones can gain.
  const forbidden = (top + 1) * (n + 1);
  const cost = (i: number, j: number): number => {
    const w = weight[i]![j]!;
    return Number.isFinite(w) ? -w : forbidden;
  };
  // 1-based arrays of the classic formulation: u, v potentials; p[j] the row holding column j; way for the path.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const col = new Array<number>(n).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j]! > 0) col[p[j]! - 1] = j - 1;
  return col;
}
