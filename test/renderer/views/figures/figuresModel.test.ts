import { describe, expect, it } from 'vitest';
import { smallExample } from '../../../fixtures/smallExample';
import { coherenceReport } from '../../../../shared/analysis/coherenceReport';
import { headlineFigures, splitsLess } from '../../../../renderer/views/figures/figuresModel';

describe('figures strip model', () => {
  const p = smallExample();
  const a = headlineFigures(coherenceReport(p, 'div_klassiek'));
  const b = headlineFigures(coherenceReport(p, 'div_samenhang'));

  it('reads the headline figures off the report', () => {
    const r = coherenceReport(p, 'div_klassiek');
    expect(a).toEqual({
      divisionId: 'div_klassiek',
      name: r.divisionName,
      splitWeight: r.cut.cut,
      splitCount: r.cut.cutCount,
      linkCount: 35,
      owSplit: r.omgevingswet.cutCount,
      owTotal: r.omgevingswet.totalCount,
      owSocialPhysical: r.owSocialPhysical.count,
      pairs: r.coordination.length,
    });
    expect(a.splitCount).toBe(17);
  });

  it('names the draft that splits less per figure, comparing as shown, and neither when equal', () => {
    const less = splitsLess(a, b);
    expect(less.splitWeight).toBe(b.splitWeight < a.splitWeight ? 'b' : 'a');
    expect(splitsLess(a, a)).toEqual({ splitWeight: null, owSplit: null, owSocialPhysical: null, pairs: null });
    // 10.04 and 10.01 both show as 10,0: no draft is said to split less.
    expect(splitsLess({ ...a, splitWeight: 10.04 }, { ...a, splitWeight: 10.01 }).splitWeight).toBeNull();
  });
});
