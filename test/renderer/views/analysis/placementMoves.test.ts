import { describe, expect, it } from 'vitest';
import { placementMoves } from '../../../../renderer/views/analysis/placementMoves';
import { subjectDraft } from '../../../shared/analysis/subjectDraftFixture';

describe('placementMoves', () => {
  const p = subjectDraft();
  const d = p.divisions[0]!;

  it('lists a moved subject with the goals that go along, and goals that move on their own', () => {
    // W to P3 (w1, w2 go along; w3 stays at P2), x to P2, H unchanged.
    const moves = placementMoves(p, d, {
      assignments: { w3: 'P2', x: 'P2' },
      subjects: { W: ['P3'], Z: ['P2', 'P3'], H: ['P3'] },
    });
    expect(moves.subjects).toEqual([{ subjectId: 'W', from: 'P1', to: 'P3', goalIds: ['w1', 'w2'] }]);
    expect(moves.goals).toEqual([{ goalId: 'x', from: 'P1', to: 'P2' }]);
    expect(moves.goalsMoved).toBe(3);
  });

  it('a goal that joins its moved subject from elsewhere is a move of its own; nothing moved, nothing listed', () => {
    // W to P2, where the exception w3 already is: w3 now follows W but did not move.
    const moves = placementMoves(p, d, {
      assignments: { x: 'P1' },
      subjects: { W: ['P2'], Z: ['P2', 'P3'], H: ['P3'] },
    });
    expect(moves.subjects).toEqual([{ subjectId: 'W', from: 'P1', to: 'P2', goalIds: ['w1', 'w2'] }]);
    expect(moves.goals).toEqual([]);
    expect(placementMoves(p, d, { assignments: d.assignments, subjects: d.subjects })).toEqual({
      subjects: [],
      goals: [],
      goalsMoved: 0,
    });
  });
});
