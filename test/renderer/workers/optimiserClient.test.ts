import { describe, expect, it } from 'vitest';
import { runOptimiser, type WorkerLike } from '../../../renderer/workers/optimiserClient';
import { handleOptimiserRequest } from '../../../renderer/workers/optimiserWorkerCore';
import type { OptimiserMessage, OptimiserRequest } from '../../../renderer/workers/optimiserProtocol';
import { syntheticProject, optimiseProjectDivision, laneSeed } from '../../../shared/optimiser';

type FakeWorker = WorkerLike & { terminated: boolean; requests: OptimiserRequest[] };

/** Runs the worker's code in-process, posting messages asynchronously as a real worker would. */
function fakeWorker(): FakeWorker {
  const w: FakeWorker = {
    terminated: false,
    requests: [],
    onmessage: null,
    onerror: null,
    terminate() {
      w.terminated = true;
    },
    postMessage(req: OptimiserRequest) {
      w.requests.push(req);
      const post = (m: OptimiserMessage) =>
        queueMicrotask(() => {
          if (!w.terminated) w.onmessage?.({ data: m } as MessageEvent<OptimiserMessage>);
        });
      setTimeout(() => void handleOptimiserRequest(req, post), 0);
    },
  };
  return w;
}

/** A factory that remembers every worker it made. */
function pool(): { create: () => WorkerLike; made: FakeWorker[] } {
  const made: FakeWorker[] = [];
  return {
    made,
    create: () => {
      const w = fakeWorker();
      made.push(w);
      return w;
    },
  };
}

describe('runOptimiser', () => {
  const project = syntheticProject({ goals: 40, portfolios: 4, seed: 2, locked: 3 });
  const divisionId = project.divisions[0]!.id;
  const balance = { by: 'goals', tolerance: 0 } as const;

  it('runs two lanes with derived seeds, keeps the better cut, then bounds it in a third worker', async () => {
    const phases = new Set<string>();
    const fractions: number[] = [];
    const p = pool();
    const options = { balance, seed: 3, effort: 0.3, boundTimeLimitMs: 1_000 };
    const out = await runOptimiser(
      project,
      divisionId,
      options,
      (pr) => {
        phases.add(pr.kind);
        if (pr.kind === 'search') fractions.push(pr.fraction);
      },
      p.create,
    ).promise;
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.cancelled).toBe(false);
    expect(Object.keys(out.assignments)).toHaveLength(40);
    expect(out.bound!.bound).toBeLessThanOrEqual(out.cut + 1e-9);
    expect(phases).toEqual(new Set(['search', 'bound']));
    expect(p.made).toHaveLength(3);
    expect(p.made.every((w) => w.terminated)).toBe(true);
    const seeds = p.made.slice(0, 2).map((w) => (w.requests[0]!.type === 'run' ? w.requests[0]!.options.seed : NaN));
    expect(seeds).toEqual([laneSeed(3, 0), laneSeed(3, 1)]);
    expect(p.made[2]!.requests[0]!.type).toBe('bound');
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
    const options = { balance, seed: 9, effort: 0.2, bound: false };
    const a = await runOptimiser(project, divisionId, options, undefined, fakeWorker).promise;
    const p = pool();
    const b = await runOptimiser(project, divisionId, options, undefined, p.create).promise;
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect([a.assignments, a.cut, a.stats?.iterations]).toEqual([b.assignments, b.cut, b.stats?.iterations]);
    expect(p.made).toHaveLength(2);
    if (a.ok) expect(a.bound).toBeUndefined();
  });

  it('passes problems through', async () => {
    const bad = { ...project, divisions: [{ ...project.divisions[0]!, portfolioIds: [] }] };
    const out = await runOptimiser(bad, divisionId, { balance, seed: 1 }, undefined, fakeWorker).promise;
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems.map((p) => p.code)).toContain('optimiserNoPortfolios');
  });

  it('cancel ends the workers and resolves with the best division seen, or a clear cancelled result', async () => {
    const p = pool();
    const run = runOptimiser(project, divisionId, { balance, seed: 1 }, undefined, p.create);
    run.cancel();
    const out = await run.promise;
    expect(p.made.every((w) => w.terminated)).toBe(true);
    expect(out).toEqual({ ok: false, cancelled: true, problems: [] });

    const p2 = pool();
    const run2 = runOptimiser(
      project,
      divisionId,
      { balance, seed: 1, effort: 0.2, boundTimeLimitMs: 3_000 },
      (pr) => {
        if (pr.kind === 'bound') run2.cancel();
      },
      p2.create,
    );
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
    await expect(runOptimiser(project, divisionId, { balance, seed: 1 }, undefined, () => w).promise).rejects.toThrow(
      'boom',
    );
  });
});
