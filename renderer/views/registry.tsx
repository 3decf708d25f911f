import type { ComponentType } from 'react';
import type { AppKey } from '../i18n/translate';
import { MapView } from './map/MapView';
import { BoardView } from './board/BoardView';
import { MatrixView } from './matrix/MatrixView';
import { SubjectsView } from './subjects/SubjectsView';
import { GoalsView } from './goals/GoalsView';
import { LinksView } from './links/LinksView';
import { PortfoliosView } from './portfolios/PortfoliosView';
import { DivisionsView } from './divisions/DivisionsView';
import { AnalysisView } from './analysis/AnalysisView';
import { CoalitionView } from './coalition/CoalitionView';
import { ProjectSettings } from '../app/ProjectSettings';
import { VIEW_LIST, viewShortcut, type ViewId } from './viewIds';

/**
 * One entry per view: the tabs, the shortcuts, the help screen and workshop mode all read it. A canvas view keeps
 * its imperative engine in its own folder (`engine.ts`), created once by its component and fed by the store.
 */
export interface ViewEntry {
  id: ViewId;
  labelKey: AppKey;
  /** Ctrl+n for the first nine views; none after. */
  kbd: string | undefined;
  workshop: 'show' | 'hide';
  Component: ComponentType;
}

const COMPONENTS: Record<ViewId, ComponentType> = {
  map: MapView,
  board: BoardView,
  matrix: MatrixView,
  subjects: SubjectsView,
  goals: GoalsView,
  links: LinksView,
  portfolios: PortfoliosView,
  divisions: DivisionsView,
  analysis: AnalysisView,
  coalition: CoalitionView,
  settings: ProjectSettings,
};

export const VIEWS: readonly ViewEntry[] = VIEW_LIST.map((v) => ({
  ...v,
  kbd: viewShortcut(v.id),
  Component: COMPONENTS[v.id],
}));

export function viewEntry(id: ViewId): ViewEntry {
  return VIEWS.find((v) => v.id === id)!;
}
