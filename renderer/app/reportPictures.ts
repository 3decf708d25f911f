import type { AppState } from '../store/appStore';
import type { Translate } from '../i18n/translate';
import { derivedOf } from '../derived/derived';
import { pairMatrix } from '../views/matrix/viewModel';
import { pairPictureSvg } from '../views/matrix/pairPicture';
import { createLayoutRun } from '../workers/layoutWorkerCore';
import { mapModelOf } from '../views/map/mapModelOf';
import { layoutInput } from '../views/map/layoutInput';
import { visibility } from '../views/map/mapFilters';
import { NO_FILTERS } from '../views/map/mapFilters';
import { labelOrderOf, nodeMarks, type MapScene } from '../views/map/mapScene';
import { fitOf } from '../views/map/mapFocus';
import { legendSections } from '../views/map/mapLegend';
import { sceneSvg } from '../views/map/mapSvg';

/**
 * Above this many goals and subjects the picture is not drawn: the layout would hold the window for seconds, and
 * a map that large is not read on paper (its slot keeps the alternative text, the tables hold every link).
 */
export const REPORT_MAP_MAX_NODES = 1500;
const WIDTH = 1100;
const HEIGHT = 760;

/**
 * The map for a report, without the map view: the view's own model (the draft, the compare draft, the level in
 * the header), laid out per holder by the view's own force layout run to the end here (it is seeded, so the same
 * project gives the same picture), coloured by holder and exported by the view's own SVG export with its title
 * and legend. Null when there is nothing to draw or too much.
 */
export function reportMapSvg(
  state: Pick<AppState, 'project' | 'level'>,
  draftId: string,
  compareId: string | null,
  t: Translate,
): string | null {
  const project = state.project;
  if (!project) return null;
  const model = mapModelOf({ project, draftId, compareDraftId: compareId, level: state.level });
  if (!model || model.nodes.length === 0 || model.nodes.length > REPORT_MAP_MAX_NODES) return null;
  const { input, grouping } = layoutInput(model, 'holder', [], new Map(), true);
  const run = createLayoutRun(input);
  while (!run.step(100));
  const pos = run.positions().slice();
  const all = model.nodes.map((_, v) => v);
  const fit = fitOf(all, pos, WIDTH, HEIGHT, true);
  const k = fit?.k ?? 1;
  const transform = fit ? { k, x: WIDTH / 2 - k * fit.cx, y: HEIGHT / 2 - k * fit.cy } : { k: 1, x: 0, y: 0 };
  const marks = nodeMarks(model, 'holder');
  const vis = visibility(model, NO_FILTERS);
  const counts = grouping.groups.map(() => 0);
  for (let v = 0; v < grouping.group.length; v++) if (grouping.group[v]! >= 0) counts[grouping.group[v]!]!++;
  const draft = project.divisions.find((d) => d.id === draftId);
  const compare = compareId ? project.divisions.find((d) => d.id === compareId) : undefined;
  const scene: MapScene = {
    model,
    vis,
    pos,
    colour: marks.colour,
    shape: marks.shape,
    pinned: new Uint8Array(model.nodes.length),
    focus: null,
    selected: new Set(),
    cursor: -1,
    found: new Set(),
    grouping,
    groupLabel: (g) =>
      t('app.map.groupLabel', { name: grouping.groups[g]!.name || t('app.map.unassigned'), count: counts[g]! }),
    labelOrder: labelOrderOf(model),
    rubber: null,
    transform,
    quick: false,
    width: WIDTH,
    height: HEIGHT,
  };
  const names = { draft: draft?.name ?? '', compare: compare?.name ?? null };
  return sceneSvg(scene, {
    title: `${project.name} — ${t('app.tabs.map')}`,
    subtitle: compare
      ? t('app.map.exportSubtitleCompare', { draft: names.draft, compare: names.compare ?? '' })
      : t('app.map.exportSubtitle', { draft: names.draft }),
    legend: legendSections(model, 'holder', t, names),
  });
}

/**
 * The coordination matrix for a report: the picture the matrix view saves (split weight per pair of holders,
 * with the cover marks), from the same memoised coherence report. Null for an unknown draft or one without holders.
 */
export function reportMatrixSvg(
  state: Pick<AppState, 'project' | 'locale'>,
  draftId: string,
  t: Translate,
): string | null {
  const project = state.project;
  const draft = project?.divisions.find((d) => d.id === draftId);
  if (!project || !draft) return null;
  const derived = derivedOf(project);
  const report = derived.report(draftId);
  if (!report) return null;
  return pairPictureSvg({
    pairs: pairMatrix(draft.portfolioIds, report),
    report,
    names: derived.names,
    t,
    locale: state.locale,
    project: project.name,
    draft: draft.name,
  });
}
