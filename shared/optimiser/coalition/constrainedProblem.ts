/**
 * The division problem with the coalition's constraints that the frozen search does not know: pairs of nodes that
 * must sit with different holders (apart rules, deliberate splits; a node whose partner is fixed is barred from that
 * holder instead), and the party band. Balance and locks are the search's own, in its units.
 */
export interface ConstrainedProblem {
  n: number;
  k: number;
  adjStart: Uint32Array;
  adjNode: Uint32Array;
  adjWeight: Float64Array;
  /** What the balance counts per node, and the limits per part (as `balanceLimits` sets them). */
  weight: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  eps: number;
  /** Part a node must stay in, −1 free. */
  fixed: Int32Array;
  /** n·k: 1 where a node may not go (an apart partner is fixed there). */
  barred: Uint8Array;
  /** CSR of the apart pairs between free nodes, both directions. */
  apartStart: Int32Array;
  apartNode: Int32Array;
  band: PartyBandLimits | null;
}

/**
 * Each coalition party's amount (goals or budget of its holders' nodes) within [lo, hi] × the coalition parties'
 * total; holders without a coalition party count for no party and not for the total.
 */
export interface PartyBandLimits {
  /** Party index of each part, −1 outside the coalition. */
  partyOfPart: Int32Array;
  /** What the band counts per node. */
  amount: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  eps: number;
}

export function apartCsr(n: number, pairs: readonly (readonly [number, number])[]) {
  const count = new Int32Array(n + 1);
  for (const [a, b] of pairs) {
    count[a + 1]!++;
    count[b + 1]!++;
  }
  const apartStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) apartStart[v + 1] = apartStart[v]! + count[v + 1]!;
  const fill = apartStart.slice(0, n);
  const apartNode = new Int32Array(apartStart[n]!);
  for (const [a, b] of pairs) {
    apartNode[fill[a]!++] = b;
    apartNode[fill[b]!++] = a;
  }
  return { apartStart, apartNode };
}

/** How far a division is from meeting the constraints, per kind; all zero when it meets them. */
export interface Violation {
  /** Weight outside the limits, in mean part weights. */
  balance: number;
  /** Apart pairs with one holder, and nodes on a part barred to them. */
  apart: number;
  /** Party amounts outside the band, as fractions of the coalition total. */
  band: number;
}

export function violationOf(cp: ConstrainedProblem, parts: Int32Array): Violation {
  const { n, k } = cp;
  const w = new Float64Array(k);
  for (let v = 0; v < n; v++) w[parts[v]!]! += cp.weight[v]!;
  let balance = 0;
  const scale = balanceScale(cp);
  for (let p = 0; p < k; p++) balance += partExcess(cp, p, w[p]!) / scale;
  let apart = 0;
  for (let v = 0; v < n; v++) {
    if (cp.barred[v * k + parts[v]!]) apart++;
    for (let j = cp.apartStart[v]!; j < cp.apartStart[v + 1]!; j++)
      if (cp.apartNode[j]! > v && parts[cp.apartNode[j]!] === parts[v]) apart++;
  }
  let band = 0;
  if (cp.band) band = bandExcess(cp.band, bandAmounts(cp, parts));
  return { balance, apart, band };
}

export function isFeasibleDivision(cp: ConstrainedProblem, parts: Int32Array): boolean {
  for (let v = 0; v < cp.n; v++) {
    const p = parts[v]!;
    if (p < 0 || p >= cp.k || (cp.fixed[v]! >= 0 && cp.fixed[v] !== p)) return false;
  }
  const x = violationOf(cp, parts);
  return x.balance === 0 && x.apart === 0 && x.band === 0;
}

export function balanceScale(cp: ConstrainedProblem): number {
  let total = 0;
  for (let v = 0; v < cp.n; v++) total += cp.weight[v]!;
  return Math.max(total / Math.max(1, cp.k), 1e-12);
}

export function partExcess(cp: ConstrainedProblem, p: number, w: number): number {
  if (w < cp.lo[p]! - cp.eps) return cp.lo[p]! - w;
  if (w > cp.hi[p]! + cp.eps) return w - cp.hi[p]!;
  return 0;
}

export function bandAmounts(cp: ConstrainedProblem, parts: Int32Array): Float64Array {
  const band = cp.band!;
  const a = new Float64Array(band.lo.length);
  for (let v = 0; v < cp.n; v++) {
    const q = band.partyOfPart[parts[v]!]!;
    if (q >= 0) a[q]! += band.amount[v]!;
  }
  return a;
}

/** Summed distance of each party's amount from its band, as a fraction of the coalition total (0 inside). */
export function bandExcess(band: PartyBandLimits, amounts: Float64Array): number {
  let total = 0;
  for (const x of amounts) total += x;
  if (total <= 0) return 0;
  let out = 0;
  for (let q = 0; q < amounts.length; q++) {
    const a = amounts[q]!;
    const lo = band.lo[q]! * total;
    const hi = band.hi[q]! * total;
    if (a < lo - band.eps) out += (lo - a) / total;
    else if (a > hi + band.eps) out += (a - hi) / total;
  }
  return out;
}
