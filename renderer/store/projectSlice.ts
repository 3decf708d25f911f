import type { StateCreator } from 'zustand';
import { diffProjects, isEmptyPatch, type OpResult, type Problem, type Project } from '../../shared/model';
import type { MessageKey } from '../i18n/translate';
import type { ProjectSummary } from '../storage/projectRepository';
import type { AppState } from './appStore';
import { pushEntry, takeRedo, takeUndo, type HistoryState } from './history';

export interface ProjectSlice {
  library: ProjectSummary[];
  project: Project | null;
  /** Bumped on every change of `project`; analysis memoises on it. */
  revision: number;
  history: HistoryState;
  /** Set while a stored edit failed, so the user knows the screen is ahead of the disk. */
  saveError: string | null;
  /** Edits made but not yet stored; the header shows it and the browser warns before leaving while it is > 0. */
  pendingWrites: number;
  refreshLibrary(): Promise<void>;
  openProject(id: string): Promise<boolean>;
  /** Store a whole project (new, imported, example) and open it. Makes no undo step. */
  adoptProject(project: Project): Promise<void>;
  closeProject(): void;
  deleteProject(id: string): Promise<void>;
  /**
   * Run one pure model operation as one undoable step. Problems are returned, and also shown as a notice unless
   * the caller shows them itself (a form does, beside its fields).
   */
  edit(labelKey: MessageKey, op: (p: Project) => OpResult, options?: { inline?: boolean }): Problem[];
  undo(): void;
  redo(): void;
  /** Resolves when every edit so far is stored. */
  flush(): Promise<void>;
}

export const createProjectSlice: StateCreator<AppState, [], [], ProjectSlice> = (set, get) => {
  let writes: Promise<void> = Promise.resolve();
  let needsFullSave = false;

  function persist(before: Project, after: Project) {
    const patch = diffProjects(before, after);
    if (isEmptyPatch(patch)) return;
    const { repository } = get().deps;
    set((s) => ({ pendingWrites: s.pendingWrites + 1 }));
    writes = writes
      .then(() =>
        // After a failed write the stored rows lag behind by an unknown patch: only the whole project catches up.
        needsFullSave ? repository.saveProject(after) : repository.applyPatch(patch),
      )
      .then(
        () => {
          needsFullSave = false;
          set((s) => ({ pendingWrites: s.pendingWrites - 1, saveError: null }));
        },
        (e: unknown) => {
          needsFullSave = true;
          set((s) => ({ pendingWrites: s.pendingWrites - 1, saveError: e instanceof Error ? e.message : String(e) }));
        },
      );
  }

  function replace(next: Project, history: HistoryState) {
    set((s) => ({ project: next, history, revision: s.revision + 1 }));
  }

  return {
    library: [],
    project: null,
    revision: 0,
    history: { past: [], future: [] },
    saveError: null,
    pendingWrites: 0,

    async refreshLibrary() {
      set({ library: await get().deps.repository.listProjects() });
    },

    async openProject(id) {
      await writes;
      const { value, problems } = await get().deps.repository.loadProject(id);
      if (!value) {
        get().notify({ kind: 'error', key: 'app.notice.openFailed', problems });
        return false;
      }
      set((s) => ({
        project: value,
        revision: s.revision + 1,
        history: { past: [], future: [] },
        tab: 'goals',
        filePath: null,
        notices: [],
        saveError: null,
        divisionId: value.divisions[0]?.id ?? null,
      }));
      await get().deps.repository.setSetting('lastProjectId', id);
      return true;
    },

    async adoptProject(project) {
      await writes;
      await get().deps.repository.saveProject(project);
      await get().refreshLibrary();
      await get().openProject(project.id);
    },

    closeProject() {
      set((s) => ({ project: null, history: { past: [], future: [] }, revision: s.revision + 1, notices: [] }));
      void get().deps.repository.setSetting('lastProjectId', null);
      void writes.then(() => get().refreshLibrary());
    },

    async deleteProject(id) {
      await writes;
      await get().deps.repository.deleteProject(id);
      if (get().project?.id === id) get().closeProject();
      await get().refreshLibrary();
    },

    edit(labelKey, op, options) {
      const before = get().project;
      if (!before) return [{ code: 'noProjectOpen' }];
      // The view before the op: some ops move the user to another draft, and undo must bring them back here.
      const view = { tab: get().tab, divisionId: get().divisionId };
      const result = op(before);
      if (!result.ok) {
        if (!options?.inline) get().notify({ kind: 'error', key: 'app.notice.editFailed', problems: result.problems });
        return result.problems;
      }
      if (result.project === before) return [];
      const after = { ...result.project, updatedAt: get().deps.now() };
      replace(after, pushEntry(get().history, { labelKey, before, after, view }));
      persist(before, after);
      return [];
    },

    undo() {
      const current = get().project;
      const step = takeUndo(get().history);
      if (!current || !step) return;
      replace(step.entry.before, step.history);
      set({ tab: step.entry.view.tab as AppState['tab'], divisionId: step.entry.view.divisionId });
      persist(current, step.entry.before);
    },

    redo() {
      const current = get().project;
      const step = takeRedo(get().history);
      if (!current || !step) return;
      replace(step.entry.after, step.history);
      set({ tab: step.entry.view.tab as AppState['tab'], divisionId: step.entry.view.divisionId });
      persist(current, step.entry.after);
    },

    flush() {
      return writes;
    },
  };
};
