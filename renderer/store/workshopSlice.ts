import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

/**
 * Workshop mode: the projector presentation of the map, the board and the figures. It starts locked, so a stray
 * click in a room full of people edits nothing; the facilitator unlocks it. The guided walk steps through the
 * coordination agenda, pair by pair.
 */
export interface WorkshopSlice {
  workshop: boolean;
  /** While true (and in workshop mode) every edit, undo and redo is refused. */
  workshopLocked: boolean;
  /** The step of the guided walk on screen, or null when the walk is not running. */
  walkStep: number | null;
  setWorkshop(on: boolean): void;
  setWorkshopLocked(locked: boolean): void;
  setWalkStep(step: number | null): void;
}

export const createWorkshopSlice: StateCreator<AppState, [], [], WorkshopSlice> = (set) => ({
  workshop: false,
  workshopLocked: true,
  walkStep: null,
  setWorkshop(workshop) {
    // Entering always locks: the facilitator decides when the room may change things.
    set(workshop ? { workshop, workshopLocked: true } : { workshop, walkStep: null });
  },
  setWorkshopLocked(workshopLocked) {
    set({ workshopLocked });
  },
  setWalkStep(walkStep) {
    set({ walkStep });
  },
});

/** Edits are refused in a locked workshop. */
export const editsLocked = (s: Pick<WorkshopSlice, 'workshop' | 'workshopLocked'>) => s.workshop && s.workshopLocked;
