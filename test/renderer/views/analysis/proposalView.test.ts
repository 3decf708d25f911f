import { describe, expect, it } from 'vitest';
import type { CurvePoint, MoveCurve } from '../../../../shared/optimiser';
import type { Proposal } from '../../../../renderer/store/proposalSlice';
import { pointMoved, shownProposal } from '../../../../renderer/views/analysis/proposalView';

const point = (cap: number, cut: number, lowerBound: number | null): CurvePoint => ({
  cap,
  moves: cap,
  cut,
  splitWeight: cut + 2,
  list: [],
  lowerBound,
});
const curve: MoveCurve = {
  before: { cut: 20, splitWeight: 22 },
  points: [point(1, 15, 10), point(2, 12, 6), point(3, 10, null)],
  full: { cut: 10, splitWeight: 12, moves: 3 },
  complete: true,
};
const base = {
  constantCut: 3,
  found: { placement: { assignments: {}, subjects: {} }, assignments: {}, cut: 10, deliberateCut: 2, cancelled: false },
  curve: null,
  bound: null,
  cap: null,
} as unknown as Proposal;

describe('the proposal on show', () => {
  it('is the full proposal without a cap: the report’s weight (deliberate links and holders outside counted)', () => {
    const s = shownProposal(base);
    expect([s.point, s.curve, s.after, s.summary, s.lowerBound]).toEqual([null, null, 15, null, null]);
    const bounded = shownProposal({ ...base, bound: { bound: 8 } as Proposal['bound'] });
    expect(bounded.lowerBound).toBe(11);
    // 13 against 11: at most 18.2 % above the best possible.
    expect(bounded.summary).toEqual({ key: 'gapAtMost', params: { gap: 18.2 } });
    // A bound its safety time limit cut short says so: another run may give another figure.
    const timed = { bound: 8, details: { stoppedBy: 'time' } } as Proposal['bound'];
    expect(shownProposal({ ...base, bound: timed }).summary?.key).toBe('gapAtMostTimeLimit');
  });

  it('is the curve’s point at the cap, its bound raised to the global one once that is in', () => {
    const capped = { ...base, curve, cap: 2 };
    const s = shownProposal(capped);
    expect(s.point?.cap).toBe(2);
    expect(s.after).toBe(12 + 2 + 3);
    expect(s.lowerBound).toBe(9);
    const global = shownProposal({ ...capped, bound: { bound: 8 } as Proposal['bound'] });
    expect(global.lowerBound).toBe(11);
    expect(shownProposal({ ...capped, cap: 3, bound: { bound: 10 } as Proposal['bound'] }).summary).toEqual({
      key: 'provenOptimal',
    });
    // A curve that failed shows the full proposal.
    expect(shownProposal({ ...capped, curve: { problems: [] } }).point).toBeNull();
  });

  it('counts a point’s moves: subjects, and every goal that goes (a subject’s along with it)', () => {
    const list = [
      { nodeId: 's1', kind: 'subject' as const, goalIds: ['a', 'b'], from: 'x', to: 'y' },
      { nodeId: 'c', kind: 'goal' as const, goalIds: ['c'], from: null, to: 'y' },
    ];
    expect(pointMoved({ list })).toEqual({ subjects: 1, goals: 3 });
  });
});
