import { describe, expect, it, vi } from 'vitest';
import { smallExample } from '../../../fixtures/smallExample';
import { moveCurve, withoutHolders } from '../../../../shared/optimiser';
import { startProposalRun } from '../../../../renderer/views/analysis/proposalRun';
import { runOptions, type RunSettings } from '../../../../renderer/views/analysis/optimiserSettings';
import type { AppStore } from '../../../../renderer/store/appStore';
import type { OptimiserResult, Proposal } from '../../../../renderer/store/proposalSlice';
import { testStore } from '../../support/testStore';
import { workerPool } from '../../support/optimiserWorker';

const settings: RunSettings = {
  by: 'goals',
  tolerance: 20,
  kind: 'mean',
  max: {},
  seed: 1,
  level: 'goal',
  partyBand: undefined,
};

async function opened() {
  const t = testStore();
  await t.store.getState().adoptProject(smallExample());
  const project = t.store.getState().project!;
  const division = project.divisions[0]!;
  return { ...t, project, division, fixed: new Set(['pf_burgemeester']) };
}

/** Every result the store held, in order, and the task's stage beside it. */
function record(store: AppStore) {
  const seen: { result: OptimiserResult | null; stage: string | null }[] = [];
  store.subscribe((s, prev) => {
    if (s.optimiserResult !== prev.optimiserResult)
      seen.push({ result: s.optimiserResult, stage: s.optimiserTask?.stage ?? null });
  });
  return seen;
}

const idle = (store: AppStore) =>
  vi.waitFor(() => expect(store.getState().optimiserTask).toBeNull(), { timeout: 30_000 });

describe('an optimiser run kept in the store', () => {
  it('shows the proposal as soon as it is found, then adds its curve and its bound', async () => {
    const { store, project, division, fixed } = await opened();
    const seen = record(store);
    startProposalRun(store, { project, division, fixed, settings, cutBefore: 32 }, workerPool().create);
    expect(store.getState().optimiserTask?.stage).toBe('search');
    await idle(store);
    const first = seen[0]!;
    expect(first.stage).toBe('after');
    const found = first.result as Proposal;
    expect(found).toMatchObject({ kind: 'proposal', draftId: division.id, curve: null, bound: null, cap: null });
    expect(found.waiting).toEqual({ curve: true, bound: true });
    expect(found.updatedAt).toBe(project.updatedAt);

    const done = store.getState().optimiserResult as Proposal;
    expect(done.waiting).toEqual({ curve: false, bound: false });
    expect(done.found).toEqual(found.found);
    expect(done.bound!.bound).toBeLessThanOrEqual(done.found.cut + 1e-9);
    // The curve is the one from the draft to this proposal, on the holders taking part.
    const reduced = withoutHolders(project, division, fixed);
    expect(done.constantCut).toBe(reduced.constantCut);
    expect(done.curve).toEqual(moveCurve(reduced.project, division.id, runOptions(settings), done.found));
    expect(done.cutBefore).toBe(32);
    expect(done.holders).not.toContain('Burgemeester M. de Graaf');
  });

  it('stopped before the search has found anything, says so', async () => {
    const { store, project, division, fixed } = await opened();
    startProposalRun(store, { project, division, fixed, settings, cutBefore: 32 }, workerPool().create);
    store.getState().optimiserTask!.cancel();
    await idle(store);
    expect(store.getState().optimiserResult).toEqual({ kind: 'cancelled', draftId: division.id });
  });

  it('says the problems, in the draft’s words, when the balance cannot be met', async () => {
    const { store, project, division, fixed } = await opened();
    const max = Object.fromEntries(division.portfolioIds.map((id) => [id, 1]));
    startProposalRun(
      store,
      { project, division, fixed, settings: { ...settings, kind: 'max', max }, cutBefore: 32 },
      workerPool().create,
    );
    await idle(store);
    const r = store.getState().optimiserResult;
    expect(r?.kind).toBe('problems');
    if (r?.kind === 'problems') expect(r.problems.length).toBeGreaterThan(0);
  });

  it('a discard, or a newer run, leaves the older run’s answers nowhere', async () => {
    const { store, project, division, fixed } = await opened();
    const pool = workerPool();
    startProposalRun(store, { project, division, fixed, settings, cutBefore: 32 }, pool.create);
    await vi.waitFor(() => expect(store.getState().optimiserTask?.stage).toBe('after'), { timeout: 30_000 });
    store.getState().discardProposal();
    expect(pool.made.every((w) => w.terminated)).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(store.getState().optimiserResult).toBeNull();

    const seen = record(store);
    startProposalRun(store, { project, division, fixed, settings, cutBefore: 32 }, pool.create);
    startProposalRun(
      store,
      { project, division, fixed, settings: { ...settings, seed: 2 }, cutBefore: 32 },
      pool.create,
    );
    await idle(store);
    expect(seen.every((s) => s.result?.kind === 'proposal' && s.result.settings.seed === 2)).toBe(true);
  });
});
