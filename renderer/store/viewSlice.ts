import type { StateCreator } from 'zustand';
import type { Project } from '../../shared/model';
import { isViewId, type ViewId } from '../views/viewIds';
import type { AppState } from './appStore';

/** Which view is showing, and the one draft every view works on (and the one it is compared with). */
export interface ViewSlice {
  view: ViewId;
  /** The chosen draft: every view, the report and the optimiser read this one. */
  draftId: string | null;
  /** The draft the chosen one is compared with (map, board, figures strip, compare), if any. */
  compareDraftId: string | null;
  showView(view: ViewId): void;
  chooseDraft(id: string | null): void;
  chooseCompareDraft(id: string | null): void;
}

/** The stored choice of one project, so a reload returns to the same draft and view. */
export interface ViewChoice {
  view?: string;
  draftId?: string | null;
  compareDraftId?: string | null;
}

export const viewChoiceKey = (projectId: string) => `view:${projectId}`;

/** A stored choice made valid for this project: drafts that no longer exist fall back to the first one. */
export function restoreViewChoice(
  project: Project,
  stored: ViewChoice | undefined,
): Pick<ViewSlice, 'view' | 'draftId' | 'compareDraftId'> {
  const exists = (id: string | null | undefined) => !!id && project.divisions.some((d) => d.id === id);
  const draftId = exists(stored?.draftId) ? stored!.draftId! : (project.divisions[0]?.id ?? null);
  const compareDraftId =
    exists(stored?.compareDraftId) && stored!.compareDraftId !== draftId ? stored!.compareDraftId! : null;
  return { view: isViewId(stored?.view) ? stored.view : 'goals', draftId, compareDraftId };
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => {
  const remember = () => {
    const { project, view, draftId, compareDraftId, deps } = get();
    if (project)
      void deps.repository.setSetting(viewChoiceKey(project.id), {
        view,
        draftId,
        compareDraftId,
      } satisfies ViewChoice);
  };
  return {
    view: 'goals',
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
  };
};
