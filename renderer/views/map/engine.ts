import { select, zoom, zoomIdentity, zoomTransform, quadtree, type Quadtree, type ZoomBehavior } from 'd3';
import type { AppStore } from '../../store/appStore';
import {
  createLayoutClient,
  type LayoutClient,
  type LayoutInput,
  type LayoutMessage,
} from '../../workers/layoutClient';
import { searchNodes, visibility, type Visibility } from './mapFilters';
import { layoutInput, type Grouping } from './layoutInput';
import { labelOrderOf, nodeMarks, type MapScene } from './mapScene';
import { drawScene, type DrawnLinks } from './mapDraw';
import { createLinkLayers, PROGRESSIVE_LINKS } from './linkLayer';
import type { MapModel } from './viewModel';
import { mapModelOf } from './mapModelOf';
import { fitOf, focusOf, highlightOf, type Focus } from './mapFocus';
import type { MapCallbacks, MapEngine, MapOptions } from './mapOptions';

export { mapModelOf } from './mapModelOf';
export { DEFAULT_MAP_OPTIONS, type MapCallbacks, type MapEngine, type MapOptions } from './mapOptions';
import { attachMapInput } from './mapInput';
import { sameLayoutInput } from './sameLayoutInput';
import type { NodeShape } from './mapStyle';

export interface MapEngineDeps {
  createLayout?: (onPositions: (m: LayoutMessage) => void) => LayoutClient;
  context?: (canvas: HTMLCanvasElement) => CanvasRenderingContext2D | null;
}

const FRAME_LOG = 240;
/** Panning or zooming counts as over this long after the last wheel or drag event. */
const IDLE_MS = 160;
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
  // Bumped whenever what the links look like changes (positions, filters, selection); not by zooming.
  let version = 0;
  let lastUserZoom = -Infinity;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let lastQuick = false;
  const positions = new Map<string, { x: number; y: number }>();
  let model: MapModel | null = null;
  let pos = new Float32Array(0);
  let vis: Visibility = { nodes: new Uint8Array(0), links: new Uint8Array(0), nodeCount: 0, linkCount: 0 };
  let marks: { colour: string[]; shape: NodeShape[] } = { colour: [], shape: [] };
  let labelOrder: Int32Array = new Int32Array(0);
  let grouping: Grouping = { group: new Int32Array(0), groups: [] };
  let pinned = new Uint8Array(0);
  let found = new Set<number>();
  let highlighted: Focus | null = null;
  let lastInput: LayoutInput | null = null;
  let layoutRunning = false;
  let userMoved = false;
  let cursorId: string | null = null;
  let rubber: MapScene['rubber'] = null;
  let frame = 0;
  let tree: Quadtree<number> | null = null;
  const widths = new Map<string, number>();
  const times = new Float32Array(FRAME_LOG);
  let timeCount = 0;
  let width = 0;
  let height = 0;
  let dpr = 1;

  const layout = (deps.createLayout ?? ((cb) => createLayoutClient(cb)))(onPositions);

  function requestDraw(): void {
    if (!frame) frame = raf(draw);
  }

  function setLayoutState(running: boolean): void {
    if (running === layoutRunning) return;
    layoutRunning = running;
    canvas.dataset.layout = running ? 'running' : 'settled';
    callbacks.onLayout?.(running ? 'running' : 'settled');
  }

  function onPositions(m: LayoutMessage): void {
    if (!model || m.positions.length !== pos.length) return;
    pos.set(m.positions);
    version++;
    model.nodes.forEach((node, v) => positions.set(node.id, { x: pos[2 * v]!, y: pos[2 * v + 1]! }));
    tree = null;
    // Following the layout with the zoom costs a full redraw per message; big maps are fitted when it settles.
    if (!userMoved && (m.done || vis.linkCount <= PROGRESSIVE_LINKS)) fitNow();
    if (m.done) {
      canvas.dataset.ticks = String(m.ticks);
      setLayoutState(false);
      version++;
    }
    requestDraw();
  }

  function startLayout(fresh: boolean): void {
    if (!model) return;
    const s = store.getState();
    const { input, grouping: g } = layoutInput(model, options.layout, s.project?.mapPositions ?? [], positions, fresh);
    grouping = g;
    if (!fresh && lastInput && sameLayoutInput(lastInput, input)) return;
    lastInput = input;
    // Until the worker answers, a node keeps its place (or, when new, starts at its pin or its group's centre).
    for (let v = 0; v < input.n; v++) {
      const at = fresh ? undefined : positions.get(model.nodes[v]!.id);
      const px = input.pins[2 * v]!;
      const g0 = input.group[v]!;
      pos[2 * v] = !Number.isNaN(px) ? px : (at?.x ?? (g0 >= 0 ? input.centres[2 * g0]! : 0));
      pos[2 * v + 1] = !Number.isNaN(px)
        ? input.pins[2 * v + 1]!
        : (at?.y ?? (g0 >= 0 ? input.centres[2 * g0 + 1]! : 0));
    }
    tree = null;
    version++;
    setLayoutState(true);
    layout.start(input);
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
    tree = null;
    version++;
  }

  function refreshModel(forceLayout = false): void {
    const next = mapModelOf(store.getState());
    if (next === model && !forceLayout) return;
    const structureChanged =
      !model ||
      !next ||
      model.nodes.length !== next.nodes.length ||
      model.nodes.some((n, i) => n.id !== next.nodes[i]!.id);
    model = next;
    if (!model) return;
    if (structureChanged) pos = new Float32Array(2 * model.nodes.length);
    marks = nodeMarks(model, options.colourBy);
    labelOrder = labelOrderOf(model);
    refreshPins();
    refreshVisibility();
    refreshHighlight();
    startLayout(false);
    requestDraw();
  }

  let highlightRequest: { linkIds: readonly string[]; goalIds: readonly string[] } | null = null;
  function refreshHighlight(): void {
    highlighted = model && highlightRequest ? highlightOf(model, highlightRequest) : null;
    version++;
  }

  function selectedSet(): Set<number> {
    const out = new Set<number>();
    if (!model) return out;
    for (const id of store.getState().selection) {
      const v = model.index.get(id);
      if (v !== undefined) out.add(v);
    }
    return out;
  }

  function currentScene(): MapScene | null {
    if (!model) return null;
    const t = zoomTransform(canvas);
    const selected = selectedSet();
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
      rubber,
      transform: { k: t.k, x: t.x, y: t.y },
      quick: layoutRunning && (vis.nodeCount > QUICK_NODES || vis.linkCount > PROGRESSIVE_LINKS),
      width,
      height,
    };
  }

  function draw(): void {
    frame = 0;
    const scene = currentScene();
    if (!ctx || !scene || !width || !height) return;
    const t0 = performance.now();
    let links: 'draw' | DrawnLinks | null = 'draw';
    let more = false;
    // A big map's links wait until its layout settles: drawing them for positions about to change costs the
    // most (software raster) and shows least.
    const settling = lastQuick && !scene.quick;
    lastQuick = scene.quick;
    if (scene.quick) links = null;
    else if (settling && vis.linkCount > PROGRESSIVE_LINKS) {
      // The frame the layout settles in draws the goals in full; the links start in the next frames.
      links = null;
      more = true;
    } else if (vis.linkCount > PROGRESSIVE_LINKS) {
      const interacting = t0 - lastUserZoom < IDLE_MS;
      const r = layers.frame(scene, version, interacting, dpr);
      links = r.links;
      more = r.more;
      // Once the user stops panning or zooming, the links are drawn again, sharp, at the new zoom.
      if (r.waiting && idleTimer === undefined)
        idleTimer = setTimeout(() => {
          idleTimer = undefined;
          requestDraw();
        }, IDLE_MS + 10);
    }
    drawScene(ctx, scene, dpr, widths, links);
    times[timeCount++ % FRAME_LOG] = performance.now() - t0;
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

  const zoomer: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.02, 8])
    .filter((e: MouseEvent & { type: string }) => {
      if (e.type === 'wheel') return true;
      if (e.button || e.ctrlKey) return false;
      return nodeAtClient(e.clientX, e.clientY) < 0;
    })
    .on('zoom', (e: { sourceEvent: unknown }) => {
      if (e.sourceEvent) {
        userMoved = true;
        lastUserZoom = performance.now();
      }
      requestDraw();
    });
  const selection = select(canvas);
  selection.call(zoomer).on('dblclick.zoom', null);

  function toWorld(clientX: number, clientY: number): [number, number] {
    const rect = canvas.getBoundingClientRect();
    return zoomTransform(canvas).invert([clientX - rect.left, clientY - rect.top]);
  }

  function nodeAtClient(clientX: number, clientY: number): number {
    if (!model) return -1;
    if (!tree) {
      const visible = model.nodes.map((_, v) => v).filter((v) => vis.nodes[v]);
      tree = quadtree<number>()
        .x((v) => pos[2 * v]!)
        .y((v) => pos[2 * v + 1]!)
        .addAll(visible);
    }
    const [x, y] = toWorld(clientX, clientY);
    const k = zoomTransform(canvas).k;
    return tree.find(x, y, Math.max(14, 8 / k)) ?? -1;
  }

  function setTransform(k: number, cx: number, cy: number): void {
    const t = zoomIdentity
      .translate(width / 2, height / 2)
      .scale(k)
      .translate(-cx, -cy);
    selection.call(zoomer.transform, t);
  }

  function fitIndices(list: number[]): void {
    const fit = fitOf(list, pos, width, height, grouping.groups.length > 0);
    if (fit) setTransform(fit.k, fit.cx, fit.cy);
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
      pos[2 * v] = x;
      pos[2 * v + 1] = y;
      positions.set(model!.nodes[v]!.id, { x, y });
      tree = null;
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
    zoomBy: (f) => selection.call(zoomer.scaleBy, f),
    fit: fitNow,
    requestDraw,
    callbacks,
  });

  function keepInView(id: string): void {
    const v = model?.index.get(id);
    if (v === undefined) return;
    const t = zoomTransform(canvas);
    const [sx, sy] = t.apply([pos[2 * v]!, pos[2 * v + 1]!]);
    if (sx < 40 || sy < 40 || sx > width - 240 || sy > height - 40) setTransform(t.k, pos[2 * v]!, pos[2 * v + 1]!);
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.project !== prev.project || s.draftId !== prev.draftId || s.compareDraftId !== prev.compareDraftId)
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
      fitIndices(ids.map((id) => model!.index.get(id)).filter((v): v is number => v !== undefined));
    },
    zoomBy(factor) {
      userMoved = true;
      selection.call(zoomer.scaleBy, factor);
    },
    centreOn(id) {
      const v = model?.index.get(id);
      if (v === undefined) return;
      userMoved = true;
      setTransform(Math.max(zoomTransform(canvas).k, 0.8), pos[2 * v]!, pos[2 * v + 1]!);
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
      const want = new Set(linkIds);
      const ends = new Set<number>();
      model.links.forEach((l) => {
        if (!want.has(l.id)) return;
        ends.add(l.source);
        ends.add(l.target);
      });
      userMoved = true;
      fitIndices([...ends]);
    },
    scene: currentScene,
    cursor: () => cursorId,
    layoutState: () => (layoutRunning ? 'running' : 'settled'),
    drawTimes() {
      const n = Math.min(timeCount, FRAME_LOG);
      return Array.from({ length: n }, (_, i) => times[(timeCount - n + i) % FRAME_LOG]!);
    },
    frameCount: () => timeCount,
    destroy() {
      unsubscribe();
      observer?.disconnect();
      detachInput();
      selection.on('.zoom', null);
      layout.destroy();
      if (frame) caf(frame);
      clearTimeout(idleTimer);
      frame = 0;
    },
  };
}
