import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suggestMoves, type SubjectMoveSuggestion } from '../../../shared/analysis/suggestMoves';
import { buildCompactGraph, partsOf } from '../../../shared/analysis/compactGraph';
import { scoreParts } from '../../../shared/analysis/scoreParts';
import { movePlacement } from '../../../shared/analysis/placementProblem';
import { nodeHolder, subjectHolders } from '../../../shared/model/division';
import { randomSubjectDraft, subjectDraft } from './subjectDraftFixture';

// Subject level of subjectDraft: W (2 goals) and x at P1, w3 and the shared Z (2 goals) at P2, H (no goals) at P3;
// ties W–Z 4, w3–Z 2, Z–H 2, x–W 1; the draft splits 6. Goals per holder 3, 3, 1 (mean 7/3).
describe('suggestMoves at subject level', () => {
  const withLocks = (locked: string[]) => {
    const p = subjectDraft();
    return { ...p, divisions: [{ ...p.divisions[0]!, locked }] };
  };

  it('moves whole subjects with their goals, says which goals and the links behind the gain', () => {
    const r = suggestMoves(subjectDraft(), 'D', { level: 'subject', tolerance: 1.5 });
    expect(r.reason).toBeNull();
    expect(r.balance).toMatchObject({ measure: 'goals', mean: 7 / 3 });
    // W to P2 joins W–Z (w1–z1 3, w2–z2 1) and splits x–w1 (1): gain 3. H to P2 joins Z–H: gain 2. Z is shared: stays.
    expect(r.suggestions).toEqual([
      {
        subjectId: 'W',
        goalIds: ['w1', 'w2'],
        from: 'P1',
        to: 'P2',
        gain: 3,
        cutBefore: 6,
        cutAfter: 3,
        becomeInternal: ['w1_z1', 'w2_z2'],
        becomeSplit: ['x_w1'],
        fromSize: { before: 3, after: 1 },
        toSize: { before: 3, after: 5 },
      },
      {
        subjectId: 'H',
        goalIds: [],
        from: 'P3',
        to: 'P2',
        gain: 2,
        cutBefore: 6,
        cutAfter: 4,
        becomeInternal: ['z1_H'],
        becomeSplit: [],
        fromSize: { before: 1, after: 0 },
        toSize: { before: 3, after: 4 },
      },
    ]);
  });

  it('counts a subject’s goals against the band: moving W’s two goals onto P2 breaks ±100 %', () => {
    const r = suggestMoves(subjectDraft(), 'D', { level: 'subject', tolerance: 1 });
    expect(r.suggestions.map((s) => ('subjectId' in s ? s.subjectId : s.goalId))).toEqual(['H']);
  });

  it('leaves a locked subject, and a subject whose goal is locked, where they are', () => {
    const ids = (locked: string[]) =>
      suggestMoves(withLocks(locked), 'D', { level: 'subject', tolerance: 1.5 }).suggestions.map((s) =>
        'subjectId' in s ? s.subjectId : s.goalId,
      );
    expect(ids(['W'])).toEqual(['H']);
    expect(ids(['w2'])).toEqual(['H']);
    expect(ids(['H'])).toEqual(['W']);
    expect(suggestMoves(withLocks(['W', 'H', 'x', 'w3']), 'D', { level: 'subject' }).reason).toBe('allLocked');
  });

  it('applied, the subject and its goals land with the new holder and the cut drops by the gain', () => {
    const p = subjectDraft();
    const g = buildCompactGraph(p);
    const d = p.divisions[0]!;
    const placement = movePlacement(g, d, 'subject', 'W', 'P2')!;
    expect(placement).toEqual({ assignments: { x: 'P1' }, subjects: { W: ['P2'], Z: ['P2', 'P3'], H: ['P3'] } });
    expect(scoreParts(g, partsOf(g, { ...d, ...placement }), 3).cut).toBe(3);
  });

  it('property: subject-level suggestions move whole subjects, keep locks and shared subjects, and gain exactly', () => {
    fc.assert(
      fc.property(
        randomSubjectDraft(),
        fc.constantFrom('goals' as const, 'budget' as const),
        fc.constantFrom(0.2, 1, 3),
        (p, balance, tolerance) => {
          const g = buildCompactGraph(p);
          const d = p.divisions[0]!;
          const k = d.portfolioIds.length;
          const before = scoreParts(g, partsOf(g, d), k).cut;
          const r = suggestMoves(p, 'D', { level: 'subject', balance, tolerance, limit: 100 }, g);
          for (const s of r.suggestions) {
            const id = 'subjectId' in s ? s.subjectId : s.goalId;
            expect(d.locked).not.toContain(id);
            const placement = movePlacement(g, d, 'subject', id, s.to)!;
            const after = { ...d, ...placement };
            expect(scoreParts(g, partsOf(g, after), k).cut).toBeCloseTo(before - s.gain, 9);
            expect(s.cutBefore).toBeCloseTo(before, 9);
            for (const lockedId of d.locked) {
              const sid = p.subjects.some((x) => x.id === lockedId)
                ? lockedId
                : p.goals.find((x) => x.id === lockedId)?.subjectId;
              expect(nodeHolder(after, lockedId, sid)).toBe(nodeHolder(d, lockedId, sid));
            }
            if ('subjectId' in s) {
              const sub = s as SubjectMoveSuggestion;
              expect(subjectHolders(d, sub.subjectId).length).toBeLessThan(2);
              expect(subjectHolders(after, sub.subjectId)[0]).toBe(s.to);
              for (const goalId of sub.goalIds) {
                expect(nodeHolder(after, goalId, sub.subjectId)).toBe(s.to);
                expect(Object.hasOwn(after.assignments, goalId)).toBe(false);
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
