import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Project } from '../../../shared/model';
import { nodeHolder, subjectHolders } from '../../../shared/model/division';
import { buildCompactGraph, partsOf } from '../../../shared/analysis/compactGraph';
import { scoreParts } from '../../../shared/analysis/scoreParts';
import { suggestSwaps, swapNodeId, swapPlacement } from '../../../shared/analysis/suggestSwaps';
import { ruledDraft, ruleCheck } from '../optimiser/coalitionBrute';
import { randomSubjectDraft, subjectDraft } from './subjectDraftFixture';

/** The rules a placement breaks, by id, read from their definitions. */
function broken(p: Project, x: Pick<Project['divisions'][number], 'assignments' | 'subjects'>): Set<string> {
  const d = p.divisions[0]!;
  const { holderIn } = ruleCheck(p, d);
  const out = new Set<string>();
  for (const r of d.keep) {
    const hs = r.nodeIds.map((id) => holderIn(x, id)).filter((h) => h !== undefined);
    if (r.kind === 'together' ? new Set(hs).size > 1 : new Set(hs).size < hs.length) out.add(r.id);
  }
  for (const s of d.deliberate) {
    const a = holderIn(x, s.a);
    if (a !== undefined && a === holderIn(x, s.b)) out.add(s.id);
  }
  return out;
}

// Subject level of subjectDraft: W {w1, w2} and x at P1, w3 and the shared Z at P2, H at P3; ties W–Z 4, w3–Z 2,
// Z–H 2, x–W 1. Goals per holder 3, 3, 1.
describe('suggestSwaps at subject level and under the rules', () => {
  it('swaps a subject with its goals for an exception when the band blocks moving either alone', () => {
    // With w3–x 3 added the draft splits W–Z 4, Z–H 2, w3–x 3: 9. At ±75 % of 7/3 goals ([0.58, 4.08]) W→P2
    // (P2 would hold 5) is blocked; W for w3 gains W→P2 3 plus w3→P1 1 and leaves P2 with 4, above w3→P1 alone (1).
    const base = subjectDraft();
    const p = {
      ...base,
      links: [...base.links, { ...base.links[0]!, id: 'w3_x', source: 'w3', target: 'x', strength: 3 }],
    };
    expect(suggestSwaps(p, 'D', { level: 'subject', tolerance: 0.75 }).swaps).toEqual([
      {
        a: { subjectId: 'W', goalIds: ['w1', 'w2'], from: 'P1', to: 'P2', fromSize: { before: 3, after: 2 } },
        b: { goalId: 'w3', from: 'P2', to: 'P1', fromSize: { before: 3, after: 4 } },
        gain: 4,
        cutBefore: 9,
        cutAfter: 5,
        becomeInternal: ['w1_z1', 'w2_z2', 'w3_x'],
        becomeSplit: ['x_w1', 'w3_z1'],
      },
    ]);
    // Without w3–x the band blocks every single move, and the same swap still gains 3 − 2 = 1: the only way.
    const plain = suggestSwaps(subjectDraft(), 'D', { level: 'subject', tolerance: 0.75 });
    expect(plain.swaps.map((x) => [swapNodeId(x.a), swapNodeId(x.b), x.gain, x.cutAfter])).toEqual([['W', 'w3', 1, 5]]);
  });

  it('property: no swap breaks a rule the draft keeps or moves a together group; gains are exact', () => {
    let seen = 0;
    fc.assert(
      fc.property(ruledDraft(6, 2), fc.constantFrom('subject' as const, 'goal' as const), (p, level) => {
        const d = p.divisions[0]!;
        const g = buildCompactGraph(p);
        const check = ruleCheck(p, d);
        const before = broken(p, d);
        const cutBefore = check.cut(d);
        for (const s of suggestSwaps(p, 'D', { level, tolerance: 1, limit: 50 }, g).swaps) {
          seen++;
          const [a, b] = [swapNodeId(s.a), swapNodeId(s.b)];
          const placement = swapPlacement(g, d, level, a, b)!;
          const after = { ...d, ...placement };
          for (const id of broken(p, after)) expect(before.has(id), `${id} by ${a}↔${b}`).toBe(true);
          for (const r of d.keep)
            if (r.kind === 'together') {
              // A swap never moves a group: of two or more held members none moves (one alone may).
              const held = r.nodeIds.filter((id) => check.holderIn(d, id) !== undefined);
              const moved = held.filter((id) => check.holderIn(d, id) !== check.holderIn(after, id));
              if (held.length > 1) expect(moved).toEqual([]);
            }
          const cut = check.cut(after);
          expect(s.gain).toBeCloseTo(cutBefore.cut - cut.cut, 9);
          expect(s.cutAfter).toBeCloseTo(cut.cut + cut.deliberate, 9);
        }
      }),
      { numRuns: 600, seed: 61, endOnFailure: true },
    );
    expect(seen).toBeGreaterThan(20);
  });

  it('property: at subject level swaps move whole subjects, keep locks and shared subjects, and gain exactly', () => {
    let seen = 0;
    fc.assert(
      fc.property(
        randomSubjectDraft(),
        fc.constantFrom('goals' as const, 'budget' as const),
        fc.constantFrom(0, 0.2, 1, 3),
        (p, balance, tolerance) => {
          const g = buildCompactGraph(p);
          const d = p.divisions[0]!;
          const k = d.portfolioIds.length;
          const before = scoreParts(g, partsOf(g, d), k).cut;
          const r = suggestSwaps(p, 'D', { level: 'subject', balance, tolerance, limit: 100 }, g);
          for (const s of r.swaps) {
            seen++;
            const after = { ...d, ...swapPlacement(g, d, 'subject', swapNodeId(s.a), swapNodeId(s.b))! };
            expect(scoreParts(g, partsOf(g, after), k).cut).toBeCloseTo(before - s.gain, 9);
            for (const lockedId of d.locked) {
              const sid = p.subjects.some((x) => x.id === lockedId)
                ? lockedId
                : p.goals.find((x) => x.id === lockedId)?.subjectId;
              expect(nodeHolder(after, lockedId, sid)).toBe(nodeHolder(d, lockedId, sid));
            }
            for (const side of [s.a, s.b]) {
              if (!('subjectId' in side)) continue;
              expect(subjectHolders(d, side.subjectId)).toHaveLength(1);
              expect(subjectHolders(after, side.subjectId)[0]).toBe(side.to);
              for (const goalId of side.goalIds) expect(nodeHolder(after, goalId, side.subjectId)).toBe(side.to);
            }
            const band = r.balance!;
            for (const side of [s.a, s.b]) {
              const { before: was, after: now } = side.fromSize;
              if (now > was + 1e-9) expect(now).toBeLessThanOrEqual(band.high + 1e-9);
              if (now < was - 1e-9) expect(now).toBeGreaterThanOrEqual(band.low - 1e-9);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
    expect(seen).toBeGreaterThan(20);
  });
});
