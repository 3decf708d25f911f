import fc from 'fast-check';
import type { Project } from '../../../shared/model';
import type { KeepRule } from '../../../shared/model/coalition';
import { randomSubjectDraft } from '../analysis/subjectDraftFixture';
import { nodeHolder, type Division } from '../../../shared/model/division';
import { partyOf } from '../../../shared/model/coalition';
import { goalLimits, placementConstraints, type Balance } from '../../../shared/optimiser';
import type { MoveLevel } from '../../../shared/analysis/placementProblem';
import type { Placement } from '../../../shared/model/operations/placementOps';

/**
 * The rules checked from their definitions on a draft's placement, apart from the optimiser's own code: a node
 * counts for the holder `nodeHolder` gives it (a subject for its lead); nodes without a holder are left out.
 */
export function ruleCheck(p: Project, d: Division) {
  const subjectIds = new Set(p.subjects.map((s) => s.id));
  const goalSubject = new Map(p.goals.map((g) => [g.id, g.subjectId]));
  const subjectOf = (id: string) => (subjectIds.has(id) ? id : goalSubject.get(id));
  const holderIn = (x: Pick<Division, 'assignments' | 'subjects'>, id: string) => nodeHolder(x, id, subjectOf(id));
  // A link end answers to its own id and its subject's.
  const names = (id: string) => [id, ...(subjectOf(id) && subjectOf(id) !== id ? [subjectOf(id)!] : [])];
  const deliberate = (a: string, b: string) =>
    d.deliberate.some(
      (s) => (names(a).includes(s.a) && names(b).includes(s.b)) || (names(a).includes(s.b) && names(b).includes(s.a)),
    );
  return {
    holderIn,
    /** Every keep rule and deliberate split kept. */
    keeps(x: Placement): boolean {
      const h = (id: string) => holderIn(x, id);
      for (const r of d.keep) {
        const hs = r.nodeIds.map(h).filter((v): v is string => v !== undefined);
        if (r.kind === 'together' ? new Set(hs).size > 1 : new Set(hs).size < hs.length) return false;
      }
      for (const s of d.deliberate) {
        const a = h(s.a);
        if (a !== undefined && a === h(s.b)) return false;
      }
      return true;
    },
    /** Weight of split links, without and with the links deliberate splits name. */
    cut(x: Placement): { cut: number; deliberate: number } {
      let cut = 0;
      let del = 0;
      const known = new Set([...goalSubject.keys(), ...subjectIds]);
      for (const l of p.links) {
        if (!known.has(l.source) || !known.has(l.target) || l.source === l.target) continue;
        const a = holderIn(x, l.source);
        const b = holderIn(x, l.target);
        if (a === undefined || b === undefined || a === b) continue;
        if (deliberate(l.source, l.target)) del += l.strength;
        else cut += l.strength;
      }
      return { cut, deliberate: del };
    },
    /** Each coalition party's share of goals or budget within its seat share ± tolerance. */
    band(x: Placement, by: 'goals' | 'budget', tolerance: number): boolean {
      const seats = p.parties.reduce((s, q) => s + q.seats, 0);
      if (seats === 0) return true;
      const amount = new Map(p.parties.map((q) => [q.id, 0]));
      for (const g of p.goals) {
        const h = holderIn(x, g.id);
        const pf = p.portfolios.find((q) => q.id === h);
        const party = pf ? partyOf(p.parties, pf.party) : undefined;
        if (party) amount.set(party.id, amount.get(party.id)! + (by === 'goals' ? 1 : (g.budget ?? 0)));
      }
      const total = [...amount.values()].reduce((s, v) => s + v, 0);
      if (total === 0) return true;
      return p.parties.every((q) => Math.abs(amount.get(q.id)! / total - q.seats / seats) <= tolerance + 1e-9);
    },
  };
}

export interface BruteOptions {
  level: MoveLevel;
  balance: Balance;
  band?: { by: 'goals' | 'budget'; tolerance: number };
  /** Leave the keep rules and deliberate splits out (the cut still leaves deliberate links out). */
  ignoreRules?: boolean;
}

/**
 * The least cut (deliberate links left out) over every division of the draft's problem at `level` that keeps its
 * locks and the balance (as the search counts it), the rules and the band, by enumeration; null when none does.
 */
export function bruteForce(p: Project, o: BruteOptions): { cut: number; placement: Placement } | null {
  const c = placementConstraints(p, 'D', o.level, o.balance);
  if (Array.isArray(c)) return null;
  const d = p.divisions[0]!;
  const check = ruleCheck(p, d);
  const prob = c.problem;
  const n = prob.graph.n;
  const k = c.k;
  const weight =
    o.balance.by === 'goals'
      ? o.level === 'subject'
        ? prob.goalCount
        : new Float64Array(n).fill(1)
      : Float64Array.from({ length: n }, (_, i) => (prob.graph.hasBudget[i] ? prob.graph.budget[i]! : 0));
  let total = 0;
  for (const w of weight) total += w;
  if (o.balance.by === 'budget' && total <= 0) return null;
  const limits =
    o.balance.by === 'goals'
      ? goalLimits(total, k, o.balance.tolerance)
      : { lo: (total / k) * (1 - o.balance.tolerance), hi: (total / k) * (1 + o.balance.tolerance) };
  const eps = Math.max(1e-9, total * 1e-12);
  const parts = new Int32Array(n);
  const sums = new Float64Array(k);
  let best: { cut: number; placement: Placement } | null = null;
  const visit = (v: number): void => {
    if (v === n) {
      for (let q = 0; q < k; q++) if (sums[q]! < limits.lo - eps || sums[q]! > limits.hi + eps) return;
      const placement = c.placementOf(parts);
      if (!o.ignoreRules && !check.keeps(placement)) return;
      if (o.band && !check.band(placement, o.band.by, o.band.tolerance)) return;
      const { cut } = check.cut(placement);
      if (!best || cut < best.cut - 1e-9) best = { cut, placement };
      return;
    }
    for (let q = 0; q < k; q++) {
      if (c.locked[v]! >= 0 && c.locked[v] !== q) continue;
      parts[v] = q;
      sums[q]! += weight[v]!;
      visit(v + 1);
      sums[q]! -= weight[v]!;
    }
  };
  visit(0);
  return best;
}

/** A random draft with random keep-together, keep-apart rules and deliberate splits over its goals and subjects. */
export const ruledDraft = (maxGoals: number, maxSubjects: number, maxK = 3) =>
  randomSubjectDraft(maxGoals, maxSubjects, maxK).chain((p) => {
    const ids = [...p.goals.map((g) => g.id), ...p.subjects.map((s) => s.id)];
    // Rules need two distinct nodes.
    if (ids.length < 2) return fc.constant(p);
    const node = fc.constantFrom(...ids);
    return fc
      .record({
        keep: fc.array(
          fc.record({
            kind: fc.constantFrom('together' as const, 'apart' as const),
            nodeIds: fc.uniqueArray(node, { minLength: 2, maxLength: 3 }),
          }),
          { maxLength: 2 },
        ),
        deliberate: fc.uniqueArray(fc.tuple(node, node), {
          maxLength: 2,
          selector: ([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`),
        }),
      })
      .map(({ keep, deliberate }): Project => {
        const d = p.divisions[0]!;
        return {
          ...p,
          divisions: [
            {
              ...d,
              keep: keep.map((r, i): KeepRule => ({ id: `r${i}`, kind: r.kind, nodeIds: r.nodeIds, reason: '' })),
              deliberate: deliberate
                .filter(([a, b]) => a !== b)
                .map(([a, b], i) => ({ id: `d${i}`, a, b, reason: 'bewust' })),
            },
          ],
        };
      });
  });
