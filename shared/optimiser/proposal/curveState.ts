import { bandExcess, type ConstrainedProblem } from '../coalition/constrainedProblem';

const TINY = 1e-9;

/**
 * A draft being changed one node at a time, on the problem the optimiser sees under the coalition's rules (`cp`:
 * keep-together groups as one node, deliberate links weightless). Keeps per node its link weight to each holder,
 * each holder's load and the cut, so a move's gain is read in O(1) and a move costs O(degree). Nodes the draft
 * leaves without a holder may stay so: their links count as split only once both ends have a holder, as the
 * report counts them.
 */
export class CurveState {
  readonly parts: Int32Array;
  private readonly conn: Float64Array;
  private readonly load: Float64Array;
  private readonly amounts: Float64Array | null;
  cut = 0;

  constructor(
    readonly cp: ConstrainedProblem,
    draft: Int32Array,
  ) {
    const { n, k } = cp;
    this.parts = draft.slice();
    this.conn = new Float64Array(n * k);
    this.load = new Float64Array(k);
    this.amounts = cp.band ? new Float64Array(cp.band.lo.length) : null;
    for (let v = 0; v < n; v++) {
      const p = this.parts[v]!;
      if (p < 0) continue;
      this.load[p]! += cp.weight[v]!;
      this.addAmount(v, p, 1);
      for (let j = cp.adjStart[v]!; j < cp.adjStart[v + 1]!; j++) {
        const u = cp.adjNode[j]!;
        this.conn[u * k + p]! += cp.adjWeight[j]!;
        const q = this.parts[u]!;
        if (u > v && q >= 0 && q !== p) this.cut += cp.adjWeight[j]!;
      }
    }
  }

  private addAmount(v: number, p: number, sign: number): void {
    const band = this.cp.band;
    if (!band || !this.amounts) return;
    const party = band.partyOfPart[p]!;
    if (party >= 0) this.amounts[party]! += sign * band.amount[v]!;
  }

  /** May this node change holder at all (not fixed by a lock, a shared subject or a rule)? */
  movable(v: number): boolean {
    return this.cp.fixed[v]! < 0;
  }

  /** Weight `v`'s links to holder `p` carry. */
  connTo(v: number, p: number): number {
    return this.conn[v * this.cp.k + p]!;
  }

  /** How much the cut drops when `v` goes to `q` (negative when it rises). */
  gain(v: number, q: number): number {
    const p = this.parts[v]!;
    if (p === q) return 0;
    if (p >= 0) return this.connTo(v, q) - this.connTo(v, p);
    let all = 0;
    for (let r = 0; r < this.cp.k; r++) all += this.connTo(v, r);
    return -(all - this.connTo(v, q));
  }

  /** Weight of the link between two nodes (0 when unlinked). */
  tie(u: number, v: number): number {
    const cp = this.cp;
    let w = 0;
    for (let j = cp.adjStart[u]!; j < cp.adjStart[u + 1]!; j++) if (cp.adjNode[j] === v) w += cp.adjWeight[j]!;
    return w;
  }

  /**
   * Whether moving these nodes together keeps the rules: no lock, no barred holder, no apart partner joined, no
   * holder pushed out of its limits (one already outside may move toward them, as the suggestions allow), the
   * party band not strained further.
   */
  allowed(moves: readonly (readonly [number, number])[]): boolean {
    return this.strain(moves) === 0;
  }

  /**
   * How far moving these nodes together would break the rules (0: not at all; Infinity: a lock or a barred
   * holder): the weight pushed beyond holders' limits, plus a full mean share per apart pair joined, plus the
   * party band's added strain. Lets a walk add moves that repair what one move alone breaks.
   */
  strain(moves: readonly (readonly [number, number])[]): number {
    const { cp } = this;
    const k = cp.k;
    const delta = new Map<number, number>();
    for (const [v, q] of moves) {
      if (!this.movable(v) || cp.barred[v * k + q]) return Infinity;
      const p = this.parts[v]!;
      if (p >= 0) delta.set(p, (delta.get(p) ?? 0) - cp.weight[v]!);
      delta.set(q, (delta.get(q) ?? 0) + cp.weight[v]!);
    }
    const placed = (x: number): number => {
      for (const [v, q] of moves) if (v === x) return q;
      return this.parts[x]!;
    };
    let out = 0;
    let total = 0;
    for (let p = 0; p < k; p++) total += this.load[p]!;
    const share = Math.max(total / Math.max(1, k), 1);
    for (const [v, q] of moves)
      for (let j = cp.apartStart[v]!; j < cp.apartStart[v + 1]!; j++) if (placed(cp.apartNode[j]!) === q) out += share;
    for (const [p, d] of delta) {
      const before = this.load[p]!;
      const after = before + d;
      if (after > cp.hi[p]! + cp.eps && after > before + TINY) out += after - Math.max(before, cp.hi[p]!);
      if (after < cp.lo[p]! - cp.eps && after < before - TINY) out += Math.min(before, cp.lo[p]!) - after;
    }
    if (this.amounts && cp.band) {
      const next = this.amounts.slice();
      for (const [v, q] of moves) {
        const from = this.parts[v]!;
        const a = from >= 0 ? cp.band.partyOfPart[from]! : -1;
        const b = cp.band.partyOfPart[q]!;
        if (a >= 0) next[a]! -= cp.band.amount[v]!;
        if (b >= 0) next[b]! += cp.band.amount[v]!;
      }
      const added = bandExcess(cp.band, next) - bandExcess(cp.band, this.amounts);
      if (added > TINY) out += added * total;
    }
    return out;
  }

  move(v: number, q: number): void {
    const { cp } = this;
    const k = cp.k;
    const p = this.parts[v]!;
    this.cut -= this.gain(v, q);
    if (p >= 0) {
      this.load[p]! -= cp.weight[v]!;
      this.addAmount(v, p, -1);
    }
    this.load[q]! += cp.weight[v]!;
    this.addAmount(v, q, 1);
    this.parts[v] = q;
    for (let j = cp.adjStart[v]!; j < cp.adjStart[v + 1]!; j++) {
      const u = cp.adjNode[j]!;
      if (p >= 0) this.conn[u * k + p]! -= cp.adjWeight[j]!;
      this.conn[u * k + q]! += cp.adjWeight[j]!;
    }
  }
}
