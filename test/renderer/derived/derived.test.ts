import { describe, expect, it } from 'vitest';
import { smallExample } from '../../fixtures/smallExample';
import { assignGoal, updateGoal } from '../../../shared/model';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { derivedOf } from '../../../renderer/derived/derived';

const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error('op failed');
  return (r as T & { project: ReturnType<typeof smallExample> }).project;
};

describe('derived data per project revision', () => {
  it('gives the same object, graph and report for the same revision', () => {
    const p = smallExample();
    const d = derivedOf(p);
    expect(derivedOf(p)).toBe(d);
    expect(d.report('div_klassiek')).toBe(d.report('div_klassiek'));
    expect(d.report('div_nope')).toBeNull();
  });

  it('its report equals a report computed from scratch', () => {
    const p = smallExample();
    const mine = derivedOf(p).report('div_samenhang')!;
    const fresh = coherenceReport(p, 'div_samenhang', undefined, { bridging: { top: 8 } });
    expect(mine.cut).toEqual(fresh.cut);
    expect(mine.coordination.map((c) => [c.a, c.b, c.weight])).toEqual(
      fresh.coordination.map((c) => [c.a, c.b, c.weight]),
    );
  });

  it('keeps the graph when only a draft changed, and the other draft’s report too', () => {
    const p = smallExample();
    const d1 = derivedOf(p);
    const g1 = d1.graph;
    const other = d1.report('div_samenhang');
    const before = d1.report('div_klassiek')!;
    const p2 = ok(assignGoal(p, 'div_klassiek', 'goal_werk', 'pf_fysiek'));
    const d2 = derivedOf(p2);
    expect(d2).not.toBe(d1);
    expect(d2.graph).toBe(g1);
    expect(d2.report('div_samenhang')).toBe(other);
    expect(d2.report('div_klassiek')).not.toBe(before);
  });

  it('rebuilds the graph when a goal changed', () => {
    const p = smallExample();
    const g1 = derivedOf(p).graph;
    const p2 = ok(updateGoal(p, 'goal_werk', { budget: 1 }));
    expect(derivedOf(p2).graph).not.toBe(g1);
  });

  it('compares two drafts and refuses unknown ones', () => {
    const d = derivedOf(smallExample());
    expect(d.compare('div_klassiek', 'div_samenhang')?.moved.length).toBeGreaterThan(0);
    expect(d.compare('div_klassiek', 'div_nope')).toBeNull();
  });
});
