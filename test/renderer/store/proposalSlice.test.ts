import { describe, expect, it, vi } from 'vitest';
import { smallExample, SMALL_EXAMPLE_ID } from '../../fixtures/smallExample';
import { assignGoal } from '../../../shared/model';
import { createAppStore } from '../../../renderer/store/appStore';
import {
  PROPOSAL_VERSION,
  WRITE_AFTER_MS,
  proposalKey,
  proposalStale,
  restoreProposal,
  type Proposal,
} from '../../../renderer/store/proposalSlice';
import { testStore } from '../support/testStore';

async function opened() {
  const t = testStore();
  await t.store.getState().adoptProject(smallExample());
  return t;
}

/** A proposal of the open project's first draft as a run would leave it (its figures need not be real here). */
function proposalFor(project: { id: string; updatedAt: string }, change: Partial<Proposal> = {}): Proposal {
  return {
    kind: 'proposal',
    version: PROPOSAL_VERSION,
    projectId: project.id,
    draftId: 'div_klassiek',
    draftName: 'Vorig college',
    updatedAt: project.updatedAt,
    settings: { by: 'goals', tolerance: 20, kind: 'mean', max: {}, seed: 1, level: 'goal', partyBand: undefined },
    holders: ['A', 'B'],
    fixed: ['pf_burgemeester'],
    cutBefore: 32,
    constantCut: 3,
    found: {
      placement: { assignments: { goal_werk: 'pf_sociaal' }, subjects: {} },
      assignments: {},
      cut: 8,
      cancelled: false,
    },
    curve: null,
    bound: null,
    waiting: { curve: true, bound: true },
    cap: null,
    ...change,
  };
}

const stored = (repository: ReturnType<typeof testStore>['repository']) =>
  repository.getSetting<Proposal | null>(proposalKey(SMALL_EXAMPLE_ID));

describe('the proposal slice: a proposal stays until applied or discarded', () => {
  it('stores the proposal per project and restores it on opening, with nothing left computing', async () => {
    const { store, repository, platform } = await opened();
    const p = proposalFor(store.getState().project!);
    store.getState().setOptimiserResult(p);
    store.getState().updateProposal({ cap: 3, bound: { bound: 7, method: 'lpTriangle' } as Proposal['bound'] });
    const now = store.getState().optimiserResult;
    expect(now).toEqual({ ...p, cap: 3, bound: { bound: 7, method: 'lpTriangle' } });
    await vi.waitFor(async () => expect(await stored(repository)).toEqual(now));

    // A reload: a new store over the same database opens the project with the proposal back.
    const again = createAppStore({ repository, platform, now: () => '2026-02-01T00:00:00.000Z' });
    await again.getState().openProject(SMALL_EXAMPLE_ID);
    expect(again.getState().optimiserResult).toEqual({ ...now, waiting: { curve: false, bound: false } });
    expect(again.getState().optimiserTask).toBeNull();
    expect(proposalStale(again.getState().optimiserResult as Proposal, again.getState().project!)).toBe(false);
  });

  it('keeps no problems or stopped searches over a reload', async () => {
    const { store, repository } = await opened();
    store.getState().setOptimiserResult(proposalFor(store.getState().project!));
    await vi.waitFor(async () => expect(await stored(repository)).not.toBeNull());
    store.getState().setOptimiserResult({ kind: 'problems', draftId: 'div_klassiek', problems: [{ code: 'x' }] });
    await vi.waitFor(async () => expect(await stored(repository)).toBeNull());
    // Changes to a proposal that is not there change nothing.
    store.getState().updateProposal({ cap: 2 });
    expect(store.getState().optimiserResult).toEqual({
      kind: 'problems',
      draftId: 'div_klassiek',
      problems: [{ code: 'x' }],
    });
  });

  it('discards: the proposal goes, here and in storage, and whatever is still computing stops', async () => {
    const { store, repository } = await opened();
    store.getState().setOptimiserResult(proposalFor(store.getState().project!));
    const cancel = vi.fn();
    store.getState().setOptimiserTask({ id: 1, draftId: 'div_klassiek', stage: 'after', progress: null, cancel });
    store.getState().discardProposal();
    expect(cancel).toHaveBeenCalledOnce();
    expect(store.getState().optimiserResult).toBeNull();
    expect(store.getState().optimiserTask).toBeNull();
    await vi.waitFor(async () => expect(await stored(repository)).toBeNull());
  });

  it('is stale once the project changes, and fresh again when undo brings that version back', async () => {
    const { store } = await opened();
    const p = proposalFor(store.getState().project!);
    store.getState().setOptimiserResult(p);
    expect(proposalStale(p, store.getState().project!)).toBe(false);
    store.getState().edit('app.cmd.assignGoal', (x) => assignGoal(x, 'div_klassiek', 'goal_werk', 'pf_fysiek'));
    expect(proposalStale(p, store.getState().project!)).toBe(true);
    store.getState().undo();
    expect(proposalStale(p, store.getState().project!)).toBe(false);
  });

  it('drops on restore a proposal of another project, of a draft that is gone, or of an older shape', () => {
    const project = smallExample();
    const p = proposalFor(project);
    expect(restoreProposal(project, p)).toEqual({ ...p, waiting: { curve: false, bound: false } });
    expect(restoreProposal(project, { ...p, projectId: 'other' })).toBeNull();
    expect(restoreProposal(project, { ...p, draftId: 'div_gone' })).toBeNull();
    expect(restoreProposal(project, { ...p, version: 0 })).toBeNull();
    expect(restoreProposal(project, null)).toBeNull();
    expect(restoreProposal(project, 'x')).toBeNull();
  });

  it('closing the project stops its run and lets its proposal go from memory (not from storage)', async () => {
    const { store, repository } = await opened();
    store.getState().setOptimiserResult(proposalFor(store.getState().project!));
    const cancel = vi.fn();
    store.getState().setOptimiserTask({ id: 2, draftId: 'div_klassiek', stage: 'search', progress: null, cancel });
    store.getState().closeProject();
    expect(cancel).toHaveBeenCalledOnce();
    expect(store.getState().optimiserResult).toBeNull();
    await vi.waitFor(async () => expect(await stored(repository)).not.toBeNull());
  });

  it('stores a change to the proposal once things are quiet, not at every keystroke', async () => {
    const { store, repository } = await opened();
    store.getState().setOptimiserResult(proposalFor(store.getState().project!));
    await vi.waitFor(async () => expect(await stored(repository)).not.toBeNull());
    const writes = vi.spyOn(repository, 'setSetting');
    for (const cap of [1, 12, 2]) store.getState().updateProposal({ cap });
    expect(writes).not.toHaveBeenCalled();
    await vi.waitFor(async () => expect((await stored(repository))?.cap).toBe(2));
    expect(writes).toHaveBeenCalledOnce();
    // A discard goes at once, and a change still waiting does not bring the proposal back.
    store.getState().updateProposal({ cap: 5 });
    store.getState().discardProposal();
    await new Promise((r) => setTimeout(r, WRITE_AFTER_MS + 50));
    expect(await stored(repository)).toBeNull();
  });

  it('stores a change still waiting for quiet when the window closes (the app’s flush), before it resolves', async () => {
    const { store, repository } = await opened();
    store.getState().setOptimiserResult(proposalFor(store.getState().project!));
    await vi.waitFor(async () => expect(await stored(repository)).not.toBeNull());
    store.getState().updateProposal({ cap: 3 });
    expect((await stored(repository))?.cap).toBeNull();
    await store.getState().flush();
    expect((await stored(repository))?.cap).toBe(3);
    // Nothing waits any more: the quiet-time write does not come again.
    const writes = vi.spyOn(repository, 'setSetting');
    await new Promise((r) => setTimeout(r, WRITE_AFTER_MS + 50));
    expect(writes).not.toHaveBeenCalled();
  });
});
