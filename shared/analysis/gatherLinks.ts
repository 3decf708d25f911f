import type { CompactGraph } from './compactGraph';
import { LINK_KEPT, LINK_SPLIT, LINK_UNASSIGNED, CLASSIC_PHYSICAL, CLASSIC_SOCIAL, type PartScore } from './scoreParts';
import { linkClassesOf, LINK_CROSS_DOMAIN, LINK_OMGEVINGSWET } from './linkClasses';

// Imported constants read in hot loops are copied into locals: a CommonJS transpile (tsx, vitest) turns each
// read of an imported binding into a getter call.
const KEPT = LINK_KEPT;
const SPLIT = LINK_SPLIT;
const UNASSIGNED = LINK_UNASSIGNED;
const CROSS = LINK_CROSS_DOMAIN;
const OWB = LINK_OMGEVINGSWET;
const SOCIAL = CLASSIC_SOCIAL;
const PHYSICAL = CLASSIC_PHYSICAL;

/**
 * Link and goal indices behind a division's figures, in link order within every list. Lists are typed-array
 * prefixes of the given lengths; pair p = a·k + b (a < b) owns slots [pairStart[p], pairStart[p] + count) of
 * `pairLinks`, `goalsA` and `goalsB`, of which `goalsACount[p]` and `goalsBCount[p]` hold distinct goals.
 * The buffers are shared per graph and overwritten by the next call: read them before calling again.
 */
export interface GatheredLinks {
  kept: Int32Array;
  keptCount: number;
  split: Int32Array;
  splitCount: number;
  unassigned: Int32Array;
  unassignedCount: number;
  crossDomain: Int32Array;
  crossDomainCount: number;
  omgevingswet: Int32Array;
  omgevingswetCount: number;
  socialPhysical: Int32Array;
  socialPhysicalCount: number;
  pairLinks: Int32Array;
  goalsA: Int32Array;
  goalsB: Int32Array;
  pairStart: Int32Array;
  goalsACount: Int32Array;
  goalsBCount: Int32Array;
}

interface Scratch {
  lists: Int32Array[];
}

// Index buffers of a graph's link count (plus one slot: a gather may write one past its count without
// advancing), reused by every call on that graph: fresh ones of this size come from the operating system each
// time and cost more than the pass that fills them.
const scratchCache = new WeakMap<CompactGraph, Scratch>();

function scratchOf(g: CompactGraph): Int32Array[] {
  let s = scratchCache.get(g);
  if (!s) {
    const size = g.m + 1;
    const all = new Int32Array(9 * size);
    s = { lists: Array.from({ length: 9 }, (_, i) => all.subarray(i * size, (i + 1) * size)) };
    scratchCache.set(g, s);
  }
  return s.lists;
}

/*
 * Every loop below writes each index and advances its list by 0 or 1, so no branch depends on the division:
 * on a scattered draft such branches mispredict often enough to cost several bare passes. The work is split
 * into small loops over few arrays each, which the JIT compiles sooner and keeps in registers.
 */

function byVerdict(status: Uint8Array, m: number, kept: Int32Array, split: Int32Array, unassigned: Int32Array): number[] {
  const isKept = new Int32Array(3);
  const isSplit = new Int32Array(3);
  const isUnassigned = new Int32Array(3);
  isKept[KEPT] = 1;
  isSplit[SPLIT] = 1;
  isUnassigned[UNASSIGNED] = 1;
  let nk = 0, ns = 0, nu = 0;
  for (let e = 0; e < m; e++) {
    const st = status[e]!;
    kept[nk] = e;
    nk += isKept[st]!;
    split[ns] = e;
    ns += isSplit[st]!;
    unassigned[nu] = e;
    nu += isUnassigned[st]!;
  }
  return [nk, ns, nu];
}

function byClass(flags: Uint8Array, split: Int32Array, ns: number, cross: Int32Array, ow: Int32Array): number[] {
  let nc = 0, no = 0;
  for (let i = 0; i < ns; i++) {
    const e = split[i]!;
    const f = flags[e]!;
    cross[nc] = e;
    nc += f & CROSS;
    ow[no] = e;
    no += (f & OWB) >> 1;
  }
  return [nc, no];
}

function socialPhysical(g: CompactGraph, parts: Int32Array, k: number, s: PartScore, ow: Int32Array, no: number, out: Int32Array): number {
  const spOf = new Int32Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      const la = s.leaning[a]!;
      const lb = s.leaning[b]!;
      spOf[a * k + b] = (la === SOCIAL && lb === PHYSICAL) || (la === PHYSICAL && lb === SOCIAL) ? 1 : 0;
    }
  }
  const { src, dst } = g;
  let n = 0;
  for (let i = 0; i < no; i++) {
    const e = ow[i]!;
    out[n] = e;
    n += spOf[parts[src[e]!]! * k + parts[dst[e]!]!]!;
  }
  return n;
}

/**
 * Split links grouped per pair, and each pair's distinct ends in first-seen order. Per cell a·k + b, `cell`
 * holds (stride 4) the pair lo·k + hi, lo, hi, and −1 when the link runs from hi to lo (0 otherwise); per pair,
 * `state` holds (stride 4) the next link slot, the first slot, and the counts of goals A and B so far.
 */
function byPair(
  g: CompactGraph,
  parts: Int32Array,
  k: number,
  split: Int32Array,
  ns: number,
  cell: Int32Array,
  state: Int32Array,
  out: { pairLinks: Int32Array; goalsA: Int32Array; goalsB: Int32Array },
): void {
  const { src, dst } = g;
  const { pairLinks, goalsA, goalsB } = out;
  // seen[v·k + q]: goal v is already listed as an end towards part q.
  const seen = new Uint8Array(g.n * k);
  for (let i = 0; i < ns; i++) {
    const e = split[i]!;
    const x = src[e]!;
    const y = dst[e]!;
    const c = 4 * (parts[x]! * k + parts[y]!);
    const p = 4 * cell[c]!;
    const swap = (x ^ y) & cell[c + 3]!;
    const ga = x ^ swap;
    const gb = y ^ swap;
    pairLinks[state[p]!++] = e;
    const start = state[p + 1]!;
    const sa = ga * k + cell[c + 2]!;
    goalsA[start + state[p + 2]!] = ga;
    state[p + 2]! += 1 - seen[sa]!;
    seen[sa] = 1;
    const sb = gb * k + cell[c + 1]!;
    goalsB[start + state[p + 3]!] = gb;
    state[p + 3]! += 1 - seen[sb]!;
    seen[sb] = 1;
  }
}

export function gatherLinks(g: CompactGraph, parts: Int32Array, k: number, s: PartScore): GatheredLinks {
  const [kept, split, unassigned, crossDomain, omgevingswet, sp, pairLinks, goalsA, goalsB] = scratchOf(g) as [
    Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array,
  ];
  const [nk, ns, nu] = byVerdict(s.status, g.m, kept, split, unassigned) as [number, number, number];
  const [nc, no] = byClass(linkClassesOf(g).flags, split, ns, crossDomain, omgevingswet) as [number, number];
  const nsp = s.owSocialPhysicalCutCount > 0 ? socialPhysical(g, parts, k, s, omgevingswet, no, sp) : 0;

  const cell = new Int32Array(4 * k * k);
  const state = new Int32Array(4 * k * k);
  const pairStart = new Int32Array(k * k);
  let at = 0;
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      const c = 4 * (a * k + b);
      const lo = a < b ? a : b;
      const hi = a < b ? b : a;
      cell[c] = lo * k + hi;
      cell[c + 1] = lo;
      cell[c + 2] = hi;
      cell[c + 3] = a > b ? -1 : 0;
      if (a < b) {
        pairStart[a * k + b] = at;
        state[c] = state[c + 1] = at;
        at += s.matrixCount[a * k + b]!;
      }
    }
  }
  byPair(g, parts, k, split, ns, cell, state, { pairLinks, goalsA, goalsB });
  const goalsACount = new Int32Array(k * k);
  const goalsBCount = new Int32Array(k * k);
  for (let p = 0; p < k * k; p++) {
    goalsACount[p] = state[4 * p + 2]!;
    goalsBCount[p] = state[4 * p + 3]!;
  }
  return {
    kept,
    keptCount: nk,
    split,
    splitCount: ns,
    unassigned,
    unassignedCount: nu,
    crossDomain,
    crossDomainCount: nc,
    omgevingswet,
    omgevingswetCount: no,
    socialPhysical: sp,
    socialPhysicalCount: nsp,
    pairLinks,
    goalsA,
    goalsB,
    pairStart,
    goalsACount,
    goalsBCount,
  };
}
