import type { CompactGraph } from '../../analysis/compactGraph';

/**
 * Maximum flow (Dinic) between two sets of goals over the links as undirected capacities: the weight of the
 * cheapest set of links whose removal separates them.
 */
export function minCutBetween(g: CompactGraph, source: Uint8Array, sink: Uint8Array): number {
  const n = g.n;
  const S = n;
  const T = n + 1;
  const N = n + 2;
  const head = new Int32Array(N).fill(-1);
  const to: number[] = [];
  const cap: number[] = [];
  const next: number[] = [];
  const addArc = (u: number, v: number, c: number, back: number): void => {
    to.push(v, u);
    cap.push(c, back);
    next.push(head[u]!, head[v]!);
    head[u] = to.length - 2;
    head[v] = to.length - 1;
  };
  let big = 1;
  for (let e = 0; e < g.m; e++) {
    addArc(g.src[e]!, g.dst[e]!, g.weight[e]!, g.weight[e]!);
    big += g.weight[e]!;
  }
  for (let v = 0; v < n; v++) {
    if (source[v]) addArc(S, v, big, 0);
    if (sink[v]) addArc(v, T, big, 0);
  }
  const level = new Int32Array(N);
  const it = new Int32Array(N);
  const queue = new Int32Array(N);
  const bfs = (): boolean => {
    level.fill(-1);
    level[S] = 0;
    let h = 0;
    let t = 0;
    queue[t++] = S;
    while (h < t) {
      const u = queue[h++]!;
      for (let a = head[u]!; a >= 0; a = next[a]!)
        if (cap[a]! > 1e-12 && level[to[a]!]! < 0) {
          level[to[a]!] = level[u]! + 1;
          queue[t++] = to[a]!;
        }
    }
    return level[T]! >= 0;
  };
  const dfs = (u: number, f: number): number => {
    if (u === T) return f;
    for (; it[u]! >= 0; it[u] = next[it[u]!]!) {
      const a = it[u]!;
      const v = to[a]!;
      if (cap[a]! > 1e-12 && level[v] === level[u]! + 1) {
        const d = dfs(v, Math.min(f, cap[a]!));
        if (d > 0) {
          cap[a]! -= d;
          cap[a ^ 1]! += d;
          return d;
        }
      }
    }
    return 0;
  };
  let flow = 0;
  while (bfs()) {
    it.set(head);
    for (let f = dfs(S, Infinity); f > 0; f = dfs(S, Infinity)) flow += f;
  }
  return flow;
}

/**
 * Locked goals in different portfolios must be separated: each portfolio's locked goals are cut off from all
 * other locked goals by at least their minimum cut, and every cut link is counted by at most two portfolios,
 * so half the sum of these minimum cuts bounds any division's cut from below.
 */
export function isolationBound(g: CompactGraph, fixed: Int32Array, k: number): number {
  const groups = Array.from({ length: k }, () => new Uint8Array(g.n));
  const used = new Set<number>();
  for (let v = 0; v < g.n; v++)
    if (fixed[v]! >= 0 && fixed[v]! < k) {
      groups[fixed[v]!]![v] = 1;
      used.add(fixed[v]!);
    }
  if (used.size < 2) return 0;
  let sum = 0;
  for (const p of used) {
    const others = new Uint8Array(g.n);
    for (let v = 0; v < g.n; v++) if (fixed[v]! >= 0 && fixed[v] !== p) others[v] = 1;
    sum += minCutBetween(g, groups[p]!, others);
  }
  return sum / 2;
}
