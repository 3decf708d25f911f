import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Project } from '../../../../shared/model';
import { optimiseProjectPlacement, syntheticProject } from '../../../../shared/optimiser';
import {
  explainPoint,
  moveCurve,
  pointPlacement,
  withGlobalBound,
} from '../../../../shared/optimiser/proposal/moveCurve';
import type { MoveCurve } from '../../../../shared/optimiser/proposal/types';
import { suggestMoves } from '../../../../shared/analysis/suggestMoves';
import { setPlacement } from '../../../../shared/model/operations/placementOps';
import { analyseProject } from '../../../../shared/analysis/coherenceReport';
import { nodeHolder } from '../../../../shared/model/division';
import { randomSubjectDraft } from '../../analysis/subjectDraftFixture';

const balance = { by: 'goals' as const, tolerance: 0.3 };

function curveOf(p: Project, b = balance) {
  const id = p.divisions[0]!.id;
  const res = optimiseProjectPlacement(p, id, { balance: b, seed: 1 });
  if (!res.ok) throw new Error(JSON.stringify(res.problems));
  const curve = moveCurve(p, id, { balance: b, seed: 1 }, res);
  if ('problems' in curve) throw new Error(JSON.stringify(curve.problems));
  return { res, curve };
}

const holderOf = (p: Project, goalId: string) =>
  nodeHolder(p.divisions[0]!, goalId, p.goals.find((g) => g.id === goalId)?.subjectId);

/** A synthetic draft whose holders all start inside the band (round robin), with a few locks. */
function balanced(seed: number, goals: number, k: number, locked = 0): Project {
  const p = syntheticProject({ goals, portfolios: k, seed, assign: 'theme', locked });
  const d = p.divisions[0]!;
  const assignments: Record<string, string> = {};
  p.goals.forEach((g, i) => (assignments[g.id] = d.portfolioIds[(i * 7 + seed) % k]!));
  for (const id of d.locked) assignments[id] = d.assignments[id]!;
  return { ...p, divisions: [{ ...d, assignments }] };
}

function checkShape(curve: MoveCurve, fullCut: number) {
  let last = curve.before.cut;
  curve.points.forEach((pt, i) => {
    expect(pt.cut).toBeLessThanOrEqual(last + 1e-9);
    expect(pt.moves).toBeLessThanOrEqual(pt.cap);
    expect(pt.list).toHaveLength(pt.moves);
    if (i > 0) expect(pt.cap).toBeGreaterThan(curve.points[i - 1]!.cap);
    expect(pt.lowerBound ?? 0).toBeLessThanOrEqual(pt.cut + 1e-9);
    last = pt.cut;
  });
  // No point at all only when the proposal is the draft itself and no single move or swap helps.
  if (curve.points.length === 0) expect(curve.full.moves).toBe(0);
  expect(curve.points.at(-1)?.cut ?? curve.before.cut).toBeLessThanOrEqual(fullCut + 1e-9);
  expect(curve.full.cut).toBeCloseTo(fullCut, 9);
}

describe('moveCurve', () => {
  it('never rises, its first point is the best single suggestion, its last the full proposal or better', () => {
    for (const seed of [1, 2, 3, 4]) {
      const p = balanced(seed, 40, 4);
      const { res, curve } = curveOf(p);
      checkShape(curve, res.cut);
      const best = suggestMoves(p, p.divisions[0]!.id, { balance: 'goals', tolerance: balance.tolerance, limit: 1 });
      const gain = best.suggestions[0]?.gain ?? 0;
      expect(curve.points[0]!.cap).toBe(1);
      expect(curve.points[0]!.cut).toBeCloseTo(curve.before.cut - gain, 9);
    }
  });

  it('keeps balance and locks at every point, and each point applies as exactly its moves', () => {
    const p = balanced(9, 36, 3, 4);
    const { curve } = curveOf(p);
    const id = p.divisions[0]!.id;
    const mean = p.goals.length / 3;
    for (const pt of curve.points) {
      const placement = pointPlacement(p, id, 'goal', pt);
      if (!placement) throw new Error('no placement');
      const next = setPlacement(p, id, placement);
      if (!next.ok) throw new Error('not applied');
      const q = next.project;
      const counts = new Map<string, number>();
      for (const g of q.goals) counts.set(holderOf(q, g.id)!, (counts.get(holderOf(q, g.id)!) ?? 0) + 1);
      for (const c of counts.values()) {
        expect(c).toBeGreaterThanOrEqual(Math.min(Math.floor(mean), Math.ceil(mean * 0.7 - 1e-9)));
        expect(c).toBeLessThanOrEqual(Math.max(Math.ceil(mean), Math.floor(mean * 1.3 + 1e-9)));
      }
      for (const gid of p.divisions[0]!.locked) expect(holderOf(q, gid)).toBe(holderOf(p, gid));
      expect(p.goals.filter((g) => holderOf(q, g.id) !== holderOf(p, g.id))).toHaveLength(pt.moves);
      // The report of the applied point gives the point's split weight.
      expect(analyseProject(q, id).value!.cut.cut).toBeCloseTo(pt.splitWeight, 9);
    }
  });

  it('explains every point: the links its moves join less those they split make up the drop in split weight', () => {
    const p = balanced(5, 30, 3);
    const { curve } = curveOf(p);
    const strength = new Map(p.links.map((l) => [l.id, l.strength]));
    const sum = (ids: readonly string[]) => ids.reduce((s, id) => s + strength.get(id)!, 0);
    for (const pt of curve.points) {
      const moves = explainPoint(p, p.divisions[0]!.id, 'goal', pt)!;
      expect(moves.map((m) => m.nodeId)).toEqual(pt.list.map((m) => m.nodeId));
      const net = moves.reduce((s, m) => s + sum(m.joins) - sum(m.splits), 0);
      expect(net).toBeCloseTo(curve.before.splitWeight - pt.splitWeight, 9);
    }
  });

  it('bounds each point below by what any division within that many moves can reach (brute force)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const p = balanced(seed, 8, 2);
        const { curve } = curveOf(p, { by: 'goals', tolerance: 0.5 });
        const curveWithBound = withGlobalBound(curve, 0);
        const d = p.divisions[0]!;
        const ids = p.goals.map((g) => g.id);
        const best = new Map<number, number>();
        for (let mask = 0; mask < 1 << ids.length; mask++) {
          const holders = ids.map((_, i) => d.portfolioIds[(mask >> i) & 1]!);
          const size = holders.filter((h) => h === d.portfolioIds[0]).length;
          if (size < 2 || size > 6) continue;
          const moves = ids.filter((id, i) => holders[i] !== d.assignments[id]).length;
          const at = new Map(ids.map((id, i) => [id, holders[i]!]));
          const cut = p.links.reduce((s, l) => s + (at.get(l.source) !== at.get(l.target) ? l.strength : 0), 0);
          best.set(moves, Math.min(best.get(moves) ?? Infinity, cut));
        }
        for (const pt of curveWithBound.points) {
          let reachable = Infinity;
          for (const [m, cut] of best) if (m <= pt.cap) reachable = Math.min(reachable, cut);
          expect(pt.lowerBound!).toBeLessThanOrEqual(reachable + 1e-9);
          expect(pt.cut).toBeGreaterThanOrEqual(reachable - 1e-9);
        }
      }),
      { numRuns: 40, seed: 3 },
    );
  });

  it('gives the same curve for the same input', () => {
    const p = balanced(11, 60, 5);
    expect(JSON.stringify(curveOf(p).curve)).toBe(JSON.stringify(curveOf(p).curve));
  });
});

describe('moveCurve with subjects and rules', () => {
  it('moves whole subjects at subject level; every point applies and the report gives its split weight', () => {
    fc.assert(
      fc.property(randomSubjectDraft(), (p) => {
        const options = { balance: { by: 'goals' as const, tolerance: 1 }, seed: 1, level: 'subject' as const };
        const res = optimiseProjectPlacement(p, 'D', options);
        fc.pre(res.ok);
        if (!res.ok) return;
        const curve = moveCurve(p, 'D', options, res);
        if ('problems' in curve) throw new Error(JSON.stringify(curve.problems));
        checkShape(curve, res.cut);
        for (const pt of curve.points) {
          const placement = pointPlacement(p, 'D', 'subject', pt);
          const next = setPlacement(p, 'D', placement!);
          if (!next.ok) throw new Error(JSON.stringify(next.problems));
          expect(analyseProject(next.project, 'D').value!.cut.cut).toBeCloseTo(pt.splitWeight, 9);
          for (const m of pt.list)
            if (m.kind === 'subject') expect(next.project.divisions[0]!.subjects[m.nodeId]![0]).toBe(m.to);
        }
      }),
      { numRuns: 60, seed: 12 },
    );
  });

  it('never joins the nodes of a keep-apart rule', () => {
    const p0 = balanced(4, 30, 3);
    const d = p0.divisions[0]!;
    // The two goals with the strongest link between different holders: the curve would join them first.
    const split = p0.links
      .filter((l) => d.assignments[l.source] !== d.assignments[l.target])
      .sort((a, b) => b.strength - a.strength)[0]!;
    const rule = { id: 'apart', kind: 'apart' as const, nodeIds: [split.source, split.target], reason: '' };
    const p: Project = { ...p0, divisions: [{ ...d, keep: [rule] }] };
    const { curve } = curveOf(p);
    expect(curve.points.length).toBeGreaterThan(0);
    for (const pt of curve.points) {
      const q = setPlacement(p, d.id, pointPlacement(p, d.id, 'goal', pt)!);
      if (!q.ok) throw new Error('not applied');
      const a = q.project.divisions[0]!.assignments;
      expect(a[split.source]).not.toBe(a[split.target]);
    }
  });
});

describe('moveCurve from a draft that breaks a keep-together rule', () => {
  it('counts and lists the moves that join the group in every point, and every point applies as it says', () => {
    const p0 = balanced(6, 24, 3);
    const d = p0.divisions[0]!;
    const [a, b] = p0.goals.filter((g, i) => i < 6 && d.assignments[g.id] !== d.assignments[p0.goals[0]!.id]);
    const pair = [p0.goals[0]!.id, (a ?? b)!.id];
    expect(d.assignments[pair[0]!]).not.toBe(d.assignments[pair[1]!]);
    const rule = { id: 'together', kind: 'together' as const, nodeIds: pair, reason: '' };
    const p: Project = { ...p0, divisions: [{ ...d, keep: [rule] }] };
    const { curve } = curveOf(p, { by: 'goals', tolerance: 0.5 });
    expect(curve.points.length).toBeGreaterThan(0);
    // The real draft, not the joined start.
    expect(curve.before.splitWeight).toBeCloseTo(analyseProject(p, d.id).value!.cut.cut, 9);
    for (const pt of curve.points) {
      const next = setPlacement(p, d.id, pointPlacement(p, d.id, 'goal', pt)!);
      if (!next.ok) throw new Error('not applied');
      const q = next.project;
      expect(analyseProject(q, d.id).value!.cut.cut).toBeCloseTo(pt.splitWeight, 9);
      expect(p.goals.filter((g) => holderOf(q, g.id) !== holderOf(p, g.id))).toHaveLength(pt.moves);
      expect(pt.moves).toBeLessThanOrEqual(pt.cap);
      expect(holderOf(q, pair[0]!)).toBe(holderOf(q, pair[1]!));
    }
  });
});
