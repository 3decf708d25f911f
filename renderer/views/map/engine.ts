import type { AppStore } from '../../store/appStore';
import { createLayoutClient, type LayoutClient, type LayoutMessage } from '../../workers/layoutClient';
import { searchNodes, visibility, type Visibility } from './mapFilters';
import { createLayoutDriver } from './layoutDriver';
import { createFrameLog, createMapViewport, createNodeHits } from './mapViewport';
import { labelOrderOf, nodeMarks, type MapScene } from './mapScene';
import { drawScene } from './mapDraw';
import { createLinkSchedule, IDLE_MS } from './linkSchedule';
import { createLinkLayers, PROGRESSIVE_LINKS } from './linkLayer';
import { nodeOf, type MapModel } from './viewModel';
import { mapModelOf } from './mapModelOf';
import { fitOf, focusOf, highlightOf, linkEnds, type Focus } from './mapFocus';
import type { MapCallbacks, MapEngine, MapOptions } from './mapOptions';

import { attachMapInput } from './mapInput';
import type { NodeShape } from './mapStyle';

export { mapModelOf } from './mapModelOf';
export { DEFAULT_MAP_OPTIONS, type MapCallbacks, type MapEngine, type MapOptions } from './mapOptions';

export interface MapEngineDeps {
  createLayout?: (onPositions: (m: LayoutMessage) => void) => LayoutClient;
  context?: (canvas: HTMLCanvasElement) => CanvasRenderingContext2D | null;
}

const FRAME_LOG = 240;
/** Above this many goals, the map is drawn in its quick form while the layout still moves it. */
const QUICK_NODES = 800;
const raf = (cb: () => void): number =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(cb) : (setTimeout(cb, 16) as unknown as number);
const caf = (id: number) => (typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id));

/**
 * The goal map's imperative half: created once per map view, fed by `store.subscribe`, drawing on one canvas on
 * demand (never per React render). It keeps node positions in its own Map by id, never on domain objects; the
 * layout runs in a worker and only sends positions back. `destroy` unsubscribes, stops the worker and detaches
 * every listener.
 */
export function createMapEngine(
  canvas: HTMLCanvasElement,
  store: AppStore,
  initial: MapOptions,
  callbacks: MapCallbacks = {},
  deps: MapEngineDeps = {},
): MapEngine {
  let options = initial;
  const contextOf = deps.context ?? ((c: HTMLCanvasElement) => c.getContext('2d'));
  const ctx = contextOf(canvas);
  const layers = createLinkLayers(() => {
    const c = document.createElement('canvas');
    const x = contextOf(c);
    return x ? { canvas: c, ctx: x } : null;
  });
  const schedule = createLinkSchedule(layers, requestDraw);
  // Bumped whenever what the links look like changes (positions, filters, selection); not by zooming.
  let version = 0;
  let lastUserZoom = -Infinity;
  let model: MapModel | null = null;
  let vis: Visibility = { nodes: new Uint8Array(0), links: new Uint8Array(0), nodeCount: 0, linkCount: 0 };
  let marks: { colour: string[]; shape: NodeShape[] } = { colour: [], shape: [] };
  let labelOrder: Int32Array = new Int32Array(0);
  let notes: (string | null)[] = [];
  let maxSize = 1;
  let pinned = new Uint8Array(0);
  let found = new Set<number>();
  let highlighted: Focus | null = null;
  let userMoved = false;
  let cursorId: string | null = null;
  let rubber: MapScene['rubber'] = null;
  let frame = 0;
  const widths = new Map<string, number>();
  const frames = createFrameLog(FRAME_LOG);
  let width = 0;
  let height = 0;
  let dpr = 1;

  const layout = createLayoutDriver(deps.createLayout ?? ((cb) => createLayoutClient(cb)), {
    onMoved(m) {
      version++;
      hits.invalidate();
      // Following the layout with the zoom costs a full redraw per message; big maps are fitted when it settles.
      if (!userMoved && (m.done || vis.linkCount <= PROGRESSIVE_LINKS)) fitNow();
      if (m.done) canvas.dataset.ticks = String(m.ticks);
      requestDraw();
    },
    onState(state) {
      canvas.dataset.layout = state;
      version++;
      callbacks.onLayout?.(state);
    },
  });

  function requestDraw(): void {
    if (!frame) frame = raf(draw);
  }

  function startLayout(fresh: boolean): void {
    if (!layout.start(options.layout, store.getState().project?.mapPositions ?? [], fresh)) return;
    hits.invalidate();
    requestDraw();
  }

  function refreshPins(): void {
    const pins = store.getState().project?.mapPositions ?? [];
    pinned = new Uint8Array(model?.nodes.length ?? 0);
    if (model && options.layout === 'free')
      for (const p of pins) {
        const v = model.index.get(p.id);
        if (v !== undefined) pinned[v] = 1;
      }
  }

  function refreshVisibility(): void {
    if (!model) return;
    vis = visibility(model, options.filters);
    found = new Set(searchNodes(model, options.search).filter((v) => vis.nodes[v]));
    hits.invalidate();
    version++;
  }

  function refreshModel(forceLayout = false): void {
    const next = mapModelOf(store.getState());
    if (next === model && !forceLayout) return;
    layout.setModel(next);
    model = next;
    if (!model) return;
    marks = nodeMarks(model, options.colourBy);
    labelOrder = labelOrderOf(model);
    notes = model.nodes.map((node) => options.nodeNote?.(node) ?? null);
    maxSize = model.nodes.reduce((m, node) => Math.max(m, node.size), 1);
    refreshPins();
    refreshVisibility();
    refreshHighlight();
    startLayout(false);
    requestDraw();
  }

  let highlightRequest: { linkIds: readonly string[]; goalIds: readonly string[] } | null = null;
  function refreshHighlight(): void {
    highlighted = model && highlightRequest ? highlightOf(model, highlightRequest) : null;
    // Readable outside the canvas (tests, the workshop): how many links the highlight lights up.
    if (highlighted) canvas.dataset.highlightedLinks = String(highlighted.links.size);
    else delete canvas.dataset.highlightedLinks;
    version++;
  }

  function selectedSet(): Set<number> {
    const out = new Set<number>();
    if (!model) return out;
    for (const id of store.getState().selection) {
      const v = nodeOf(model, id);
      if (v !== undefined) out.add(v);
    }
    return out;
  }

  function currentScene(): MapScene | null {
    if (!model) return null;
    const t = viewport.transform();
    const selected = selectedSet();
    const pos = layout.pos();
    const grouping = layout.grouping();
    const groups = grouping.groups;
    const counts = groups.map(() => 0);
    for (let v = 0; v < grouping.group.length; v++)
      if (grouping.group[v]! >= 0 && vis.nodes[v]) counts[grouping.group[v]!]!++;
    return {
      model,
      vis,
      pos,
      colour: marks.colour,
      shape: marks.shape,
      pinned,
      focus: focusOf(model, selected, highlighted, found),
      selected,
      cursor: cursorId === null ? -1 : (model.index.get(cursorId) ?? -1),
      found,
      grouping,
      groupLabel: (g) => options.groupLabel(groups[g]!.name || null, counts[g]!),
      labelOrder,
      notes,
      rubber,
      transform: t,
      quick: layout.running() && (vis.nodeCount > QUICK_NODES || vis.linkCount > PROGRESSIVE_LINKS),
      width,
      height,
      labelScale: options.labelScale ?? 1,
    };
  }

  function draw(): void {
    frame = 0;
    const scene = currentScene();
    if (!ctx || !scene || !width || !height) return;
    const t0 = performance.now();
    const { links, more } = schedule.linksFor(scene, version, t0 - lastUserZoom < IDLE_MS, dpr);
    drawScene(ctx, scene, dpr, widths, links);
    frames.record(performance.now() - t0);
    if (more) requestDraw();
  }

  function resize(): void {
    const rect = canvas.parentElement?.getBoundingClientRect() ?? canvas.getBoundingClientRect();
    width = Math.max(0, Math.floor(rect.width));
    height = Math.max(0, Math.floor(rect.height));
    dpr = Math.max(1, globalThis.devicePixelRatio || 1);
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    layers.reset();
    if (!userMoved) fitNow();
    requestDraw();
  }

  const viewport = createMapViewport(canvas, {
    size: () => ({ width, height }),
    pressOnNode: (x, y) => nodeAtClient(x, y) >= 0,
    onZoom(byUser) {
      if (byUser) {
        userMoved = true;
        lastUserZoom = performance.now();
      }
      requestDraw();
    },
  });
  const toWorld = viewport.toWorld;
  const hits = createNodeHits(layout.pos, () =>
    model ? model.nodes.map((_, v) => v).filter((v) => vis.nodes[v]) : [],
  );

  function nodeAtClient(clientX: number, clientY: number): number {
    if (!model) return -1;
    const [x, y] = toWorld(clientX, clientY);
    // Subjects are drawn larger than goals: the largest on the map sets how far from a centre a press still hits.
    return hits.find(x, y, Math.max(14, 9 * maxSize + 4, 8 / viewport.transform().k));
  }

  function fitIndices(list: number[]): void {
    const grouped = layout.grouping().groups.length > 0;
    const fit = fitOf(list, layout.pos(), width, height, grouped, options.labelScale);
    if (fit) viewport.centre(fit.k, fit.cx, fit.cy);
  }

  function fitNow(): void {
    if (!model) return;
    fitIndices(model.nodes.map((_, v) => v).filter((v) => vis.nodes[v]));
  }

  const detachInput = attachMapInput({
    canvas,
    store,
    model: () => model,
    scene: currentScene,
    options: () => options,
    nodeAtClient,
    toWorld,
    moveNode(v, x, y) {
      layout.moveNode(v, x, y);
      hits.invalidate();
      version++;
      requestDraw();
    },
    hold: (v, x, y) => layout.hold(v, x, y),
    setRubber(r) {
      rubber = r;
      requestDraw();
    },
    cursor: () => cursorId,
    setCursor(id) {
      cursorId = id;
      callbacks.onCursor?.(id);
      if (id !== null) keepInView(id);
      requestDraw();
    },
    zoomBy: (f) => viewport.scaleBy(f),
    fit: fitNow,
    requestDraw,
    callbacks,
  });

  function keepInView(id: string): void {
    const v = model?.index.get(id);
    if (v === undefined) return;
    const t = viewport.transform();
    const pos = layout.pos();
    const sx = t.x + t.k * pos[2 * v]!;
    const sy = t.y + t.k * pos[2 * v + 1]!;
    if (sx < 40 || sy < 40 || sx > width - 240 || sy > height - 40) viewport.centre(t.k, pos[2 * v]!, pos[2 * v + 1]!);
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.project !== prev.project ||
      s.draftId !== prev.draftId ||
      s.compareDraftId !== prev.compareDraftId ||
      s.level !== prev.level
    )
      refreshModel();
    if (s.selection !== prev.selection) {
      version++;
      if (cursorId !== null) {
        cursorId = null;
        callbacks.onCursor?.(null);
      }
      requestDraw();
    }
  });

  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => resize()) : null;
  if (canvas.parentElement) observer?.observe(canvas.parentElement);
  canvas.dataset.layout = 'settled';
  resize();
  refreshModel();

  return {
    setOptions(next) {
      const before = options;
      options = { ...options, ...next };
      if (!model) return;
      if (next.colourBy && next.colourBy !== before.colourBy) marks = nodeMarks(model, options.colourBy);
      if (next.nodeNote && next.nodeNote !== before.nodeNote) {
        notes = model.nodes.map((node) => options.nodeNote?.(node) ?? null);
        widths.clear();
      }
      // Title widths were measured at the old size.
      if (next.labelScale !== undefined && next.labelScale !== before.labelScale) widths.clear();
      if (next.filters !== undefined || next.search !== undefined) refreshVisibility();
      version++;
      if (next.layout && next.layout !== before.layout) {
        userMoved = false;
        refreshPins();
        startLayout(true);
      }
      requestDraw();
    },
    fit(ids) {
      userMoved = true;
      if (!ids || !model) return fitNow();
      fitIndices(ids.map((id) => nodeOf(model!, id)).filter((v): v is number => v !== undefined));
    },
    zoomBy(factor) {
      userMoved = true;
      viewport.scaleBy(factor);
    },
    centreOn(id) {
      const v = model ? nodeOf(model, id) : undefined;
      if (v === undefined) return;
      userMoved = true;
      const pos = layout.pos();
      viewport.centre(Math.max(viewport.transform().k, 0.8), pos[2 * v]!, pos[2 * v + 1]!);
    },
    relayout() {
      userMoved = false;
      startLayout(true);
    },
    highlight(h) {
      highlightRequest = h;
      refreshHighlight();
      requestDraw();
    },
    fitToLinks(linkIds) {
      if (!model) return;
      userMoved = true;
      fitIndices(linkEnds(model, linkIds));
    },
    scene: currentScene,
    cursor: () => cursorId,
    layoutState: () => (layout.running() ? 'running' : 'settled'),
    drawTimes: () => frames.times(),
    frameCount: () => frames.count(),
    destroy() {
      unsubscribe();
      observer?.disconnect();
      detachInput();
      viewport.destroy();
      layout.destroy();
      if (frame) caf(frame);
      schedule.destroy();
      frame = 0;
    },
  };
}
