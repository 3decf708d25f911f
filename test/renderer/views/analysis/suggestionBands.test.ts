import { describe, expect, it } from 'vitest';
import { smallExample } from '../../../fixtures/smallExample';
import { draftLoads } from '../../../../shared/analysis/draftLoads';
import { holderBands } from '../../../../shared/analysis/balanceRule';
import { suggestMoves } from '../../../../shared/analysis/suggestMoves';
import { suggestSwaps } from '../../../../shared/analysis/suggestSwaps';
import { holdersOutside } from '../../../../renderer/store/viewSlice';
import { bandsKey, suggestionBands } from '../../../../renderer/views/analysis/suggestionBands';

const project = smallExample();
const division = project.divisions[0]!;
const loads = draftLoads(project, division, holdersOutside({ outside: null }, project, division));
const setting = { by: 'goals' as const, tolerance: 0.2, max: {} };

describe('suggestionBands', () => {
  it('leaves the equal share to the band around the mean', () => {
    expect(suggestionBands(loads, { ...setting, kind: 'mean' })).toBeUndefined();
    expect(bandsKey(undefined)).toBe('mean');
  });

  it('gives every holder taking part its band of the rule, and pins a holder outside the balance', () => {
    const bands = suggestionBands(loads, { ...setting, kind: 'current' })!;
    const rule = holderBands(
      loads.holders.map((h) => ({ holderId: h.holderId, now: h.goals, fte: h.fte })),
      loads.tray.goals,
      { by: 'goals', kind: 'current', tolerance: 0.2 },
    );
    for (const b of rule) expect(bands[b.holderId]).toEqual({ low: b.low, high: b.high });
    // The burgemeester stands outside by default: it keeps what it holds.
    expect(loads.outside.map((h) => h.holderId)).toEqual(['pf_burgemeester']);
    // A band no change fits: the burgemeester neither gives nor takes, in whatever unit the suggestions count.
    expect(bands['pf_burgemeester']).toEqual({ low: Infinity, high: -Infinity });
    const moves = suggestMoves(project, division.id, { limit: 100, bands }).suggestions;
    expect(moves.some((m) => m.from === 'pf_burgemeester' || m.to === 'pf_burgemeester')).toBe(false);
    expect(Object.keys(bands).sort()).toEqual([...division.portfolioIds].sort());
  });

  it('a maximum at today’s load: no suggestion gives that holder more', () => {
    const full = loads.holders[0]!;
    const bands = suggestionBands(loads, { ...setting, kind: 'max', max: { [full.holderId]: full.goals } })!;
    expect(bands[full.holderId]).toEqual({ low: 0, high: full.goals });
    expect(bands[loads.holders[1]!.holderId]!.high).toBe(Infinity);
    expect(bandsKey(bands)).toContain('null');
    const moves = suggestMoves(project, division.id, { limit: 100, bands }).suggestions;
    const opened = suggestMoves(project, division.id, {
      limit: 100,
      bands: { ...bands, [full.holderId]: { low: 0, high: Infinity } },
    });
    // Without the maximum something goes to that holder; with it nothing does.
    expect(opened.suggestions.some((s) => s.to === full.holderId)).toBe(true);
    expect(moves.some((s) => s.to === full.holderId)).toBe(false);
    for (const s of suggestSwaps(project, division.id, { limit: 100, bands }).swaps)
      for (const side of [s.a, s.b])
        if (side.from === full.holderId) expect(side.fromSize.after).toBeLessThanOrEqual(full.goals);
  });
});
