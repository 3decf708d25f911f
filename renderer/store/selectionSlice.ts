import type { StateCreator } from 'zustand';
import type { Project } from '../../shared/model';
import type { AppState } from './appStore';

/**
 * One selection shared by every view: selecting a goal in a table, on the map, the board or the matrix selects it
 * everywhere. Ids are node ids: goals and subjects.
 */
export interface SelectionSlice {
  selection: readonly string[];
  select(ids: readonly string[]): void;
  /** Ctrl/Shift-click: add the id, or take it out when it is already selected. */
  toggleSelected(id: string): void;
  clearSelection(): void;
}

const EMPTY: readonly string[] = [];

/** The selection without ids the project no longer has (after an undo or a removal). */
export function pruneSelection(selection: readonly string[], project: Project | null): readonly string[] {
  if (!selection.length) return selection;
  if (!project) return EMPTY;
  // Goals and subjects are both nodes a view can select (one id namespace).
  const ids = new Set(project.goals.map((g) => g.id));
  for (const s of project.subjects) ids.add(s.id);
  const kept = selection.filter((id) => ids.has(id));
  return kept.length === selection.length ? selection : kept;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: EMPTY,
  select(ids) {
    set({ selection: [...new Set(ids)] });
  },
  toggleSelected(id) {
    set((s) => ({ selection: s.selection.includes(id) ? s.selection.filter((x) => x !== id) : [...s.selection, id] }));
  },
  clearSelection() {
    set({ selection: EMPTY });
  },
});
