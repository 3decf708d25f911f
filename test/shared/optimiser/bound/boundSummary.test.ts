import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundSummary, USEFUL_GAP } from '../../../../shared/optimiser/bound/boundSummary';
import { lowerBound } from '../../../../shared/optimiser/bound/bound';
import { syntheticProject } from '../../../../shared/optimiser/synthetic';
import { buildCompactGraph, partsOf } from '../../../../shared/analysis/compactGraph';
import { cutOf } from '../../../../shared/optimiser/search/partGraph';

const catalogue = (lang: string) =>
  JSON.parse(
    readFileSync(join(__dirname, `../../../../renderer/i18n/locales/${lang}/optimiser.json`), 'utf8'),
  ) as Record<string, string>;

describe('boundSummary', () => {
  it('words the result: proven, a gap rounded up, or no useful bound', () => {
    expect(boundSummary(10, { bound: 10 })).toEqual({ key: 'provenOptimal' });
    expect(boundSummary(10.24, { bound: 10 })).toEqual({ key: 'gapAtMost', params: { gap: 2.4 } });
    expect(boundSummary(10.241, { bound: 10 })).toEqual({ key: 'gapAtMost', params: { gap: 2.5 } });
    expect(boundSummary(5, { bound: 0 })).toEqual({ key: 'noUsefulBound' });
  });

  it('gives no figure above a 100 % gap (the bound below half the cut), one at 100 % exactly', () => {
    expect(USEFUL_GAP).toBe(1);
    expect(boundSummary(20, { bound: 10 })).toEqual({ key: 'gapAtMost', params: { gap: 100 } });
    expect(boundSummary(20.01, { bound: 10 })).toEqual({ key: 'noUsefulBound' });
    expect(boundSummary(6_644, { bound: 100 })).toEqual({ key: 'noUsefulBound' });
  });

  it('says so when the safety time limit cut the bound short, and only then', () => {
    const at = (stoppedBy: 'work' | 'closed' | 'time' | 'cancelled') =>
      boundSummary(11, { bound: 10, details: { stoppedBy } });
    expect(at('time')).toEqual({ key: 'gapAtMostTimeLimit', params: { gap: 10 } });
    expect(at('work')).toEqual({ key: 'gapAtMost', params: { gap: 10 } });
    expect(at('cancelled')).toEqual({ key: 'gapAtMost', params: { gap: 10 } });
    // Proven is proven, and without a useful bound there is no figure to doubt.
    expect(boundSummary(10, { bound: 10, details: { stoppedBy: 'time' } })).toEqual({ key: 'provenOptimal' });
    expect(boundSummary(30, { bound: 10, details: { stoppedBy: 'time' } })).toEqual({ key: 'noUsefulBound' });
  });

  it('has every key it returns in Dutch and English, with the same placeholders', () => {
    const nl = catalogue('nl');
    const en = catalogue('en');
    for (const key of ['provenOptimal', 'gapAtMost', 'gapAtMostTimeLimit', 'noUsefulBound']) {
      expect(nl[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
    expect(nl['gapAtMostTimeLimit']).toContain('{gap}');
    expect(en['gapAtMostTimeLimit']).toContain('{gap}');
    expect(en['noUsefulBound']).not.toContain('{gap}');
  });

  it('says no useful bound is known for a 5,000-goal draft with locked goals (only the isolation bound runs)', async () => {
    const project = syntheticProject({ goals: 5_000, portfolios: 7, seed: 5_007, locked: 5 });
    const g = buildCompactGraph(project);
    const parts = partsOf(g, project.divisions[0]!);
    const locked = new Int32Array(g.n).fill(-1);
    for (const id of project.divisions[0]!.locked) locked[g.goalIndex.get(id)!] = parts[g.goalIndex.get(id)!]!;
    const cut = cutOf(g, parts);
    const lb = await lowerBound(g, { k: 7, locked, balance: { by: 'goals', tolerance: 0.2 }, upperBound: cut });
    expect(lb.method).toBe('isolation');
    expect(lb.bound).toBeGreaterThan(0);
    // The figure the app printed before: thousands of percent.
    expect(lb.gapAbove!).toBeGreaterThan(10);
    expect(boundSummary(cut, lb)).toEqual({ key: 'noUsefulBound' });
  });
});
