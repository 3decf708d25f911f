import { describe, expect, it } from 'vitest';
import { runOptimiser, type WorkerLike } from '../../../renderer/workers/optimiserClient';
import type { CurveOutcome, OptimiserMessage, OptimiserOutcome } from '../../../renderer/workers/optimiserProtocol';
import { syntheticProject, optimiseProjectDivision, laneSeed, moveCurve } from '../../../shared/optimiser';
import { fakeWorker, workerPool as pool } from '../support/optimiserWorker';

describe('runOptimiser', () => {
  const project = syntheticProject({ goals: 40, portfolios: 4, seed: 2, locked: 3 });
  const divisionId = project.divisions[0]!.id;
  const balance = { by: 'goals', tolerance: 0 } as const;

  it('runs two lanes with derived seeds, keeps the better cut, then its curve and bound in two more workers', async () => {
    const phases = new Set<string>();
    const fractions: number[] = [];
    const p = pool();
    const options = { balance, seed: 3, effort: 0.3, boundTimeLimitMs: 1_000 };
    const out = await runOptimiser(
      project,
      divisionId,
      options,
      {
        onProgress: (pr) => {
          phases.add(pr.kind);
          if (pr.kind === 'search') fractions.push(pr.fraction);
        },
      },
      p.create,
    ).promise;
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.cancelled).toBe(false);
    expect(Object.keys(out.assignments)).toHaveLength(40);
    expect(out.bound!.bound).toBeLessThanOrEqual(out.cut + 1e-9);
    expect(phases).toEqual(new Set(['search', 'bound']));
    expect(p.made).toHaveLength(4);
    expect(p.made.every((w) => w.terminated)).toBe(true);
    const seeds = p.made.slice(0, 2).map((w) => (w.requests[0]!.type === 'run' ? w.requests[0]!.options.seed : NaN));
    expect(seeds).toEqual([laneSeed(3, 0), laneSeed(3, 1)]);
    expect(p.made.slice(2).map((w) => w.requests[0]!.type)).toEqual(['curve', 'bound']);
    // The curve runs from the draft to the chosen proposal, as moveCurve computes it directly.
    expect(out.curve).toEqual(moveCurve(project, divisionId, options, { assignments: out.assignments }));
    expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
    // The same as the better of the two lanes computed directly.
    const direct = [0, 1].map((l) =>
      optimiseProjectDivision(project, divisionId, { ...options, seed: laneSeed(3, l) }),
    );
    const cuts = direct.map((d) => (d.ok ? d.cut : Infinity));
    expect(out.cut).toBe(Math.min(...cuts));
    const win = direct[cuts[1]! < cuts[0]! ? 1 : 0]!;
    if (win.ok) expect(out.assignments).toEqual(win.assignments);
  });

  it('is deterministic for a seed and skips the bound when asked', async () => {
    const options = { balance, seed: 9, effort: 0.2, bound: false, curve: false };
    const a = await runOptimiser(project, divisionId, options, {}, fakeWorker).promise;
    const p = pool();
    const b = await runOptimiser(project, divisionId, options, {}, p.create).promise;
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect([a.assignments, a.cut, a.stats?.iterations]).toEqual([b.assignments, b.cut, b.stats?.iterations]);
    expect(p.made).toHaveLength(2);
    expect(a.bound).toBeUndefined();
    expect(a.curve).toBeUndefined();
  });

  it('passes problems through', async () => {
    const bad = { ...project, divisions: [{ ...project.divisions[0]!, portfolioIds: [] }] };
    const out = await runOptimiser(bad, divisionId, { balance, seed: 1 }, {}, fakeWorker).promise;
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems.map((p) => p.code)).toContain('optimiserNoPortfolios');
  });

  it('cancel ends the workers and resolves with the best division seen, or a clear cancelled result', async () => {
    const p = pool();
    const run = runOptimiser(project, divisionId, { balance, seed: 1 }, {}, p.create);
    run.cancel();
    const out = await run.promise;
    expect(p.made.every((w) => w.terminated)).toBe(true);
    expect(out).toEqual({ ok: false, cancelled: true, problems: [] });

    // Stopped once a lane has told its best so far, before the lanes are done.
    const p2 = pool((m) => {
      if (m.type === 'best') run2.cancel();
    });
    const run2 = runOptimiser(project, divisionId, { balance, seed: 1, effort: 0.2 }, {}, p2.create);
    const out2 = await run2.promise;
    expect(out2.ok && out2.cancelled).toBe(true);
    if (out2.ok) expect(Object.keys(out2.assignments)).toHaveLength(40);
    expect(p2.made.every((w) => w.terminated)).toBe(true);
  });

  it('rejects when a worker fails', async () => {
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate() {},
      postMessage() {
        setTimeout(
          () => w.onmessage?.({ data: { type: 'error', message: 'boom' } } as MessageEvent<OptimiserMessage>),
          0,
        );
      },
    };
    await expect(runOptimiser(project, divisionId, { balance, seed: 1 }, {}, () => w).promise).rejects.toThrow('boom');
  });

  it('tells the proposal as soon as the lanes are done, before the curve and the bound arrive', async () => {
    const p = pool();
    const events: string[] = [];
    let found: OptimiserOutcome | null = null;
    let curve: CurveOutcome | null = null;
    const run = runOptimiser(
      project,
      divisionId,
      { balance, seed: 2, effort: 0.2, boundTimeLimitMs: 1_000 },
      {
        onFound: (f) => {
          found = f;
          // Only the two lanes have worked so far: the proposal does not wait for the curve or the bound.
          events.push(`found:${p.made.length}`);
        },
        onCurve: (c) => {
          curve = c;
          events.push('curve');
        },
        onBound: () => events.push('bound'),
      },
      p.create,
    );
    const out = await run.promise;
    expect(events[0]).toBe('found:2');
    expect([...events.slice(1)].sort()).toEqual(['bound', 'curve']);
    expect(out.ok).toBe(true);
    if (!out.ok || !found) return;
    const f = found as Extract<OptimiserOutcome, { ok: true }>;
    expect([f.assignments, f.cut, f.bound, f.curve]).toEqual([out.assignments, out.cut, undefined, undefined]);
    expect(out.curve).toBe(curve);
    const req = p.made[2]!.requests[0]!;
    expect(req.type === 'curve' && req.assignments).toEqual(out.assignments);
    if (out.curve && !('problems' in out.curve)) {
      expect(out.curve.points.length).toBeGreaterThan(0);
      expect(out.curve.full.cut).toBeCloseTo(out.cut, 9);
    }
  });

  it('stopped after the proposal is found, keeps it with what had arrived, marked stopped', async () => {
    const p = pool();
    let curveIn = false;
    const run = runOptimiser(
      project,
      divisionId,
      { balance, seed: 4, effort: 0.2, boundTimeLimitMs: 3_000 },
      {
        onCurve: () => {
          curveIn = true;
        },
        // The bound's first progress: the proposal is found, the bound is under way.
        onProgress: (pr) => {
          if (pr.kind === 'bound') run.cancel();
        },
      },
      p.create,
    );
    const out = await run.promise;
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.cancelled).toBe(false);
    expect(out.stopped).toBe(true);
    expect(out.bound).toBeUndefined();
    expect(out.curve !== undefined).toBe(curveIn);
    expect(Object.keys(out.assignments)).toHaveLength(40);
    expect(p.made.every((w) => w.terminated)).toBe(true);
  });

  it('a curve or a bound that fails leaves the proposal standing: the curve says why, the bound is missing', async () => {
    // A worker that fails every request of one kind and runs the rest.
    const failing = (kind: 'curve' | 'bound') => (): WorkerLike => {
      const w = fakeWorker();
      const post = w.postMessage.bind(w);
      w.postMessage = (req) => {
        if (req.type !== kind) return post(req);
        setTimeout(() => w.onmessage?.({ data: { type: 'error', message: 'boom' } } as MessageEvent<OptimiserMessage>));
      };
      return w;
    };
    const options = { balance, seed: 5, effort: 0.2, boundTimeLimitMs: 1_000 };
    const noCurve = await runOptimiser(project, divisionId, options, {}, failing('curve')).promise;
    expect(noCurve.ok && noCurve.curve).toEqual({
      problems: [{ code: 'optimiserFailed', params: { message: 'boom' } }],
    });
    expect(noCurve.ok && noCurve.bound !== undefined).toBe(true);
    const bounds: unknown[] = [];
    const noBound = await runOptimiser(
      project,
      divisionId,
      options,
      { onBound: (b) => bounds.push(b) },
      failing('bound'),
    ).promise;
    expect(noBound.ok && noBound.bound).toBeUndefined();
    expect(bounds).toEqual([null]);
    expect(noBound.ok && noBound.curve && 'points' in noBound.curve).toBe(true);
  });
});
