import type { Problem } from '../../../shared/model';
import type { AppStore } from '../appStore';
import type { EditCommand } from './command';
import { isRegistered } from './registry';

/**
 * The one path every edit takes: table, form, map, board and matrix alike. The command's operation runs through
 * the store's `edit` (one undo step, or part of the gesture in progress), then its `after` adjusts the view.
 */
export function dispatch<A>(
  store: AppStore,
  command: EditCommand<A>,
  args: A,
  options?: { inline?: boolean },
): Problem[] {
  // A command outside the registry would be missing from the help screen and the menus: a programming error.
  if (!isRegistered(command)) throw new Error(`Edit command "${command.id}" is not in the registry`);
  const state = store.getState();
  if (!command.enabled(state)) return [{ code: 'noProjectOpen' }];
  const problems = state.edit(command.labelKey, (p) => command.op(p, args), options);
  if (!problems.length) command.after?.(store.getState(), args);
  return problems;
}
