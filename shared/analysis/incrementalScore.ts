import type { CompactGraph } from './compactGraph';
import { OW_KIND } from './scoreParts';

const OW_KIND_LOCAL = OW_KIND;

const CROSS = 1;
const OW = 2;

/**
 * Running figures of a partition that follow single-goal moves in O(degree), for the optimiser and for live
 * feedback while dragging. Part -1 (or anything outside [0, k)) means unassigned: links touching such a goal are
 * neither kept nor split, exactly as in `scoreParts`.
 */
export interface IncrementalScore {
  readonly k: number;
  /** Current part of each goal; owned by the score, read it but change it only through `move`. */
  readonly parts: Int32Array;
  /** Weight and number of split links. */
  readonly cut: number;
  readonly cutCount: number;
  readonly crossDomainCut: number;
  readonly owCut: number;
  /** Per part: kept weight, weight of split links touching it, goals, summed known budget. */
  readonly internal: Float64Array;
  readonly external: Float64Array;
  readonly goals: Int32Array;
  readonly budget: Float64Array;
  /** k × k symmetric, row-major weight of split links between parts. */
  readonly matrix: Float64Array;
  /** Moves goal v to part `to` (−1 unassigns it) and updates every figure. */
  move(v: number, to: number): void;
  /** How much the cut would drop if v moved to `to` (negative: it would grow). Changes nothing. */
  gain(v: number, to: number): number;
}

class Score implements IncrementalScore {
  readonly parts: Int32Array;
  cut = 0;
  cutCount = 0;
  crossDomainCut = 0;
  owCut = 0;
  readonly internal: Float64Array;
  readonly external: Float64Array;
  readonly goals: Int32Array;
  readonly budget: Float64Array;
  readonly matrix: Float64Array;
  /** Per link: CROSS and OW bits, so a move reads one byte instead of two domain lookups and a kind. */
  private readonly flags: Uint8Array;

  constructor(
    private readonly g: CompactGraph,
    parts: Int32Array,
    readonly k: number,
  ) {
    this.parts = Int32Array.from(parts, (p) => (p >= 0 && p < k ? p : -1));
    this.internal = new Float64Array(k);
    this.external = new Float64Array(k);
    this.goals = new Int32Array(k);
    this.budget = new Float64Array(k);
    this.matrix = new Float64Array(k * k);
    this.flags = new Uint8Array(g.m);
    for (let e = 0; e < g.m; e++) {
      this.flags[e] =
        (g.domain[g.src[e]!] !== g.domain[g.dst[e]!] ? CROSS : 0) | (g.kind[e] === OW_KIND_LOCAL ? OW : 0);
    }
    for (let v = 0; v < g.n; v++) {
      const p = this.parts[v]!;
      if (p < 0) continue;
      // Goals only, as scoreParts counts them: a subject node is no goal.
      if (!g.isSubject[v]) this.goals[p]!++;
      this.budget[p]! += g.budget[v]!;
    }
    for (let e = 0; e < g.m; e++)
      this.addLink(this.parts[g.src[e]!]!, this.parts[g.dst[e]!]!, g.weight[e]!, this.flags[e]!, 1);
  }

  /** Adds (sign 1) or removes (sign −1) one link's contribution given its ends' parts. */
  private addLink(a: number, b: number, w: number, f: number, sign: number): void {
    if (a < 0 || b < 0) return;
    const sw = sign * w;
    if (a === b) {
      this.internal[a]! += sw;
      return;
    }
    this.cut += sw;
    this.cutCount += sign;
    this.external[a]! += sw;
    this.external[b]! += sw;
    this.matrix[a * this.k + b]! += sw;
    this.matrix[b * this.k + a]! += sw;
    if (f & CROSS) this.crossDomainCut += sw;
    if (f & OW) this.owCut += sw;
  }

  move(v: number, to: number): void {
    const k = this.k;
    const target = to >= 0 && to < k ? to : -1;
    const parts = this.parts;
    const from = parts[v]!;
    if (from === target) return;
    const g = this.g;
    const { adjStart, adjNode, adjWeight, adjLink } = g;
    const end = adjStart[v + 1]!;
    for (let i = adjStart[v]!; i < end; i++) {
      const u = adjNode[i]!;
      const pu = parts[u]!;
      if (pu < 0) continue;
      const w = adjWeight[i]!;
      const f = this.flags[adjLink[i]!]!;
      this.addLink(from, pu, w, f, -1);
      this.addLink(target, pu, w, f, 1);
    }
    const goal = g.isSubject[v] ? 0 : 1;
    if (from >= 0) {
      this.goals[from]! -= goal;
      this.budget[from]! -= g.budget[v]!;
    }
    if (target >= 0) {
      this.goals[target]! += goal;
      this.budget[target]! += g.budget[v]!;
    }
    parts[v] = target;
  }

  gain(v: number, to: number): number {
    const target = to >= 0 && to < this.k ? to : -1;
    const parts = this.parts;
    const from = parts[v]!;
    if (from === target) return 0;
    const { adjStart, adjNode, adjWeight } = this.g;
    const end = adjStart[v + 1]!;
    // Only links to assigned neighbours can be split; a link's cut share changes with v's part alone.
    let before = 0;
    let after = 0;
    for (let i = adjStart[v]!; i < end; i++) {
      const pu = parts[adjNode[i]!]!;
      if (pu < 0) continue;
      const w = adjWeight[i]!;
      if (from >= 0 && pu !== from) before += w;
      if (target >= 0 && pu !== target) after += w;
    }
    return before - after;
  }
}

export function createIncrementalScore(g: CompactGraph, parts: Int32Array, k: number): IncrementalScore {
  return new Score(g, parts, k);
}
