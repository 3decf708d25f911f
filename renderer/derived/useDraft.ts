import type { Division } from '../../shared/model';
import type { NodeLevel } from '../store/viewSlice';
import { useApp } from '../app/StoreContext';

/** The draft every view works on, chosen once in the header (the first draft when none is chosen). */
export function useChosenDraft(): Division | undefined {
  return useApp((s) => s.project?.divisions.find((d) => d.id === s.draftId) ?? s.project?.divisions[0]);
}

/** The draft the chosen one is compared with, if the user picked one. */
export function useCompareDraft(): Division | undefined {
  return useApp((s) => (s.compareDraftId ? s.project?.divisions.find((d) => d.id === s.compareDraftId) : undefined));
}

/** The level every view shows: the user's choice, or goals when the project has no subjects. */
export function useLevel(): NodeLevel {
  return useApp((s) => (s.project?.subjects.length ? s.level : 'goal'));
}
