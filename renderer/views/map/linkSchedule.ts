import type { DrawnLinks } from './mapDraw';
import type { MapScene } from './mapScene';
import { PROGRESSIVE_LINKS, type LinkLayers } from './linkLayer';

/** Panning or zooming counts as over this long after the last wheel or drag event. */
export const IDLE_MS = 160;

/**
 * Decides per frame how the links are drawn: 'draw' all at once (small maps), not at all (a big map while its
 * layout still moves it: drawing links for positions about to change costs most and shows least), or from the
 * progressive layers, redrawn sharp once the user stops panning or zooming.
 */
export function createLinkSchedule(layers: LinkLayers, requestDraw: () => void) {
  let lastQuick = false;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    linksFor(
      scene: MapScene,
      version: number,
      interacting: boolean,
      dpr: number,
    ): { links: 'draw' | DrawnLinks | null; more: boolean } {
      const settling = lastQuick && !scene.quick;
      lastQuick = scene.quick;
      if (scene.quick) return { links: null, more: false };
      // The frame the layout settles in draws the goals in full; the links start in the next frames.
      if (settling && scene.vis.linkCount > PROGRESSIVE_LINKS) return { links: null, more: true };
      if (scene.vis.linkCount <= PROGRESSIVE_LINKS) return { links: 'draw', more: false };
      const r = layers.frame(scene, version, interacting, dpr);
      if (r.waiting && idleTimer === undefined)
        idleTimer = setTimeout(() => {
          idleTimer = undefined;
          requestDraw();
        }, IDLE_MS + 10);
      return { links: r.links, more: r.more };
    },
    destroy(): void {
      clearTimeout(idleTimer);
    },
  };
}
