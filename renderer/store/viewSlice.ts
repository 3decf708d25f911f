import type { StateCreator } from 'zustand';
import type { Project } from '../../shared/model';
import type { BalanceKind } from '../../shared/analysis/balanceRule';
import { isViewId, type ViewId } from '../views/viewIds';
import type { AppState } from './appStore';

/**
 * What must stay balanced between holders, measured against what, and within ± how much (0.2 = ±20 % of each
 * holder's share): the board's bands, the suggestions and the optimiser read this one setting, so they agree.
 */
export interface BalanceSetting {
  by: 'goals' | 'budget';
  tolerance: number;
  /** What each holder is measured against (`balanceRule.ts`): the equal share, the FTE share, today's load, a maximum. */
  kind: BalanceKind;
  /**
   * Kind 'max': holder id → at most this many goals (or euros, by budget). A holder without an entry has no maximum.
   * In the unit of `by`, so changing `by` clears it.
   */
  max: Readonly<Record<string, number>>;
  /**
   * Holders left out of the balance (and of the optimiser's search): they keep their goals and the others share
   * the rest. Null means the default, the draft's burgemeester (who usually keeps openbare orde and veiligheid).
   */
  outside: readonly string[] | null;
}

export const DEFAULT_BALANCE: BalanceSetting = { by: 'goals', tolerance: 0.2, outside: null, kind: 'mean', max: {} };

/** The holders of a draft that stand outside the balance under this setting. */
export function holdersOutside(
  setting: Pick<BalanceSetting, 'outside'>,
  project: Pick<Project, 'portfolios'>,
  division: { portfolioIds: readonly string[] },
): ReadonlySet<string> {
  const inDraft = new Set(division.portfolioIds);
  if (setting.outside) return new Set(setting.outside.filter((id) => inDraft.has(id)));
  return new Set(project.portfolios.filter((p) => p.role === 'burgemeester' && inDraft.has(p.id)).map((p) => p.id));
}

/**
 * Whether map, board, matrix, report and compare show subjects (a subject's goals as one node) or single goals.
 * Subjects are the default: colleges trade subjects. A project without subjects always shows goals.
 */
export type NodeLevel = 'subject' | 'goal';

/** Which view is showing, and the one draft every view works on (and the one it is compared with). */
export interface ViewSlice {
  level: NodeLevel;
  chooseLevel(level: NodeLevel): void;
  view: ViewId;
  /** The chosen draft: every view, the report and the optimiser read this one. */
  draftId: string | null;
  /** The draft the chosen one is compared with (map, board, figures strip, compare), if any. */
  compareDraftId: string | null;
  showView(view: ViewId): void;
  chooseDraft(id: string | null): void;
  chooseCompareDraft(id: string | null): void;
  balance: BalanceSetting;
  setBalance(change: Partial<BalanceSetting>): void;
  /**
   * What the suggestions and the optimiser move: whole subjects with their goals (the default) or single goals.
   * A project without subjects always moves goals (see `useMoveLevel`).
   */
  moveLevel: NodeLevel;
  chooseMoveLevel(level: NodeLevel): void;
}

/** The stored choice of one project, so a reload returns to the same draft and view. */
export interface ViewChoice {
  view?: string;
  draftId?: string | null;
  compareDraftId?: string | null;
  level?: string;
}

export const viewChoiceKey = (projectId: string) => `view:${projectId}`;

/** A stored choice made valid for this project: drafts that no longer exist fall back to the first one. */
export function restoreViewChoice(
  project: Project,
  stored: ViewChoice | undefined,
): Pick<ViewSlice, 'view' | 'draftId' | 'compareDraftId' | 'level'> {
  const exists = (id: string | null | undefined) => !!id && project.divisions.some((d) => d.id === id);
  const draftId = exists(stored?.draftId) ? stored!.draftId! : (project.divisions[0]?.id ?? null);
  const compareDraftId =
    exists(stored?.compareDraftId) && stored!.compareDraftId !== draftId ? stored!.compareDraftId! : null;
  const level: NodeLevel = stored?.level === 'goal' ? 'goal' : 'subject';
  return { view: isViewId(stored?.view) ? stored.view : 'goals', draftId, compareDraftId, level };
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => {
  const remember = () => {
    const { project, view, draftId, compareDraftId, level, deps } = get();
    if (project)
      void deps.repository.setSetting(viewChoiceKey(project.id), {
        view,
        draftId,
        compareDraftId,
        level,
      } satisfies ViewChoice);
  };
  return {
    view: 'goals',
    level: 'subject',
    chooseLevel(level) {
      set({ level });
      remember();
    },
    draftId: null,
    compareDraftId: null,
    showView(view) {
      set({ view });
      remember();
    },
    chooseDraft(draftId) {
      set((s) => ({ draftId, compareDraftId: s.compareDraftId === draftId ? null : s.compareDraftId }));
      remember();
    },
    chooseCompareDraft(compareDraftId) {
      set((s) => ({ compareDraftId: compareDraftId === s.draftId ? null : compareDraftId }));
      remember();
    },
    balance: DEFAULT_BALANCE,
    setBalance(change) {
      set((s) => {
        // Maxima count goals or euros: a change of measure without new maxima leaves none in the wrong unit.
        const cleared = change.by !== undefined && change.by !== s.balance.by && change.max === undefined;
        return { balance: { ...s.balance, ...change, ...(cleared ? { max: {} } : {}) } };
      });
    },
    moveLevel: 'subject',
    chooseMoveLevel(moveLevel) {
      set({ moveLevel });
    },
  };
};
