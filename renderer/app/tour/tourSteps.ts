import type { Project } from '../../../shared/model';
import type { AppKey } from '../../i18n/translate';
import type { ViewId } from '../../views/viewIds';

/**
 * The guided tour through Gemeente Voorbeeld: four real views, each opened through the store as a user would.
 * `ring` names what the tour points at on screen (the view's tab first, so the way back is seen), `scrollTo` the
 * part of a long page to bring into view, `compare` that the step needs a second draft beside the chosen one.
 */
export interface TourStep {
  id: 'map' | 'board' | 'figures' | 'compare';
  view: ViewId;
  titleKey: AppKey;
  ring: readonly string[];
  scrollTo?: string;
  compare?: true;
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'map',
    view: 'map',
    titleKey: 'app.tour.map.title',
    ring: ['#pv-tab-map', '.map-canvas-wrap'],
    scrollTo: '.map-canvas-wrap',
  },
  {
    id: 'board',
    view: 'board',
    titleKey: 'app.tour.board.title',
    ring: ['#pv-tab-board', '.board'],
    scrollTo: '.figures-strip',
  },
  {
    id: 'figures',
    view: 'analysis',
    titleKey: 'app.tour.figures.title',
    ring: ['#pv-tab-analysis', '#cut-heading ~ table.figures'],
    scrollTo: '#cut-heading',
  },
  {
    id: 'compare',
    view: 'analysis',
    titleKey: 'app.tour.compare.title',
    ring: ['.draft-picker', 'section.compare > table'],
    scrollTo: 'section.compare',
    compare: true,
  },
];

/** Steps run from 0 to the last; anything outside is brought back inside. */
export const clampStep = (step: number): number => Math.min(TOUR_STEPS.length - 1, Math.max(0, Math.trunc(step)));

/**
 * The draft the comparison step sets beside the chosen one when none is chosen yet: the next draft in the list
 * (in Gemeente Voorbeeld the integral one beside the classic one), or null when the project has only one. With no
 * draft chosen (or one gone) every view shows the first, so that one counts as chosen.
 */
export function tourCompareDraft(project: Pick<Project, 'divisions'>, draftId: string | null): string | null {
  const { divisions } = project;
  if (divisions.length < 2) return null;
  const at = Math.max(
    0,
    divisions.findIndex((d) => d.id === draftId),
  );
  return divisions[(at + 1) % divisions.length]!.id;
}
