import type { AppStore } from '../../store/appStore';
import { dispatch } from '../../store/commands/dispatch';
import { pinGoals } from '../../store/commands/mapCommands';
import { editsLocked } from '../../store/workshopSlice';
import type { MapCallbacks, MapOptions } from './engine';
import type { MapScene } from './mapScene';
import { neighbourOrder, nodeOf, stepThrough, type MapModel } from './viewModel';

/** What the pointer and keyboard handlers need from the engine. */
export interface MapInputHost {
  canvas: HTMLCanvasElement;
  store: AppStore;
  model(): MapModel | null;
  scene(): MapScene | null;
  options(): MapOptions;
  nodeAtClient(clientX: number, clientY: number): number;
  toWorld(clientX: number, clientY: number): [number, number];
  moveNode(v: number, x: number, y: number): void;
  hold(v: number, x: number | null, y: number | null): void;
  /** The line from a goal to the pointer while a link is being drawn. */
  setRubber(r: { from: number; x: number; y: number } | null): void;
  cursor(): string | null;
  setCursor(id: string | null): void;
  zoomBy(factor: number): void;
  fit(): void;
  requestDraw(): void;
  callbacks: MapCallbacks;
}

/** Moving less than this is a click, not a drag. */
const CLICK_SLOP_PX = 4;

interface Press {
  v: number;
  mode: 'move' | 'link' | 'click';
  pointerId: number;
  cx: number;
  cy: number;
  x0: number;
  y0: number;
  moved: boolean;
}

/**
 * The goals the arrow keys step through: the neighbours of the selected goal in the side panel's order, or, with
 * nothing selected, every goal on the map by title.
 */
export function cursorCandidates(model: MapModel, selection: readonly string[], visible: Uint8Array, locale: string) {
  const last = selection[selection.length - 1];
  // A goal selected elsewhere stands for the node it is grouped in at subject level.
  const at = last === undefined ? undefined : nodeOf(model, last);
  const anchor = at === undefined ? undefined : model.nodes[at]!.id;
  const shown = (id: string) => visible[model.index.get(id) ?? -1] === 1;
  if (anchor !== undefined) return neighbourOrder(model, anchor, locale).filter(shown);
  return model.nodes
    .filter((_, v) => visible[v])
    .sort((a, b) => a.label.localeCompare(b.label, locale))
    .map((n) => n.id);
}

/**
 * Pointer and keyboard on the map. Drag a goal to move it (on the free map it stays pinned there: one undo step
 * at the drop); drag from a goal onto another with Alt held, or in "draw link" mode, to draw a link; click to
 * select (Ctrl/Shift to add); arrow keys visit the neighbours, Enter selects, Esc steps back. Returns the detach.
 */
export function attachMapInput(h: MapInputHost): () => void {
  const { canvas, store } = h;
  let press: Press | null = null;
  // The click that ends a drag is not a click on the map background.
  let afterDrag = false;

  const cancel = () => {
    if (!press) return;
    if (press.mode === 'move' && press.moved) {
      h.moveNode(press.v, press.x0, press.y0);
      h.hold(press.v, null, null);
    }
    if (canvas.hasPointerCapture?.(press.pointerId)) canvas.releasePointerCapture(press.pointerId);
    press = null;
    h.setRubber(null);
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    const v = h.nodeAtClient(e.clientX, e.clientY);
    if (v < 0) return;
    const scene = h.scene();
    if (!scene) return;
    const locked = editsLocked(store.getState());
    const mode = locked ? 'click' : h.options().linkMode || e.altKey ? 'link' : 'move';
    press = {
      v,
      mode,
      pointerId: e.pointerId,
      cx: e.clientX,
      cy: e.clientY,
      x0: scene.pos[2 * v]!,
      y0: scene.pos[2 * v + 1]!,
      moved: false,
    };
    canvas.setPointerCapture?.(e.pointerId);
    canvas.focus({ preventScroll: true });
    e.preventDefault();
  };

  const onPointerMove = (e: PointerEvent) => {
    if (!press) {
      const v = h.nodeAtClient(e.clientX, e.clientY);
      canvas.style.cursor = v < 0 ? 'grab' : h.options().linkMode ? 'crosshair' : 'pointer';
      return;
    }
    if (!press.moved && Math.hypot(e.clientX - press.cx, e.clientY - press.cy) < CLICK_SLOP_PX) return;
    press.moved = true;
    const [x, y] = h.toWorld(e.clientX, e.clientY);
    if (press.mode === 'move') {
      h.moveNode(press.v, x, y);
      h.hold(press.v, x, y);
    } else if (press.mode === 'link') h.setRubber({ from: press.v, x, y });
  };

  const onPointerUp = (e: PointerEvent) => {
    const p = press;
    if (!p || e.pointerId !== p.pointerId) return;
    press = null;
    afterDrag = p.moved;
    h.setRubber(null);
    if (canvas.hasPointerCapture?.(p.pointerId)) canvas.releasePointerCapture(p.pointerId);
    const model = h.model();
    if (!model) return;
    const id = model.nodes[p.v]!.id;
    if (!p.moved || p.mode === 'click') {
      const s = store.getState();
      if (e.ctrlKey || e.metaKey || e.shiftKey) s.toggleSelected(id);
      else s.select([id]);
      return;
    }
    if (p.mode === 'link') {
      const target = h.nodeAtClient(e.clientX, e.clientY);
      if (target >= 0 && target !== p.v) h.callbacks.onDrawLink?.(id, model.nodes[target]!.id);
      return;
    }
    const [x, y] = h.toWorld(e.clientX, e.clientY);
    if (h.options().layout !== 'free') {
      // A grouped map places goals by group: the goal goes back to its cluster, and nothing is stored.
      h.hold(p.v, null, null);
      return;
    }
    const round = (n: number) => Math.round(n * 10) / 10;
    dispatch(store, pinGoals, [{ id, x: round(x), y: round(y) }]);
  };

  const onClick = (e: MouseEvent) => {
    if (afterDrag) {
      afterDrag = false;
      return;
    }
    if (h.nodeAtClient(e.clientX, e.clientY) >= 0) return;
    const s = store.getState();
    if (s.selection.length) s.clearSelection();
  };

  const onContextMenu = (e: MouseEvent) => {
    const v = h.nodeAtClient(e.clientX, e.clientY);
    if (v < 0) return;
    e.preventDefault();
    const id = h.model()!.nodes[v]!.id;
    const s = store.getState();
    if (!s.selection.includes(id)) s.select([id]);
    h.callbacks.onContextMenu?.(id, e.clientX, e.clientY);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const model = h.model();
    const scene = h.scene();
    if (!model || !scene) return;
    const s = store.getState();
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.key === 'Escape') {
      if (press) {
        cancel();
        handled();
      } else if (h.cursor() !== null) {
        h.setCursor(null);
        handled();
      } else if (s.selection.length) {
        s.clearSelection();
        handled();
      }
      return;
    }
    const delta =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (delta && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const order = cursorCandidates(model, s.selection, scene.vis.nodes, s.locale);
      h.setCursor(stepThrough(order, h.cursor(), delta));
      handled();
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && h.cursor() !== null) {
      s.select([h.cursor()!]);
      handled();
      return;
    }
    const last = s.selection[s.selection.length - 1];
    const at = last === undefined ? undefined : nodeOf(model, last);
    const selected = at === undefined ? undefined : model.nodes[at]!.id;
    if ((e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) && selected !== undefined && at !== undefined) {
      const v = at;
      const rect = canvas.getBoundingClientRect();
      const { k, x, y } = scene.transform;
      h.callbacks.onContextMenu?.(
        selected,
        rect.left + scene.pos[2 * v]! * k + x,
        rect.top + scene.pos[2 * v + 1]! * k + y,
      );
      handled();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') {
      h.zoomBy(1.25);
      handled();
    } else if (e.key === '-') {
      h.zoomBy(0.8);
      handled();
    } else if (e.key === '0') {
      h.fit();
      handled();
    }
  };

  canvas.addEventListener('pointerdown', onPointerDown);
  canvas.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerup', onPointerUp);
  canvas.addEventListener('pointercancel', cancel);
  canvas.addEventListener('click', onClick);
  canvas.addEventListener('contextmenu', onContextMenu);
  canvas.addEventListener('keydown', onKeyDown);
  return () => {
    canvas.removeEventListener('pointerdown', onPointerDown);
    canvas.removeEventListener('pointermove', onPointerMove);
    canvas.removeEventListener('pointerup', onPointerUp);
    canvas.removeEventListener('pointercancel', cancel);
    canvas.removeEventListener('click', onClick);
    canvas.removeEventListener('contextmenu', onContextMenu);
    canvas.removeEventListener('keydown', onKeyDown);
  };
}
