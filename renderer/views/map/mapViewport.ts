import { quadtree, select, zoom, zoomIdentity, zoomTransform, type Quadtree, type ZoomBehavior } from 'd3';

export interface MapViewport {
  transform(): { k: number; x: number; y: number };
  toWorld(clientX: number, clientY: number): [number, number];
  /** Zoom to `k` with the world point (cx, cy) in the middle of the canvas. */
  centre(k: number, cx: number, cy: number): void;
  scaleBy(factor: number): void;
  destroy(): void;
}

export interface ViewportHooks {
  size(): { width: number; height: number };
  /** A press on a goal belongs to the map's own input (select, drag, draw a link), not to panning. */
  pressOnNode(clientX: number, clientY: number): boolean;
  onZoom(byUser: boolean): void;
}

/**
 * Zoom and pan of the map canvas through d3-zoom, which keeps the transform on the canvas element itself; a
 * double click is left to the map (it opens a goal) instead of zooming.
 */
export function createMapViewport(canvas: HTMLCanvasElement, hooks: ViewportHooks): MapViewport {
  const zoomer: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.02, 8])
    .filter((e: MouseEvent & { type: string }) => {
      if (e.type === 'wheel') return true;
      if (e.button || e.ctrlKey) return false;
      return !hooks.pressOnNode(e.clientX, e.clientY);
    })
    .on('zoom', (e: { sourceEvent: unknown }) => hooks.onZoom(Boolean(e.sourceEvent)));
  const selection = select(canvas);
  selection.call(zoomer).on('dblclick.zoom', null);

  return {
    transform() {
      const t = zoomTransform(canvas);
      return { k: t.k, x: t.x, y: t.y };
    },
    toWorld(clientX, clientY) {
      const rect = canvas.getBoundingClientRect();
      return zoomTransform(canvas).invert([clientX - rect.left, clientY - rect.top]);
    },
    centre(k, cx, cy) {
      const { width, height } = hooks.size();
      selection.call(
        zoomer.transform,
        zoomIdentity
          .translate(width / 2, height / 2)
          .scale(k)
          .translate(-cx, -cy),
      );
    },
    scaleBy: (factor) => selection.call(zoomer.scaleBy, factor),
    destroy: () => selection.on('.zoom', null),
  };
}

/** Which visible goal lies under a point: a quadtree built on first use after the positions or filters change. */
export function createNodeHits(pos: () => Float32Array, visible: () => number[]) {
  let tree: Quadtree<number> | null = null;
  return {
    invalidate(): void {
      tree = null;
    },
    find(x: number, y: number, radius: number): number {
      if (!tree) {
        const p = pos();
        tree = quadtree<number>()
          .x((v) => p[2 * v]!)
          .y((v) => p[2 * v + 1]!)
          .addAll(visible());
      }
      return tree.find(x, y, radius) ?? -1;
    },
  };
}

/** The draw times of the last `size` frames in a ring, for the bench. */
export function createFrameLog(size: number) {
  const times = new Float32Array(size);
  let count = 0;
  return {
    record(ms: number): void {
      times[count++ % size] = ms;
    },
    times(): number[] {
      const n = Math.min(count, size);
      return Array.from({ length: n }, (_, i) => times[(count - n + i) % size]!);
    },
    count: () => count,
  };
}
