import type { StateCreator } from 'zustand';
import { clampStep, TOUR_STEPS, tourCompareDraft } from '../app/tour/tourSteps';
import type { ViewId } from '../views/viewIds';
import type { AppState } from './appStore';

/** The tour in progress: its step, and where the user was, so skipping it puts them back there. */
export interface TourState {
  step: number;
  projectId: string;
  from: { view: ViewId; compareDraftId: string | null };
}

/** Remembered once the tour has been shown, so it does not come back at the next start (the help menu brings it). */
export const TOUR_SEEN_KEY = 'tourSeen';

export interface TourSlice {
  tour: TourState | null;
  /** Starts the tour on the open project at its first step (which opens that step's view); nothing without one. */
  startTour(): void;
  /** Goes to a step, opening its view; outside the steps it stays at the first or last. */
  tourTo(step: number): void;
  /** 'skip' (Esc, "Overslaan") returns to the view and comparison the user started from; 'done' stays. */
  endTour(how: 'skip' | 'done'): void;
}

export const createTourSlice: StateCreator<AppState, [], [], TourSlice> = (set, get) => {
  const show = (step: number) => {
    const s = get();
    const at = TOUR_STEPS[step]!;
    if (at.compare && s.project && s.compareDraftId === null) {
      const other = tourCompareDraft(s.project, s.draftId);
      if (other) s.chooseCompareDraft(other);
    }
    s.showView(at.view);
  };
  return {
    tour: null,
    startTour() {
      const s = get();
      if (!s.project) return;
      // The tour shows the views themselves; the projector presentation would hide them.
      if (s.workshop) s.setWorkshop(false);
      set({
        tour: { step: 0, projectId: s.project.id, from: { view: s.view, compareDraftId: s.compareDraftId } },
      });
      show(0);
    },
    tourTo(step) {
      const tour = get().tour;
      if (!tour) return;
      const next = clampStep(step);
      set({ tour: { ...tour, step: next } });
      show(next);
    },
    endTour(how) {
      const tour = get().tour;
      if (!tour) return;
      set({ tour: null });
      const s = get();
      if (how !== 'skip' || s.project?.id !== tour.projectId) return;
      s.chooseCompareDraft(tour.from.compareDraftId);
      s.showView(tour.from.view);
    },
  };
};
