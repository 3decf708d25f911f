import { maxWeightAssignment } from './assignment';

/** What a relabelling must keep: locks, and each holder's own limits (they differ per holder under some rules). */
export interface RelabelLimits {
  /** Part each node must stay in, −1 when free. */
  fixed: Int32Array;
  /** What each node weighs on the balance measure. */
  weight: Float64Array;
  lo: ArrayLike<number>;
  hi: ArrayLike<number>;
  eps: number;
}

/**
 * The search finds groups, not holders: without locks its part numbers are arbitrary, so a proposal could hand the
 * finance wethouder energy and the port while a mere renaming of the groups would leave half the goals in place.
 * Gives each group of the proposal the holder of the draft it overlaps most, exactly (an assignment problem over
 * nodes that stay), among the holders that may take it: a group with a locked node stays with that node's holder,
 * and a group must fit the holder's limits. The cut does not change. Returns the new part of each old part; the
 * identity when no allowed assignment exists (a cancelled run's best-so-far may break the limits).
 */
export function relabelToDraft(parts: Int32Array, draft: Int32Array, k: number, limits: RelabelLimits): Int32Array {
  const overlap = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const load = new Float64Array(k);
  const lockedTo = new Int32Array(k).fill(-1);
  const clash = new Uint8Array(k);
  for (let v = 0; v < parts.length; v++) {
    const p = parts[v]!;
    if (p < 0 || p >= k) continue;
    load[p]! += limits.weight[v]!;
    const d = draft[v]!;
    if (d >= 0 && d < k) overlap[p]![d]! += 1;
    const f = limits.fixed[v]!;
    if (f < 0) continue;
    if (lockedTo[p]! >= 0 && lockedTo[p] !== f) clash[p] = 1;
    lockedTo[p] = f;
  }
  const allowed = (p: number, q: number): boolean =>
    !clash[p] &&
    (lockedTo[p]! < 0 || lockedTo[p] === q) &&
    load[p]! >= limits.lo[q]! - limits.eps &&
    load[p]! <= limits.hi[q]! + limits.eps;
  const weight = overlap.map((row, p) => row.map((w, q) => (allowed(p, q) ? w : -Infinity)));
  const col = maxWeightAssignment(weight);
  const identity = Int32Array.from({ length: k }, (_, p) => p);
  if (col.some((q, p) => q < 0 || !allowed(p, q))) return identity;
  return Int32Array.from(col);
}

/** The division with every part renamed. */
export function applyLabels(parts: Int32Array, label: Int32Array): Int32Array {
  return parts.map((p) => (p >= 0 ? label[p]! : p));
}

/** How many nodes sit with another holder than in the draft (unassigned nodes given a holder count too). */
export function movesFrom(parts: Int32Array, draft: Int32Array): number {
  let moved = 0;
  for (let v = 0; v < parts.length; v++) if (parts[v] !== draft[v]) moved++;
  return moved;
}
