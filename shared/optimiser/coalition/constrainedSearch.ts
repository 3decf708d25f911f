import type { Rng } from '../search/prng';
import { balanceScale, bandExcess, partExcess, type ConstrainedProblem } from './constrainedProblem';

export interface ConstrainedOutcome {
  /** The best division that meets every constraint, or null when none was found. */
  best: { parts: Int32Array; cut: number } | null;
  /** The division closest to meeting them (least violation, then least cut): what a diagnosis reads. */
  closest: Int32Array;
  cancelled: boolean;
}

export interface ConstrainedOptions {
  /** Tabu steps at most, over all starts. */
  steps: number;
  /** Steps without a better division before the search ends (or, without a feasible one, starts afresh). */
  patience: number;
  /** Fresh starts when no feasible division turns up. */
  restarts: number;
  shouldStop?: () => boolean;
}

const TOL = 1e-12;
/** Swap partners are sought for this many nodes per step above SWAP_ALL nodes; below, every pair is tried. */
const SWAP_CANDIDATES = 24;
const SWAP_ALL = 64;

/**
 * Tabu search over single moves and swaps on the lexicographic objective (violation, cut): from a division that
 * breaks constraints it first repairs (any step that lowers the violation beats any step that does not), then keeps
 * to divisions that meet them and lowers the cut. Ties are broken by the seeded generator, so a seed gives one answer.
 */
export function constrainedSearch(
  cp: ConstrainedProblem,
  start: Int32Array,
  rng: Rng,
  options: ConstrainedOptions,
): ConstrainedOutcome {
  const { n, k, adjStart, adjNode, adjWeight, weight, fixed, barred, apartStart, apartNode, band } = cp;
  const scale = balanceScale(cp);
  const Q = band ? band.lo.length : 0;
  const parts = start.slice();
  const conn = new Float64Array(n * k);
  const W = new Float64Array(k);
  const A = new Float64Array(Q);
  let cut = 0;
  let vApart = 0;
  const nb = new Float64Array(n);
  const wants = new Int32Array(n).fill(-1);

  const load = () => {
    conn.fill(0);
    W.fill(0);
    A.fill(0);
    cut = 0;
    vApart = 0;
    for (let v = 0; v < n; v++) {
      const p = parts[v]!;
      W[p]! += weight[v]!;
      if (band && band.partyOfPart[p]! >= 0) A[band.partyOfPart[p]!]! += band.amount[v]!;
      if (barred[v * k + p]) vApart++;
      for (let j = adjStart[v]!; j < adjStart[v + 1]!; j++) {
        const u = adjNode[j]!;
        conn[v * k + parts[u]!]! += adjWeight[j]!;
        if (parts[u] !== p && u > v) cut += adjWeight[j]!;
      }
      for (let j = apartStart[v]!; j < apartStart[v + 1]!; j++)
        if (apartNode[j]! > v && parts[apartNode[j]!] === p) vApart++;
    }
  };
  const balanceV = () => {
    let s = 0;
    for (let p = 0; p < k; p++) s += partExcess(cp, p, W[p]!) / scale;
    return s;
  };
  const bandV = () => (band ? bandExcess(band, A) : 0);
  // Band violation with `x` moved from party qa to qb (either −1) and `y` back: A is restored before returning.
  const bandWith = (qa: number, qb: number, x: number): number => {
    if (!band || qa === qb || x === 0) return bandV();
    if (qa >= 0) A[qa]! -= x;
    if (qb >= 0) A[qb]! += x;
    const out = bandExcess(band, A);
    if (qa >= 0) A[qa]! += x;
    if (qb >= 0) A[qb]! -= x;
    return out;
  };
  const apartAt = (v: number, p: number, skip: number) => {
    let c = barred[v * k + p]!;
    for (let j = apartStart[v]!; j < apartStart[v + 1]!; j++) {
      const u = apartNode[j]!;
      if (u !== skip && parts[u] === p) c++;
    }
    return c;
  };
  const partyOf = (p: number) => (band ? band.partyOfPart[p]! : -1);

  let dV = 0;
  let dC = 0;
  const moveDelta = (v: number, to: number, bB: number) => {
    const from = parts[v]!;
    const w = weight[v]!;
    dC = conn[v * k + from]! - conn[v * k + to]!;
    const bal =
      (partExcess(cp, from, W[from]! - w) +
        partExcess(cp, to, W[to]! + w) -
        partExcess(cp, from, W[from]!) -
        partExcess(cp, to, W[to]!)) /
      scale;
    const ap = apartAt(v, to, -1) - apartAt(v, from, -1);
    const bd = band ? bandWith(partyOf(from), partyOf(to), band.amount[v]!) - bB : 0;
    dV = bal + ap + bd;
  };
  const swapDelta = (u: number, v: number, wuv: number, bB: number) => {
    const a = parts[u]!;
    const b = parts[v]!;
    dC = conn[u * k + a]! - conn[u * k + b]! + conn[v * k + b]! - conn[v * k + a]! + 2 * wuv;
    const shift = weight[v]! - weight[u]!;
    const bal =
      (partExcess(cp, a, W[a]! + shift) +
        partExcess(cp, b, W[b]! - shift) -
        partExcess(cp, a, W[a]!) -
        partExcess(cp, b, W[b]!)) /
      scale;
    const ap = apartAt(u, b, v) + apartAt(v, a, u) - apartAt(u, a, v) - apartAt(v, b, u);
    let bd = 0;
    if (band) {
      const qa = partyOf(a);
      const qb = partyOf(b);
      const x = band.amount[u]! - band.amount[v]!;
      bd = bandWith(qa, qb, x) - bB;
    }
    dV = bal + ap + bd;
  };
  const apply = (v: number, to: number) => {
    const from = parts[v]!;
    cut += conn[v * k + from]! - conn[v * k + to]!;
    vApart += apartAt(v, to, -1) - apartAt(v, from, -1);
    W[from]! -= weight[v]!;
    W[to]! += weight[v]!;
    if (band) {
      const qa = partyOf(from);
      const qb = partyOf(to);
      if (qa >= 0) A[qa]! -= band.amount[v]!;
      if (qb >= 0) A[qb]! += band.amount[v]!;
    }
    for (let j = adjStart[v]!; j < adjStart[v + 1]!; j++) {
      const u = adjNode[j]!;
      conn[u * k + from]! -= adjWeight[j]!;
      conn[u * k + to]! += adjWeight[j]!;
    }
    parts[v] = to;
  };

  const free: number[] = [];
  for (let v = 0; v < n; v++) if (fixed[v]! < 0) free.push(v);
  let best: { parts: Int32Array; cut: number } | null = null;
  let closest = parts.slice();
  let closestV = Infinity;
  let closestCut = Infinity;
  const tabuUntil = new Int32Array(n);
  let steps = 0;
  let cancelled = false;

  for (let round = 0; round <= options.restarts && steps < options.steps; round++) {
    if (round > 0) {
      // A fresh start: free nodes spread at random over the parts not barred to them.
      for (const v of free) {
        let p = rng.int(k);
        for (let t = 0; t < k && barred[v * k + p]; t++) p = (p + 1) % k;
        parts[v] = p;
      }
      tabuUntil.fill(0);
    }
    load();
    let lastGain = steps;
    let roundBest = Infinity;
    let roundBestCut = Infinity;
    while (steps < options.steps && steps - lastGain < options.patience) {
      if (options.shouldStop?.()) {
        cancelled = true;
        break;
      }
      steps++;
      const vNow = balanceV() + vApart + bandV();
      const bB = bandV();
      if (vNow < closestV - TOL || (vNow <= closestV + TOL && cut < closestCut - TOL)) {
        closestV = vNow;
        closestCut = cut;
        closest = parts.slice();
      }
      if (vNow <= TOL && (!best || cut < best.cut - TOL)) best = { parts: parts.slice(), cut };
      if (vNow < roundBest - TOL || (vNow <= roundBest + TOL && cut < roundBestCut - TOL)) {
        roundBest = vNow;
        roundBestCut = cut;
        lastGain = steps;
      }
      // The best step: lexicographic in (violation, cut), ties drawn at random.
      let bestV = Infinity;
      let bestC = Infinity;
      let ties = 0;
      let pick = -1;
      let pickTo = -1;
      let pickSwap = -1;
      const consider = (v: number, to: number, other: number, tabu: boolean) => {
        if (tabu) {
          // Aspiration: a tabu step is taken when it reaches a division better than any so far.
          const nv = vNow + dV;
          const better = nv < closestV - TOL || (nv <= closestV + TOL && cut + dC < closestCut - TOL);
          if (!better) return;
        }
        if (dV < bestV - TOL || (dV <= bestV + TOL && dC < bestC - TOL)) {
          bestV = dV;
          bestC = dC;
          ties = 1;
        } else if (dV <= bestV + TOL && dC <= bestC + TOL) {
          ties++;
          if (rng.int(ties) !== 0) return;
        } else return;
        pick = v;
        pickTo = to;
        pickSwap = other;
      };
      const candidates: { v: number; s: number; c: number; to: number }[] = [];
      for (const v of free) {
        const from = parts[v]!;
        const tabu = tabuUntil[v]! > steps;
        let mine = Infinity;
        let mineC = Infinity;
        let mineTo = -1;
        for (let to = 0; to < k; to++) {
          if (to === from || barred[v * k + to]) continue;
          moveDelta(v, to, bB);
          consider(v, to, -1, tabu);
          if (dV < mine - TOL || (dV <= mine + TOL && dC < mineC)) {
            mine = dV;
            mineC = dC;
            mineTo = to;
          }
        }
        candidates.push({ v, s: mine, c: mineC, to: mineTo });
      }
      if (k > 1) {
        // Small problems try every pair; larger ones the nodes with the best moves, each with the nodes of the part
        // it would best move to.
        const all = free.length <= SWAP_ALL;
        let list = free;
        if (!all) {
          candidates.sort((x, y) => x.s - y.s || x.c - y.c || x.v - y.v);
          list = candidates.slice(0, SWAP_CANDIDATES).map((x) => x.v);
          wants.fill(-1);
          for (const x of candidates.slice(0, SWAP_CANDIDATES)) wants[x.v] = x.to;
        }
        for (const u of list) {
          for (let j = adjStart[u]!; j < adjStart[u + 1]!; j++) nb[adjNode[j]!]! += adjWeight[j]!;
          const tabuU = tabuUntil[u]! > steps;
          for (const v of free) {
            if (all ? v <= u : parts[v] !== wants[u]) continue;
            if (parts[v] === parts[u]) continue;
            if (barred[u * k + parts[v]!] || barred[v * k + parts[u]!]) continue;
            swapDelta(u, v, nb[v]!, bB);
            consider(u, parts[v]!, v, tabuU || tabuUntil[v]! > steps);
          }
          for (let j = adjStart[u]!; j < adjStart[u + 1]!; j++) nb[adjNode[j]!] = 0;
        }
      }
      if (pick < 0) break;
      const tenure = 2 + rng.int(Math.max(2, Math.min(12, free.length >> 2)));
      if (pickSwap >= 0) {
        const back = parts[pick]!;
        apply(pick, pickTo);
        apply(pickSwap, back);
        tabuUntil[pickSwap] = steps + tenure;
      } else apply(pick, pickTo);
      tabuUntil[pick] = steps + tenure;
    }
    if (cancelled) break;
    // Check the last division too (the loop looks at a division before stepping away from it).
    const vEnd = balanceV() + vApart + bandV();
    if (vEnd <= TOL && (!best || cut < best.cut - TOL)) best = { parts: parts.slice(), cut };
    if (vEnd < closestV - TOL || (vEnd <= closestV + TOL && cut < closestCut - TOL)) {
      closestV = vEnd;
      closestCut = cut;
      closest = parts.slice();
    }
    if (best) break;
  }
  return { best, closest, cancelled };
}
