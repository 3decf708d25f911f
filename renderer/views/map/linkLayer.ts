import type { DrawnLinks } from './mapDraw';
import type { MapScene } from './mapScene';
import { drawPlan, planLinks, type LinkPlan } from './linkPlan';

/** Above this many visible links, links are drawn into a layer a slice per frame instead of all in one frame. */
export const PROGRESSIVE_LINKS = 3000;
/** Segments drawn per frame into the layer: about 30 ms of software raster on a two-core machine. */
export const LINKS_PER_FRAME = 800;

interface Layer {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  t: { k: number; x: number; y: number };
  version: number;
}

interface Job {
  layer: Layer;
  plan: LinkPlan;
  pos: Float32Array;
  done: number;
}

export interface LinkLayers {
  /**
   * The links to compose this frame, drawing the next slice of a new layer when the picture changed (or, once the
   * user stops panning and zooming, when the zoom did). `more` asks for another frame.
   */
  frame(
    scene: MapScene,
    version: number,
    interacting: boolean,
    dpr: number,
  ): { links: DrawnLinks | null; more: boolean; waiting: boolean };
  /** Forget every layer (the canvas changed size). */
  reset(): void;
}

const sameT = (a: Layer['t'], b: Layer['t']) => a.k === b.k && a.x === b.x && a.y === b.y;

/**
 * Double-buffered link layers for big maps. The front layer is finished and shown, shifted and scaled to the
 * current zoom, so panning and zooming only copy one picture per frame; the back layer is drawn a slice per
 * frame (positions taken when it started) and becomes the front when complete. The main thread then never holds
 * a frame for the tens of thousands of link segments at once.
 */
export function createLinkLayers(
  make: () => { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } | null,
): LinkLayers {
  const pool: Layer[] = [];
  let front: Layer | null = null;
  let job: Job | null = null;

  const layer = (): Layer | null => {
    const free = pool.find((l) => l !== front && l !== job?.layer);
    if (free) return free;
    const made = make();
    if (!made) return null;
    const l: Layer = { ...made, t: { k: 1, x: 0, y: 0 }, version: -1 };
    pool.push(l);
    return l;
  };

  return {
    frame(scene, version, interacting, dpr) {
      const t = scene.transform;
      const stale = !front || front.version !== version || (!interacting && !sameT(front.t, t));
      if (!job && stale && !(front && front.version === version && interacting)) {
        const l = layer();
        if (l) {
          const w = Math.round(scene.width * dpr);
          const h = Math.round(scene.height * dpr);
          if (l.canvas.width !== w || l.canvas.height !== h) {
            l.canvas.width = w;
            l.canvas.height = h;
          }
          l.ctx.setTransform(1, 0, 0, 1, 0, 0);
          l.ctx.clearRect(0, 0, w, h);
          l.t = { ...t };
          l.version = version;
          job = { layer: l, plan: planLinks(scene), pos: scene.pos.slice(), done: 0 };
        }
      }
      if (job) {
        const { layer: l, plan } = job;
        const to = Math.min(plan.total, job.done + LINKS_PER_FRAME);
        l.ctx.setTransform(dpr * l.t.k, 0, 0, dpr * l.t.k, dpr * l.t.x, dpr * l.t.y);
        drawPlan(l.ctx, scene, job.pos, plan, l.t.k, job.done, to);
        job.done = to;
        if (to >= plan.total) {
          front = l;
          job = null;
        }
      }
      const shown = front ?? job?.layer ?? null;
      const waiting = !!front && !sameT(front.t, t) && interacting;
      return {
        links: shown ? { canvas: shown.canvas, t: shown.t } : null,
        more: job !== null || (!!front && front.version !== version),
        waiting,
      };
    },
    reset() {
      front = null;
      job = null;
    },
  };
}
