import type { CompactGraph } from '../analysis/compactGraph';
import type { Division } from '../model/division';

/**
 * 1 for every link of the graph that a deliberate split of the draft names, whether the draft splits it or not:
 * each end is the split's `a` or `b` itself or a goal whose subject it is (either order). What suggestions and
 * the optimiser count as no gain and no cost; null when the draft has no deliberate splits.
 */
export function deliberateLinks(g: CompactGraph, division: Pick<Division, 'deliberate'>): Uint8Array | null {
  if (!division.deliberate.length) return null;
  const pairs = new Set<string>();
  const named = new Set<string>();
  for (const d of division.deliberate) {
    pairs.add(`${d.a}\u0000${d.b}`);
    pairs.add(`${d.b}\u0000${d.a}`);
    named.add(d.a);
    named.add(d.b);
  }
  // The names each node answers to: its own id, and its subject's (a subject node's subject is itself).
  const ends = (v: number): string[] => {
    const out: string[] = [];
    const id = g.goalIds[v]!;
    if (named.has(id)) out.push(id);
    const s = g.subjectOf[v];
    if (s !== undefined && s !== id && named.has(s)) out.push(s);
    return out;
  };
  const endsOf = Array.from({ length: g.n }, (_, v) => ends(v));
  const flags = new Uint8Array(g.m);
  for (let e = 0; e < g.m; e++) {
    const a = endsOf[g.src[e]!]!;
    if (!a.length) continue;
    const b = endsOf[g.dst[e]!]!;
    if (a.some((x) => b.some((y) => pairs.has(`${x}\u0000${y}`)))) flags[e] = 1;
  }
  return flags;
}
