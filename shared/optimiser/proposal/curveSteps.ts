import { CurveState } from './curveState';

/** One step of a walk away from the draft: one node to a holder, or two at once (a swap, or a pair that fits). */
export type Step = readonly (readonly [node: number, part: number])[];

export interface Walk {
  steps: Step[];
  /** Cut after each step. */
  cuts: number[];
  /** Moves after each step, counted in the nodes a person moves (a keep-together group counts its members). */
  counts: number[];
}

/** Steps a walk takes at most: beyond this the curve jumps to the full proposal (20,000 goals stay quick). */
export const CURVE_STEPS = 150;
/** Candidates per pair of holders (swaps) and per walk toward the proposal (pairs) whose combinations are tried. */
const CANDIDATES = 4;
const PAIR_CANDIDATES = 24;
const TINY = 1e-9;

/** The cut's drop when these nodes move at once (links between two of them counted once). */
export function gainOf(state: CurveState, step: Step): number {
  const { cp, parts } = state;
  const placed = (x: number): number => {
    for (const [v, q] of step) if (v === x) return q;
    return parts[x]!;
  };
  let delta = 0;
  for (const [v, q] of step) {
    const p = parts[v]!;
    for (let j = cp.adjStart[v]!; j < cp.adjStart[v + 1]!; j++) {
      const u = cp.adjNode[j]!;
      const movedToo = step.some(([x]) => x === u);
      if (movedToo && u < v) continue;
      const pu = parts[u]!;
      const qu = placed(u);
      const was = p >= 0 && pu >= 0 && p !== pu;
      const now = q >= 0 && qu >= 0 && q !== qu;
      if (was !== now) delta += now ? cp.adjWeight[j]! : -cp.adjWeight[j]!;
    }
  }
  return -delta;
}

function record(walk: Walk, state: CurveState, step: Step, size: Int32Array): void {
  for (const [v, q] of step) state.move(v, q);
  walk.steps.push(step);
  walk.cuts.push(state.cut);
  const before = walk.counts.length ? walk.counts[walk.counts.length - 1]! : 0;
  walk.counts.push(before + step.reduce((s, [v]) => s + size[v]!, 0));
}

/**
 * The best single move at every step (each node at most once), or, when no single move lowers the cut, the best
 * swap between two holders: what a person improving the draft by hand would do, best first. Stops when nothing
 * improves.
 */
export function greedyWalk(state: CurveState, size: Int32Array, limit = CURVE_STEPS): Walk {
  const { n, k } = state.cp;
  const walk: Walk = { steps: [], cuts: [], counts: [] };
  const moved = new Uint8Array(n);
  const free = (v: number) => !moved[v] && state.movable(v) && state.parts[v]! >= 0;
  while (walk.steps.length < limit) {
    let best: Step | null = null;
    let bestGain = TINY;
    for (let v = 0; v < n; v++) {
      if (!free(v)) continue;
      for (let q = 0; q < k; q++) {
        if (q === state.parts[v]) continue;
        const g = state.gain(v, q);
        if (g > bestGain + TINY && state.allowed([[v, q]])) {
          best = [[v, q]];
          bestGain = g;
        }
      }
    }
    best ??= bestSwap(state, free);
    if (!best) break;
    for (const [v] of best) moved[v] = 1;
    record(walk, state, best, size);
  }
  return walk;
}

/** The best swap of two nodes between two holders that lowers the cut, among each side's best candidates. */
function bestSwap(state: CurveState, free: (v: number) => boolean): Step | null {
  const { n, k } = state.cp;
  // tops[p·k+q]: nodes of holder p that gain most by going to q.
  const tops: number[][] = Array.from({ length: k * k }, () => []);
  for (let v = 0; v < n; v++) {
    if (!free(v)) continue;
    const p = state.parts[v]!;
    for (let q = 0; q < k; q++) {
      if (q === p) continue;
      const list = tops[p * k + q]!;
      list.push(v);
      list.sort((a, b) => state.gain(b, q) - state.gain(a, q) || a - b);
      if (list.length > CANDIDATES) list.pop();
    }
  }
  let best: Step | null = null;
  let bestGain = TINY;
  for (let p = 0; p < k; p++)
    for (let q = p + 1; q < k; q++)
      for (const v of tops[p * k + q]!)
        for (const u of tops[q * k + p]!) {
          const step: Step = [
            [v, q],
            [u, p],
          ];
          const g = gainOf(state, step);
          if (g > bestGain + TINY && state.allowed(step)) {
            best = step;
            bestGain = g;
          }
        }
  return best;
}

/** Longest chain of the proposal's moves tried when one move alone breaks a limit. */
const CHAIN = 5;

/**
 * When no move of the proposal is allowed alone (a tight balance: a subject of six goals cannot leave a holder
 * without something coming back), a short chain of them that is: from each of the best-paying moves, add the
 * proposal's move that relieves the strain most (the better paying one on ties) until nothing is broken. The chain
 * that lowers the cut most wins, the shorter one on ties.
 */
function bestChain(state: CurveState, rest: readonly number[], target: Int32Array): Step | null {
  const byGain = [...rest].sort((a, b) => state.gain(b, target[b]!) - state.gain(a, target[a]!) || a - b);
  let best: Step | null = null;
  let bestGain = -Infinity;
  for (const first of byGain.slice(0, PAIR_CANDIDATES)) {
    const chain: [number, number][] = [[first, target[first]!]];
    let strain = state.strain(chain);
    while (strain > 0 && chain.length < CHAIN) {
      let add: [number, number] | null = null;
      let addStrain = strain;
      let addGain = -Infinity;
      for (const v of byGain) {
        if (chain.some(([x]) => x === v)) continue;
        const next: [number, number][] = [...chain, [v, target[v]!]];
        const s = state.strain(next);
        const g = s < addStrain - TINY || (Math.abs(s - addStrain) <= TINY && add) ? gainOf(state, next) : -Infinity;
        if (s < addStrain - TINY || (Math.abs(s - addStrain) <= TINY && add && g > addGain + TINY)) {
          add = [v, target[v]!];
          addStrain = s;
          addGain = g;
        }
      }
      if (!add) break;
      chain.push(add);
      strain = addStrain;
    }
    if (strain > 0) continue;
    const g = gainOf(state, chain);
    if (g > bestGain + TINY || (Math.abs(g - bestGain) <= TINY && best && chain.length < best.length)) {
      best = chain;
      bestGain = g;
    }
  }
  return best;
}

/**
 * Toward the full proposal, one of its moves at a time: at every step the one that lowers the cut most (or raises
 * it least) among those the rules allow; when none is allowed alone, the best chain of them that is (`bestChain`).
 */
export function towardWalk(state: CurveState, target: Int32Array, size: Int32Array, limit = CURVE_STEPS): Walk {
  const walk: Walk = { steps: [], cuts: [], counts: [] };
  let rest: number[] = [];
  for (let v = 0; v < state.cp.n; v++) if (target[v]! >= 0 && target[v] !== state.parts[v]) rest.push(v);
  while (rest.length && walk.steps.length < limit) {
    let best: Step | null = null;
    let bestGain = -Infinity;
    for (const v of rest) {
      const g = state.gain(v, target[v]!);
      if (g > bestGain + TINY && state.allowed([[v, target[v]!]])) {
        best = [[v, target[v]!]];
        bestGain = g;
      }
    }
    best ??= bestChain(state, rest, target);
    if (!best) break;
    const done = new Set(best.map(([v]) => v));
    rest = rest.filter((v) => !done.has(v));
    record(walk, state, best, size);
  }
  return walk;
}
