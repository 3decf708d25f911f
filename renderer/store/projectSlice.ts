import type { StateCreator } from 'zustand';
import { diffProjects, isEmptyPatch, type OpResult, type Problem, type Project } from '../../shared/model';
import type { MessageKey } from '../i18n/translate';
import type { ProjectSummary } from '../storage/projectRepository';
import type { AppState } from './appStore';
import { pushEntry, takeRedo, takeUndo, type HistoryState, type ViewSnapshot } from './history';
import type { Gesture } from './gesture';
import { pruneSelection } from './selectionSlice';
import { editsLocked } from './workshopSlice';
import { restoreViewChoice, viewChoiceKey, type ViewChoice } from './viewSlice';
import { proposalKey, restoreProposal } from './proposalSlice';

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
  /** The gesture in progress (a drag, a drop-down stepped with arrow keys), if any. */
  gesture: Gesture | null;
  /** Start a gesture: the edits until `commitGesture` become one undo step. A gesture still open is committed. */
  beginGesture(labelKey: MessageKey): void;
  /** End the gesture: one undo step when it changed the project, none when it did not. */
  commitGesture(): void;
  /** Esc: put the project back as it was before the gesture; no undo step, nothing written. */
  cancelGesture(): void;
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
    set((s) => ({
      project: next,
      history,
      revision: s.revision + 1,
      selection: pruneSelection(s.selection, next),
      // An offer to undo a drop is stale once the project changed otherwise: its button would undo something else.
      notices: s.notices.some((n) => n.undo) ? s.notices.filter((n) => !n.undo) : s.notices,
    }));
  }

  /** In a locked workshop the room sees why nothing happened, instead of a click that silently does nothing. */
  const refuseLocked = (): Problem[] => {
    const problems: Problem[] = [{ code: 'workshopLocked' }];
    get().notify({ kind: 'error', key: 'app.notice.workshopLocked' });
    return problems;
  };

  const viewNow = (): ViewSnapshot => ({ view: get().view, draftId: get().draftId });
  const restoreView = (view: ViewSnapshot) => set({ view: view.view, draftId: view.draftId });

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
      const { repository } = get().deps;
      const { value, problems } = await repository.loadProject(id);
      if (!value) {
        get().notify({ kind: 'error', key: 'app.notice.openFailed', problems });
        return false;
      }
      const choice = restoreViewChoice(value, await repository.getSetting<ViewChoice>(viewChoiceKey(id)));
      // An optimiser proposal stays until applied or discarded, over a reload too; a run of the last project stops.
      const optimiserResult = restoreProposal(value, await repository.getSetting(proposalKey(id)));
      get().optimiserTask?.cancel();
      set((s) => ({
        project: value,
        revision: s.revision + 1,
        history: { past: [], future: [] },
        gesture: null,
        selection: [],
        filePath: null,
        notices: [],
        saveError: null,
        ...choice,
        optimiserResult,
        optimiserTask: null,
        // A tour walks through the project it started on; another project ends it.
        tour: null,
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
      get().optimiserTask?.cancel();
      set((s) => ({
        optimiserResult: null,
        optimiserTask: null,
        project: null,
        history: { past: [], future: [] },
        gesture: null,
        selection: [],
        revision: s.revision + 1,
        notices: [],
        tour: null,
      }));
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
      if (editsLocked(get())) return refuseLocked();
      // The view before the op: a command may move the user to another draft, and undo must bring them back here.
      const view = viewNow();
      const result = op(before);
      if (!result.ok) {
        if (!options?.inline) get().notify({ kind: 'error', key: 'app.notice.editFailed', problems: result.problems });
        return result.problems;
      }
      if (result.project === before) return [];
      const after = { ...result.project, updatedAt: get().deps.now() };
      // Inside a gesture the edit only shows; the gesture's commit makes the one step and the one write.
      if (get().gesture) replace(after, get().history);
      else {
        replace(after, pushEntry(get().history, { labelKey, before, after, view }));
        persist(before, after);
      }
      return [];
    },

    gesture: null,

    beginGesture(labelKey) {
      if (editsLocked(get())) return;
      if (get().gesture) get().commitGesture();
      const before = get().project;
      if (before) set({ gesture: { labelKey, before, view: viewNow() } });
    },

    commitGesture() {
      const g = get().gesture;
      const after = get().project;
      set({ gesture: null });
      if (!g || !after || after === g.before) return;
      set({ history: pushEntry(get().history, { labelKey: g.labelKey, before: g.before, after, view: g.view }) });
      persist(g.before, after);
    },

    cancelGesture() {
      const g = get().gesture;
      set({ gesture: null });
      if (g && get().project !== g.before) replace(g.before, get().history);
    },

    undo() {
      if (editsLocked(get())) return void refuseLocked();
      if (get().gesture) get().commitGesture();
      const current = get().project;
      const step = takeUndo(get().history);
      if (!current || !step) return;
      replace(step.entry.before, step.history);
      restoreView(step.entry.view);
      persist(current, step.entry.before);
    },

    redo() {
      if (editsLocked(get())) return void refuseLocked();
      if (get().gesture) get().commitGesture();
      const current = get().project;
      const step = takeRedo(get().history);
      if (!current || !step) return;
      replace(step.entry.after, step.history);
      restoreView(step.entry.view);
      persist(current, step.entry.after);
    },

    flush() {
      // Closing the window mid-gesture keeps what is on screen.
      if (get().gesture) get().commitGesture();
      // A cap just typed on the optimiser's proposal is kept too (it is stored once things are quiet).
      return Promise.all([writes, get().flushProposal()]).then(() => undefined);
    },
  };
};
