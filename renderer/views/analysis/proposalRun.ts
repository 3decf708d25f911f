import type { Division, Project } from '../../../shared/model';
import { describeProblems, withoutHolders } from '../../../shared/optimiser';
import type { AppStore } from '../../store/appStore';
import type { OptimiserResult, Proposal } from '../../store/proposalSlice';
import { PROPOSAL_VERSION } from '../../store/proposalSlice';
import { runOptimiser, type OptimiserOutcome, type WorkerLike } from '../../workers/optimiserClient';
import { fixedRuleProblems } from './fixedRuleProblems';
import { runOptions, type RunSettings } from './optimiserSettings';

export interface ProposalRunInput {
  project: Project;
  division: Division;
  /** Holders left out of the search: they keep their goals. */
  fixed: ReadonlySet<string>;
  settings: RunSettings;
  /** The draft's split weight as the report gives it. */
  cutBefore: number;
}

let nextRunId = 1;

/**
 * Starts an optimiser run for one draft and keeps what it finds in the store (`proposalSlice`), so the proposal
 * outlives the panel: the view may change, the run goes on. The proposal shows as soon as the search is done;
 * its move curve and its bound follow. A newer run, a discard or another project makes this one's answers land
 * nowhere.
 */
export function startProposalRun(store: AppStore, input: ProposalRunInput, createWorker?: () => WorkerLike): void {
  const { project, division, fixed, settings, cutBefore } = input;
  const state = store.getState();
  state.optimiserTask?.cancel();
  // Holders outside the search keep their goals; the worker sees only the rest (exact, see fixedHolders.ts).
  const reduced = withoutHolders(project, division, fixed);
  const draftId = division.id;
  const blocked = fixedRuleProblems(project, reduced.straddling);
  if (blocked.length) {
    state.setOptimiserTask(null);
    state.setOptimiserResult({ kind: 'problems', draftId, problems: blocked });
    return;
  }
  const id = nextRunId++;
  const mine = () => store.getState().optimiserTask?.id === id;
  const proposalOf = (found: Extract<OptimiserOutcome, { ok: true }>, waiting: Proposal['waiting']): Proposal => ({
    kind: 'proposal',
    version: PROPOSAL_VERSION,
    projectId: project.id,
    draftId,
    draftName: division.name,
    updatedAt: project.updatedAt,
    settings,
    holders: project.portfolios
      .filter((p) => division.portfolioIds.includes(p.id) && !fixed.has(p.id))
      .map((p) => p.holder),
    fixed: [...fixed],
    cutBefore,
    constantCut: reduced.constantCut,
    found: {
      placement: found.placement,
      assignments: found.assignments,
      cut: found.cut,
      ...(found.deliberateCut !== undefined ? { deliberateCut: found.deliberateCut } : {}),
      cancelled: found.cancelled,
    },
    curve: found.curve ?? null,
    bound: found.bound ?? null,
    waiting,
    cap: null,
  });
  // Once the proposal is on show, a later failure or stop must not take it away: only what is still out ends.
  let shown = false;
  const settle = (change: Parameters<ReturnType<AppStore['getState']>['updateProposal']>[0] = {}) => {
    store.getState().setOptimiserTask(null);
    store.getState().updateProposal({ ...change, waiting: { curve: false, bound: false } });
  };
  const ended = (result: OptimiserResult) => {
    if (!mine()) return;
    store.getState().setOptimiserTask(null);
    store.getState().setOptimiserResult(result);
  };
  const run = runOptimiser(
    reduced.project,
    draftId,
    runOptions(settings),
    {
      onProgress: (progress) => {
        const task = store.getState().optimiserTask;
        if (mine() && task!.stage === 'search') store.getState().setOptimiserTask({ ...task!, progress });
      },
      onFound: (found) => {
        if (!mine()) return;
        shown = true;
        store.getState().setOptimiserTask({ ...store.getState().optimiserTask!, stage: 'after', progress: null });
        store.getState().setOptimiserResult(proposalOf(found, { curve: true, bound: true }));
      },
      onCurve: (curve) => {
        const now = store.getState().optimiserResult;
        if (mine() && now?.kind === 'proposal')
          store.getState().updateProposal({ curve, waiting: { ...now.waiting, curve: false } });
      },
      onBound: (bound) => {
        const now = store.getState().optimiserResult;
        if (mine() && now?.kind === 'proposal')
          store.getState().updateProposal({ bound, waiting: { ...now.waiting, bound: false } });
      },
    },
    createWorker,
  );
  state.setOptimiserTask({ id, draftId, stage: 'search', progress: null, cancel: run.cancel });
  run.promise.then(
    (outcome) => {
      if (!outcome.ok)
        return ended(
          outcome.cancelled
            ? { kind: 'cancelled', draftId }
            : // Problems index the holders of the reduced draft the worker saw.
              { kind: 'problems', draftId, problems: describeProblems(reduced.project, draftId, outcome.problems) },
        );
      // Found earlier: nothing more is coming (a stop may have cut the curve or the bound short).
      if (shown) return void (mine() && settle());
      ended(proposalOf(outcome, { curve: false, bound: false }));
    },
    (e: unknown) => {
      const problems = [{ code: 'optimiserFailed', params: { message: e instanceof Error ? e.message : String(e) } }];
      if (!shown) return ended({ kind: 'problems', draftId, problems });
      const now = store.getState().optimiserResult;
      if (mine() && now?.kind === 'proposal') settle(now.curve ? {} : { curve: { problems } });
    },
  );
}
