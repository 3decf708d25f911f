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

/** An edit command always answers with the problems that stopped it (empty when it went through). */
export type EditCommand<A> = Omit<Command<A>, 'run'> & {
  run(state: AppState, args: A, options?: { inline?: boolean }): Problem[];
};

export const hasProject = (s: AppState) => s.project !== null;

/** Wraps a pure model operation as an undoable command. */
export function editCommand<A>(
  id: string,
  labelKey: AppKey,
  op: (project: Project, args: A, state: AppState) => OpResult,
): EditCommand<A> {
  return {
    id,
    labelKey,
    enabled: hasProject,
    run(state, args, options): Problem[] {
      return state.edit(labelKey, (p) => op(p, args, state), options);
    },
  };
}
