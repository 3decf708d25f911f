import { afterEach, describe, expect, it, vi } from 'vitest';
import { lowerBound, type LowerBoundOptions, type LowerBoundResult } from '../../../../shared/optimiser/bound/bound';
import { boundWork } from '../../../../shared/optimiser/bound/boundWork';
import { boundSummary } from '../../../../shared/optimiser/bound/boundSummary';
import { optimiseDivision } from '../../../../shared/optimiser/optimiser';
import { instance } from '../optimiserFixtures';

const strict = { by: 'goals', tolerance: 0 } as const;

/** The result as the app would keep it, without the one field that is wall-clock time. */
function figures(r: LowerBoundResult): string {
  const { elapsedMs: _elapsed, ...details } = r.details;
  return JSON.stringify({ ...r, details });
}

/**
 * A clock that runs `factor` times too fast from now on, for our code and for HiGHS alike (its wasm reads
 * `performance.now`): what a machine `factor` times slower, or that busy, looks like to a time limit.
 */
function fastClock(factor: number): void {
  const real = performance.now.bind(performance);
  const start = real();
  vi.spyOn(performance, 'now').mockImplementation(() => start + (real() - start) * factor);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('lowerBound by counted work', () => {
  // 40 goals in 4 portfolios with locks: the LP does not converge within its work, so where it stops decides the
  // figure; before issue 21 it stopped on the clock (5 s in the app, here 1 s of real time on a 5× clock).
  const lpCase = instance(40, 4, 8, 4, 6);
  const lpOptions: LowerBoundOptions = { k: 4, locked: lpCase.locked, balance: strict, effort: 0.3 };

  it('gives a byte-identical LP bound under a clock five times too fast', async () => {
    const normal = await lowerBound(lpCase.g, lpOptions);
    expect(normal.method).toBe('lpTrianglePartial');
    expect(normal.details.stoppedBy).toBe('work');
    expect(normal.details.lpRounds!).toBeGreaterThan(1);
    fastClock(5);
    const busy = await lowerBound(lpCase.g, lpOptions);
    expect(busy.details.stoppedBy).toBe('work');
    expect(figures(busy)).toBe(figures(normal));
  });

  it('stops at a different figure with more work: the work limit, not chance, decides it', async () => {
    const less = await lowerBound(lpCase.g, lpOptions);
    const more = await lowerBound(lpCase.g, { ...lpOptions, effort: 0.6 });
    expect(more.details.lpIterations!).toBeGreaterThan(less.details.lpIterations!);
    expect(more.details.lp!).toBeGreaterThan(less.details.lp!);
  });

  it('gives a byte-identical eigenvalue bound (both ascent phases) under a clock five times too fast', async () => {
    // No LP (lpUpTo 0): the eigenvalue ascent with pair multipliers, which stopped after 1.5 s before.
    const inst = instance(120, 5, 3, 3, 6);
    const options: LowerBoundOptions = { k: 5, locked: inst.locked, balance: strict, lpUpTo: 0, effort: 0.5 };
    const normal = await lowerBound(inst.g, options);
    expect(normal.method).toBe('spectral');
    expect(normal.details.spectralSteps).toBe(boundWork(120, 5, 0.5).spectralSteps);
    fastClock(5);
    const busy = await lowerBound(inst.g, options);
    expect(figures(busy)).toBe(figures(normal));
  });

  it('stops by time only when the safety limit fires, says so, and the bound stays valid', async () => {
    const opt = optimiseDivision(lpCase.g, { k: 4, locked: lpCase.locked, balance: strict, seed: 1 });
    expect(opt.ok).toBe(true);
    if (!opt.ok) return;
    const normal = await lowerBound(lpCase.g, { ...lpOptions, upperBound: opt.cut + 50 });
    expect(normal.details.stoppedBy).toBe('work');
    // A clock so fast that the 60 s safety stop passes within a fraction of a real second.
    fastClock(20_000);
    const stopped = await lowerBound(lpCase.g, { ...lpOptions, upperBound: opt.cut + 50 });
    expect(stopped.details.stoppedBy).toBe('time');
    expect(stopped.bound).toBeLessThanOrEqual(opt.cut + 1e-9);
    expect(stopped.bound).toBeLessThanOrEqual(normal.bound);
    // The app's sentence then says another run may give another figure.
    expect(boundSummary(opt.cut + 50, stopped).key).not.toBe('gapAtMost');
    expect(boundSummary(opt.cut + 50, normal).key).toBe('gapAtMost');
  });

  it('says closed when it met the known cut, and the time limit is not the work limit', async () => {
    const inst = instance(11, 3, 10, 1);
    const full = await lowerBound(inst.g, { k: 3, locked: inst.locked, balance: strict });
    const closed = await lowerBound(inst.g, { k: 3, locked: inst.locked, balance: strict, upperBound: full.bound });
    expect(closed.details.stoppedBy).toBe('closed');
    // A longer safety limit changes nothing: the work is counted.
    const longer = await lowerBound(inst.g, { k: 3, locked: inst.locked, balance: strict, timeLimitMs: 600_000 });
    expect(figures(longer)).toBe(figures(full));
  });
});

describe('boundWork', () => {
  it('gives less LP work per goal as the LP grows, and scales with effort', () => {
    const sizes = [10, 20, 40, 60, 90, 120, 150, 200, 300];
    const work = sizes.map((n) => boundWork(n, 5));
    for (let i = 1; i < work.length; i++) {
      expect(work[i]!.lpRounds).toBeLessThanOrEqual(work[i - 1]!.lpRounds);
      expect(work[i]!.lpIterations).toBeLessThanOrEqual(work[i - 1]!.lpIterations);
      expect(work[i]!.spectralSteps).toBeLessThanOrEqual(work[i - 1]!.spectralSteps);
    }
    expect(boundWork(500, 5).spectralSteps).toBe(57);
    expect(boundWork(500, 7).spectralSteps).toBe(44);
    expect(boundWork(120, 5, 2).lpIterations).toBe(2 * boundWork(120, 5).lpIterations);
    expect(boundWork(120, 5, 0).lpRounds).toBe(1);
  });
});
