import type { OpResult, Problem, Project } from '../../../shared/model';
import type { AppKey } from '../../i18n/translate';
import type { AppState } from '../appStore';

/**
 * A plain command object (design.md, convention 5). One registry feeds the menus, the keyboard shortcuts and the
 * help screen; an edit command is one undo step.
 */
export interface Command<A = void> {
  id: string;
  labelKey: AppKey;
  /** Shortcut in the form the help screen shows and the key handler matches, e.g. "Mod+Z". */
  kbd?: string;
  enabled(state: AppState): boolean;
  /** Edit commands return the problems that stopped them (empty when the edit went through). */
  run(state: AppState, args: A, options?: { inline?: boolean }): Problem[] | void | Promise<void>;
}

/**
 * An edit command: a pure model operation made one undo step. The operation only computes the next project; what
 * the view does afterwards (show the new draft) is the command's `after`, run by `dispatch` once the edit went
 * through.
 */
export interface EditCommand<A> {
  id: string;
  labelKey: AppKey;
  enabled(state: AppState): boolean;
  op(project: Project, args: A): OpResult;
  after?(state: AppState, args: A): void;
}

export const hasProject = (s: AppState) => s.project !== null;

export function editCommand<A>(
  id: string,
  labelKey: AppKey,
  op: (project: Project, args: A) => OpResult,
  after?: (state: AppState, args: A) => void,
): EditCommand<A> {
  return { id, labelKey, enabled: hasProject, op, ...(after ? { after } : {}) };
}
