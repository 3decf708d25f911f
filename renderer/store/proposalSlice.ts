import type { StateCreator } from 'zustand';
import type { Problem, Project } from '../../shared/model';
import type { Placement } from '../../shared/model/operations/placementOps';
import type { LowerBoundResult } from '../../shared/optimiser';
import type { CurveOutcome, OptimiserClientProgress } from '../workers/optimiserProtocol';
import type { RunSettings } from '../views/analysis/optimiserSettings';
import type { AppState } from './appStore';

/** An optimiser proposal as the panel shows it, kept until the user applies or discards it. */
export interface Proposal {
  kind: 'proposal';
  /** Bumped when the stored shape changes: an older record is dropped on reload rather than misread. */
  version: typeof PROPOSAL_VERSION;
  projectId: string;
  /** The draft it was computed from, and its name then (for the printed report). */
  draftId: string;
  draftName: string;
  /**
   * The project's `updatedAt` when the search started. Every edit (and undo) sets it, and it survives a reload,
   * unlike the store's revision counter: a proposal for another version of the project is said to be old and is
   * not applied.
   */
  updatedAt: string;
  settings: RunSettings;
  /** The names of the holders who took part, as they were. */
  holders: string[];
  /** Holders left out of the search: they keep their goals (`mergeFixedPlacement`). */
  fixed: string[];
  /** The draft's split weight (the report's figure), and the weight of links to holders left out (`constantCut`). */
  cutBefore: number;
  constantCut: number;
  /** The search's proposal for the holders taking part. */
  found: {
    placement: Placement;
    assignments: Record<string, string>;
    cut: number;
    deliberateCut?: number;
    /** The search was stopped: this is the best it had found. */
    cancelled: boolean;
  };
  curve: CurveOutcome | null;
  bound: LowerBoundResult | null;
  /** What is still being computed; after a reload or a stop nothing is. */
  waiting: { curve: boolean; bound: boolean };
  /** At most this many moves: the proposal shown is the curve's point at this cap; null for the full proposal. */
  cap: number | null;
}

/** What a run that found no proposal leaves: the problems that stopped it, or that it was stopped first. */
export type OptimiserResult =
  Proposal | { kind: 'problems'; draftId: string; problems: Problem[] } | { kind: 'cancelled'; draftId: string };

export const PROPOSAL_VERSION = 1;

/** A run in progress; not stored. */
export interface OptimiserTask {
  id: number;
  draftId: string;
  /** Searching, or the proposal is found and its curve and bound are being computed. */
  stage: 'search' | 'after';
  progress: OptimiserClientProgress | null;
  cancel(): void;
}

export interface ProposalSlice {
  optimiserResult: OptimiserResult | null;
  optimiserTask: OptimiserTask | null;
  setOptimiserResult(result: OptimiserResult | null): void;
  /** Changes the proposal on show (ignored when there is none): the curve or bound arrived, a cap was chosen. */
  updateProposal(change: Partial<Pick<Proposal, 'curve' | 'bound' | 'waiting' | 'cap'>>): void;
  setOptimiserTask(task: OptimiserTask | null): void;
  /** Drops the proposal, here and in storage, and stops whatever of it is still being computed. */
  discardProposal(): void;
  /** Stores a change still waiting for quiet (the window is closing); resolves when it is written. */
  flushProposal(): Promise<void>;
}

/** Quiet time before a changed proposal is stored. */
export const WRITE_AFTER_MS = 200;

export const proposalKey = (projectId: string) => `proposal:${projectId}`;

/** The proposal's project has changed since it was computed: it is shown, but not applied. */
export const proposalStale = (p: Pick<Proposal, 'updatedAt'>, project: Pick<Project, 'updatedAt'>) =>
  p.updatedAt !== project.updatedAt;

/**
 * A stored proposal made valid for this project: one of another project, of a draft that no longer exists or of
 * an older shape is dropped; nothing is being computed any more.
 */
export function restoreProposal(project: Project, stored: unknown): Proposal | null {
  if (!stored || typeof stored !== 'object') return null;
  const p = stored as Partial<Proposal>;
  if (p.kind !== 'proposal' || p.version !== PROPOSAL_VERSION || p.projectId !== project.id) return null;
  if (!project.divisions.some((d) => d.id === p.draftId)) return null;
  return { ...(p as Proposal), waiting: { curve: false, bound: false } };
}

export const createProposalSlice: StateCreator<AppState, [], [], ProposalSlice> = (set, get) => {
  // Only proposals are kept over a reload; problems and a stopped search are read once. A proposal with its curve
  // weighs up to a few megabytes at thousands of goals: a change to it (a cap typed, the bound in) is stored once
  // things are quiet; a new proposal or a discard at once.
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = (): Promise<void> => {
    const { project, optimiserResult, deps } = get();
    if (!project) return Promise.resolve();
    const keep = optimiserResult?.kind === 'proposal' ? optimiserResult : null;
    return deps.repository.setSetting(proposalKey(project.id), keep);
  };
  const remember = (later = false) => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!later) return void write();
    const projectId = get().project?.id;
    timer = setTimeout(() => {
      timer = null;
      // Another project may be open by now: it has its own proposal, read when it opened.
      if (get().project?.id === projectId) void write();
    }, WRITE_AFTER_MS);
  };
  return {
    optimiserResult: null,
    optimiserTask: null,
    setOptimiserResult(optimiserResult) {
      set({ optimiserResult });
      remember();
    },
    updateProposal(change) {
      const now = get().optimiserResult;
      if (now?.kind !== 'proposal') return;
      set({ optimiserResult: { ...now, ...change } });
      remember(true);
    },
    setOptimiserTask(optimiserTask) {
      set({ optimiserTask });
    },
    discardProposal() {
      get().optimiserTask?.cancel();
      set({ optimiserResult: null, optimiserTask: null });
      remember();
    },
    flushProposal() {
      if (!timer) return Promise.resolve();
      clearTimeout(timer);
      timer = null;
      return write();
    },
  };
};
