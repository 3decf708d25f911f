import { describe, expect, it } from 'vitest';
import { runOptimiser, type WorkerLike } from '../../../renderer/workers/optimiserClient';
import { handleOptimiserRequest } from '../../../renderer/workers/optimiserWorkerCore';
import type { OptimiserMessage, OptimiserRequest } from '../../../renderer/workers/optimiserProtocol';
import { syntheticProject } from '../../../shared/analysis/synthetic';

/** Runs the worker's code in-process, posting messages asynchronously as a real worker would. */
function fakeWorker(): WorkerLike & { terminated: boolean } {
  const w: WorkerLike & { terminated: boolean } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    terminate() {
      w.terminated = true;
    },
    postMessage(req: OptimiserRequest) {
      const post = (m: OptimiserMessage) =>
        queueMicrotask(() => {
          if (!w.terminated) w.onmessage?.({ data: m } as MessageEvent<OptimiserMessage>);
        });
      setTimeout(() => void handleOptimiserRequest(req, post), 0);
    },
  };
  return w;
}

describe('runOptimiser', () => {
  const project = syntheticProject({ goals: 40, portfolios: 4, seed: 2, locked: 3 });
  const divisionId = project.divisions[0]!.id;

  it('resolves with assignments and a lower bound, reporting progress on the way', async () => {
    const phases = new Set<string>();
    const worker = fakeWorker();
    const run = runOptimiser(
      project,
      divisionId,
      { balance: { by: 'goals', tolerance: 0 }, seed: 1, effort: 0.3, boundTimeLimitMs: 1_000 },
      (p) => phases.add(p.kind),
      () => worker,
    );
    const out = await run.promise;
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.cancelled).toBe(false);
    expect(Object.keys(out.assignments)).toHaveLength(40);
    expect(out.bound!.bound).toBeLessThanOrEqual(out.cut + 1e-9);
    expect(phases).toEqual(new Set(['search', 'bound']));
    expect(worker.terminated).toBe(true);
  });

  it('passes problems through', async () => {
    const bad = { ...project, divisions: [{ ...project.divisions[0]!, portfolioIds: [] }] };
    const out = await runOptimiser(bad, divisionId, { balance: { by: 'goals', tolerance: 0 }, seed: 1 }, undefined, fakeWorker).promise;
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems.map((p) => p.code)).toContain('optimiserNoPortfolios');
  });

  it('cancel ends the worker and resolves with the best division seen, or a clear cancelled result', async () => {
    const worker = fakeWorker();
    const run = runOptimiser(project, divisionId, { balance: { by: 'goals', tolerance: 0 }, seed: 1 }, undefined, () => worker);
    run.cancel();
    const out = await run.promise;
    expect(worker.terminated).toBe(true);
    expect(out).toEqual({ ok: false, cancelled: true, problems: [] });

    const w2 = fakeWorker();
    const run2 = runOptimiser(project, divisionId, { balance: { by: 'goals', tolerance: 0 }, seed: 1, effort: 0.2, boundTimeLimitMs: 3_000 }, (p) => {
      if (p.kind === 'bound') run2.cancel();
    }, () => w2);
    const out2 = await run2.promise;
    expect(out2.ok && out2.cancelled).toBe(true);
    if (out2.ok) expect(Object.keys(out2.assignments)).toHaveLength(40);
  });

  it('rejects when the worker fails', async () => {
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate() {},
      postMessage() {
        setTimeout(() => w.onmessage?.({ data: { type: 'error', message: 'boom' } } as MessageEvent<OptimiserMessage>), 0);
      },
    };
    await expect(runOptimiser(project, divisionId, { balance: { by: 'goals', tolerance: 0 }, seed: 1 }, undefined, () => w).promise).rejects.toThrow('boom');
  });
});
