import { describe, expect, it } from 'vitest';
import { voorbeeldProject } from '../../../shared/example/voorbeeld';
import { draftLoads, loadsOn } from '../../../shared/analysis/draftLoads';
import { holderBands } from '../../../shared/analysis/balanceRule';
import { suggestMoves } from '../../../shared/analysis/suggestMoves';

describe('suggestions under per-holder bands', () => {
  it('measure each holder as the bands do (draftLoads), also where a linked subject is a node at goal level', () => {
    const p = voorbeeldProject();
    const d = p.divisions[0]!;
    const loads = draftLoads(p, d);
    const on = loadsOn(loads, 'goals');
    const rule = { by: 'goals' as const, kind: 'current' as const, tolerance: 0.2 };
    const bands = Object.fromEntries(holderBands(on.loads, on.tray, rule).map((b) => [b.holderId, b]));
    const res = suggestMoves(p, d.id, { balance: 'goals', tolerance: 0.2, bands, limit: 50 });
    expect(res.suggestions.length).toBeGreaterThan(0);
    const now = new Map(loads.holders.map((h) => [h.holderId, h.goals]));
    for (const s of res.suggestions) {
      expect(s.fromSize.before).toBe(now.get(s.from));
      expect(s.fromSize.after).toBeGreaterThanOrEqual(bands[s.from]!.low);
      expect(s.toSize.after).toBeLessThanOrEqual(bands[s.to]!.high);
    }
  });
});
