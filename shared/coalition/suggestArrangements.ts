import type { Division } from '../model/division';
import { subjectHolders } from '../model/division';
import type { CompactGraph } from '../analysis/compactGraph';
import type { LinkList } from '../analysis/divisionFigures';
import type { SplitCoverage } from './splitCoverage';
import { subjectIndexOf } from './coverageIndex';

/** A coördinerend-wethouder arrangement the draft could add, with the uncovered split links it would cover. */
export interface ArrangementProposal {
  kind: 'coordinating';
  leadId: string;
  /** The other holders taking part, in draft order, without the lead. */
  holderIds: string[];
  subjectIds: string[];
  goalIds: string[];
  count: number;
  weight: number;
  /** The uncovered split links it would cover, in link index order. */
  links: LinkList;
}

interface Candidate {
  lead: number;
  holders: Set<number>;
  /** Scope keys in the order first met: a subject index, or `S + node` for a single goal. */
  scope: Set<number>;
}

/**
 * Arrangements that would cover the most uncovered split weight, heaviest first. For each holder X: one proposal
 * with X as coördinerend for everything of X that has uncovered split links (X's subjects, else X's single goals)
 * with every holder on the other ends; and one per such subject or goal of X alone. What each would cover is read
 * honestly off the uncovered links (both holders take part, an end in scope), so it may cover links that do not
 * touch X. Deterministic: ties go to the narrower proposal, then the draft's holder order.
 */
export function suggestArrangements(
  g: CompactGraph,
  parts: Int32Array,
  division: Pick<Division, 'portfolioIds' | 'subjects'>,
  coverage: SplitCoverage,
  limit = 5,
): ArrangementProposal[] {
  const uncovered = coverage.uncovered.links;
  if (!uncovered.length || limit <= 0) return [];
  const ids = division.portfolioIds;
  const subjects = subjectIndexOf(g);
  const S = subjects.list.length;
  const of = subjects.of;
  const partOf = new Map(ids.map((id, i) => [id, i]));
  const leadPart = Int32Array.from(subjects.list, (sid) => partOf.get(subjectHolders(division, sid)[0] ?? '') ?? -1);

  // The scope a node stands for when its holder coordinates it: its subject when that holder leads the subject
  // (then the whole subject is X's to coordinate), else the goal alone (a loose goal, an exception).
  const scopeOf = (v: number): number => {
    const si = of[v]!;
    return si >= 0 && (g.isSubject[v] || leadPart[si] === parts[v]) ? si : S + v;
  };

  // Uncovered links by every scope key that would take them in (an end itself, and its subject), as CSR lists: a
  // count pass, then a fill pass. A link with both ends under one subject is listed there twice (harmless: the
  // evaluation stamps links).
  const keyStart = new Int32Array(S + g.n + 1);
  const keyWeight = new Float64Array(S + g.n);
  const eachKey = (e: number, f: (key: number) => void) => {
    const s = g.src[e]!;
    const t = g.dst[e]!;
    f(S + s);
    if (of[s]! >= 0) f(of[s]!);
    f(S + t);
    if (of[t]! >= 0) f(of[t]!);
  };
  for (const e of uncovered)
    eachKey(e, (key) => {
      keyStart[key + 1]!++;
      keyWeight[key]! += g.weight[e]!;
    });
  for (let i = 0; i < S + g.n; i++) keyStart[i + 1]! += keyStart[i]!;
  const keyLinks = new Int32Array(keyStart[S + g.n]!);
  const fill = keyStart.slice(0, S + g.n);
  for (const e of uncovered)
    eachKey(e, (key) => {
      keyLinks[fill[key]!++] = e;
    });
  const candidates = new Map<number, Candidate>();
  const stride = S + g.n + 1;
  const candidate = (lead: number, key: number): Candidate => {
    const id = (lead + 1) * stride + key + 1;
    let c = candidates.get(id);
    if (!c) {
      c = { lead, holders: new Set(), scope: new Set() };
      candidates.set(id, c);
    }
    return c;
  };
  const add = (v: number, x: number, y: number) => {
    const key = scopeOf(v);
    const full = candidate(x, -1);
    full.holders.add(y);
    full.scope.add(key);
    const one = candidate(x, key);
    one.holders.add(y);
    one.scope.add(key);
  };
  for (const e of uncovered) {
    const s = g.src[e]!;
    const t = g.dst[e]!;
    add(s, parts[s]!, parts[t]!);
    add(t, parts[t]!, parts[s]!);
  }

  // Branch and bound: a candidate covers at most the weight its scope keys hold, so candidates are tried heaviest
  // bound first and the rest skipped once the bound falls below the `limit`-th weight found (ties still tried).
  const ordered = [...candidates.values()].map((c) => {
    let bound = 0;
    for (const key of c.scope) bound += keyWeight[key]!;
    return { c, bound };
  });
  ordered.sort((x, y) => y.bound - x.bound);
  const seen = new Set<string>();
  const proposals: (ArrangementProposal & { rank: string })[] = [];
  const best: number[] = [];
  const stamp = new Int32Array(g.m).fill(-1);
  const member = new Uint8Array(ids.length);
  ordered.forEach(({ c, bound }, n) => {
    if (best.length >= limit && bound < best[limit - 1]!) return;
    const holderParts = [...c.holders].filter((h) => h !== c.lead).sort((a, b) => a - b);
    const scope = [...c.scope];
    const identity = `${c.lead}|${holderParts.join(',')}|${[...scope].sort((a, b) => a - b).join(',')}`;
    if (seen.has(identity)) return;
    seen.add(identity);
    member.fill(0);
    member[c.lead] = 1;
    for (const h of holderParts) member[h] = 1;
    const covered: number[] = [];
    for (const key of scope)
      for (let i = keyStart[key]!; i < keyStart[key + 1]!; i++) {
        const e = keyLinks[i]!;
        if (stamp[e] !== n && member[parts[g.src[e]!]!] && member[parts[g.dst[e]!]!]) {
          stamp[e] = n;
          covered.push(e);
        }
      }
    if (!covered.length) return;
    const links = Int32Array.from(covered).sort();
    let weight = 0;
    for (const e of links) weight += g.weight[e]!;
    best.push(weight);
    best.sort((x, y) => y - x);
    if (best.length > limit) best.length = limit;
    proposals.push({
      kind: 'coordinating',
      leadId: ids[c.lead]!,
      holderIds: holderParts.map((h) => ids[h]!),
      subjectIds: scope.filter((k) => k < S).map((k) => subjects.list[k]!),
      goalIds: scope.filter((k) => k >= S).map((k) => g.goalIds[k - S]!),
      count: links.length,
      weight,
      links,
      rank: identity,
    });
  });
  proposals.sort(
    (a, b) =>
      b.weight - a.weight ||
      b.count - a.count ||
      a.subjectIds.length + a.goalIds.length - (b.subjectIds.length + b.goalIds.length) ||
      a.holderIds.length - b.holderIds.length ||
      ids.indexOf(a.leadId) - ids.indexOf(b.leadId) ||
      (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0),
  );
  return proposals.slice(0, limit).map(({ rank: _rank, ...p }) => p);
}
