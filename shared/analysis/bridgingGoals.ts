import type { CompactGraph } from './compactGraph';

/*
 * Measure: weighted betweenness centrality on distance = 1/strength, computed with Brandes' algorithm (2001) using
 * Dijkstra. Why this one: a goal that lies on many of the strongest chains between other goals is the one whose
 * portfolio must broker between policy clusters, whichever draft the college is looking at, so the measure does not
 * depend on the draft and can be memoised per project revision. The participation coefficient over portfolios
 * (Guimerà & Amaral 2005) only sees a goal's direct links and changes with every move; it is reported beside the
 * score as context, not used for ranking.
 *
 * Above `exactLimit` goals exact betweenness (O(n·m·log n)) is too slow, so we use Brandes & Pich (2007) pivot
 * sampling: run the single-source step from `samples` sources drawn with a fixed-seed generator and scale by
 * n/samples. Same graph and options → same result.
 */

export interface BetweennessOptions {
  /** Up to this many goals, betweenness is exact. */
  exactLimit?: number;
  /** Number of sampled sources above `exactLimit`. */
  samples?: number;
  seed?: number;
}

export interface BridgingOptions extends BetweennessOptions {
  /** How many goals to return, highest first. */
  top?: number;
  /** Precomputed `weightedBetweenness(graph)`, e.g. memoised per project revision. */
  centrality?: Float64Array;
}

export interface BridgingGoal {
  goal: number;
  goalId: string;
  /** Part index of the goal in the given parts, −1 when unassigned. */
  part: number;
  /** Normalised betweenness in [0, 1]: share of goal pairs whose strongest chain passes through this goal. */
  score: number;
  /** 1 − Σ_p (w_vp / w_v)² over the parts of its assigned neighbours: 0 all links in one portfolio. */
  participation: number;
}

export const DEFAULT_EXACT_LIMIT = 500;
export const DEFAULT_SAMPLES = 64;

/** Small deterministic generator (mulberry32): same seed, same sources, on every platform. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickSources(n: number, opts: BetweennessOptions): Int32Array {
  const exactLimit = opts.exactLimit ?? DEFAULT_EXACT_LIMIT;
  const samples = Math.min(n, Math.max(1, opts.samples ?? DEFAULT_SAMPLES));
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (n <= exactLimit || samples >= n) return all;
  const rnd = mulberry32(opts.seed ?? 1);
  // Partial Fisher–Yates: the first `samples` entries become a uniform sample without replacement.
  for (let i = 0; i < samples; i++) {
    const j = i + Math.floor(rnd() * (n - i));
    const t = all[i]!;
    all[i] = all[j]!;
    all[j] = t;
  }
  return all.slice(0, samples);
}

/** Normalised weighted betweenness of every goal (see the note at the top of this file). */
export function weightedBetweenness(g: CompactGraph, opts: BetweennessOptions = {}): Float64Array {
  const n = g.n;
  const bc = new Float64Array(n);
  if (n < 3) return bc;
  const sources = pickSources(n, opts);
  const { adjStart, adjNode, adjWeight } = g;
  // Link lengths once, not a division per relaxation; both passes below read the same values, so the
  // predecessor test by float equality stays exact.
  const len = new Float64Array(adjWeight.length);
  for (let j = 0; j < len.length; j++) len[j] = 1 / adjWeight[j]!;
  const dist = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const settled = new Uint8Array(n);
  // Lazy-deletion binary heap: a goal may sit in it several times, stale entries are skipped when popped.
  const cap = 2 * g.m + n + 1;
  const heapKey = new Float64Array(cap);
  const heapNode = new Int32Array(cap);

  for (let si = 0; si < sources.length; si++) {
    const s = sources[si]!;
    dist.fill(Infinity);
    sigma.fill(0);
    delta.fill(0);
    settled.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    let size = 0;
    let count = 0;
    heapKey[0] = 0;
    heapNode[0] = s;
    size = 1;
    while (size > 0) {
      const v: number = heapNode[0]!;
      const dv = heapKey[0]!;
      size--;
      if (size > 0) {
        // Sift the last entry down from the root.
        const lk = heapKey[size]!;
        const ln = heapNode[size]!;
        let i = 0;
        for (;;) {
          let c = 2 * i + 1;
          if (c >= size) break;
          if (c + 1 < size && heapKey[c + 1]! < heapKey[c]!) c++;
          if (heapKey[c]! >= lk) break;
          heapKey[i] = heapKey[c]!;
          heapNode[i] = heapNode[c]!;
          i = c;
        }
        heapKey[i] = lk;
        heapNode[i] = ln;
      }
      if (settled[v] || dv > dist[v]!) continue;
      settled[v] = 1;
      order[count++] = v;
      const end = adjStart[v + 1]!;
      for (let j: number = adjStart[v]!; j < end; j++) {
        const u = adjNode[j]!;
        if (settled[u]) continue;
        const alt = dv + len[j]!;
        const du = dist[u]!;
        if (alt < du) {
          dist[u] = alt;
          sigma[u] = sigma[v]!;
          let i = size++;
          while (i > 0) {
            const p = (i - 1) >> 1;
            if (heapKey[p]! <= alt) break;
            heapKey[i] = heapKey[p]!;
            heapNode[i] = heapNode[p]!;
            i = p;
          }
          heapKey[i] = alt;
          heapNode[i] = u;
        } else if (alt === du) {
          sigma[u]! += sigma[v]!;
        }
      }
    }
    // Dependencies in reverse settling order; predecessors are found again by the same float sum used above
    // (the link's length is the same from both ends).
    for (let i = count - 1; i > 0; i--) {
      const w = order[i]!;
      const dw = dist[w]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      const end = adjStart[w + 1]!;
      for (let j = adjStart[w]!; j < end; j++) {
        const v = adjNode[j]!;
        if (dist[v]! + len[j]! === dw) delta[v]! += sigma[v]! * coeff;
      }
      bc[w]! += delta[w]!;
    }
  }
  // Each unordered pair is seen from both ends; scale samples up to all sources; normalise by the pair count.
  const scale = n / sources.length / 2 / (((n - 1) * (n - 2)) / 2);
  for (let v = 0; v < n; v++) bc[v]! *= scale;
  return bc;
}

/** Participation coefficient of v over the parts of its assigned neighbours; 0 when it has none. */
export function participation(g: CompactGraph, parts: Int32Array, v: number, scratch: Map<number, number>): number {
  scratch.clear();
  let total = 0;
  for (let j = g.adjStart[v]!; j < g.adjStart[v + 1]!; j++) {
    const p = parts[g.adjNode[j]!]!;
    if (p < 0) continue;
    const w = g.adjWeight[j]!;
    total += w;
    scratch.set(p, (scratch.get(p) ?? 0) + w);
  }
  if (total === 0) return 0;
  let sq = 0;
  for (const w of scratch.values()) sq += (w / total) ** 2;
  return 1 - sq;
}

/** The goals with the highest bridging score (ties by goal id), with the part that holds each. */
export function bridgingGoals(g: CompactGraph, parts: Int32Array, opts: BridgingOptions = {}): BridgingGoal[] {
  const bc = opts.centrality ?? weightedBetweenness(g, opts);
  const top = Math.max(0, opts.top ?? 10);
  const idx: number[] = [];
  for (let v = 0; v < g.n; v++) if (bc[v]! > 0) idx.push(v);
  idx.sort((a, b) => bc[b]! - bc[a]! || (g.goalIds[a]! < g.goalIds[b]! ? -1 : 1));
  const scratch = new Map<number, number>();
  return idx.slice(0, top).map((v) => ({
    goal: v,
    goalId: g.goalIds[v]!,
    part: parts[v]! >= 0 ? parts[v]! : -1,
    score: bc[v]!,
    participation: participation(g, parts, v, scratch),
  }));
}
