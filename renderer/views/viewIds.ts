import type { viewIds, ViewId } from '../../shared/ipc/contract';
import type { AppKey } from '../i18n/translate';

export type { ViewId };

/**
 * The views of an open project, in tab order, as plain data: the store, the shortcuts (Ctrl+1 … Ctrl+n) and the help
 * screen read this list; `registry.tsx` adds each view's component and must cover exactly these ids. The native menu
 * (electron/) cannot import renderer code, so it reads `viewIds` in shared/ipc/contract.ts: a new view goes there
 * too, in the same place (this file does not compile until both lists agree).
 * `workshop` says how the view presents in workshop mode: 'show' keeps it on the projector, 'hide' leaves it out.
 * `wide` views (the pictures: map, board, matrix) use the whole screen width; tables and forms keep a reading width.
 */
export const VIEW_LIST = [
  { id: 'map', labelKey: 'app.tabs.map', workshop: 'show', wide: true },
  { id: 'board', labelKey: 'app.tabs.board', workshop: 'show', wide: true },
  { id: 'matrix', labelKey: 'app.tabs.matrix', workshop: 'hide', wide: true },
  { id: 'subjects', labelKey: 'app.tabs.subjects', workshop: 'hide' },
  { id: 'goals', labelKey: 'app.tabs.goals', workshop: 'hide' },
  { id: 'links', labelKey: 'app.tabs.links', workshop: 'hide' },
  { id: 'portfolios', labelKey: 'app.tabs.portfolios', workshop: 'hide' },
  { id: 'divisions', labelKey: 'app.tabs.divisions', workshop: 'hide' },
  { id: 'analysis', labelKey: 'app.tabs.analysis', workshop: 'hide' },
  { id: 'coalition', labelKey: 'app.tabs.coalition', workshop: 'hide' },
  { id: 'settings', labelKey: 'app.tabs.settings', workshop: 'hide' },
] as const satisfies readonly { id: ViewId; labelKey: AppKey; workshop: 'show' | 'hide'; wide?: true }[];

type IdsOf<T extends readonly { id: string }[]> = { readonly [K in keyof T]: T[K] extends { id: infer I } ? I : never };
type Same<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
/** Fails to compile unless VIEW_LIST holds the contract's view ids, all of them and in their order. */
export const VIEW_LIST_MATCHES_MENU: Same<IdsOf<typeof VIEW_LIST>, typeof viewIds> = true;
export const VIEW_IDS: readonly ViewId[] = VIEW_LIST.map((v) => v.id);

/** How many views have a key: Ctrl+1 … Ctrl+9 (Ctrl+0 resets the zoom in Electron and in browsers). */
export const VIEW_KEYS = 9;

/**
 * Ctrl+1 for the first view, Ctrl+2 for the second, …: the shortcut follows the tab order. A view after the ninth
 * has none (the native menu does the same); it opens from its tab and the View menu.
 */
export const viewShortcut = (id: ViewId): string | undefined => {
  const i = VIEW_IDS.indexOf(id);
  return i < VIEW_KEYS ? `Mod+${i + 1}` : undefined;
};

/** Whether a view uses the whole screen width (see `wide` above). */
export const isWideView = (id: ViewId): boolean => VIEW_LIST.some((v) => v.id === id && 'wide' in v);

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}
