// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallExample } from '../../../fixtures/smallExample';
import { dispatch } from '../../../../renderer/store/commands/dispatch';
import { removeLink } from '../../../../renderer/store/commands/editCommands';
import { createMapEngine, DEFAULT_MAP_OPTIONS, mapModelOf } from '../../../../renderer/views/map/engine';
import type { LayoutClient, LayoutMessage } from '../../../../renderer/workers/layoutClient';
import { testStore } from '../../support/testStore';

/** A 2D context that accepts every call (jsdom has no canvas). */
const fakeContext = () =>
  new Proxy({} as Record<string, unknown>, {
    get: (target, key) =>
      typeof key === 'string' && key in target
        ? target[key]
        : key === 'measureText'
          ? () => ({ width: 40 })
          : () => undefined,
    set: (target, key, value) => {
      target[key as string] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;

async function setUp() {
  const t = testStore();
  await t.store.getState().adoptProject(smallExample());
  let active = 0;
  const subscribe = t.store.subscribe;
  t.store.subscribe = (listener) => {
    active++;
    const off = subscribe(listener);
    return () => {
      active--;
      off();
    };
  };
  const host = document.createElement('div');
  const canvas = document.createElement('canvas');
  host.append(canvas);
  document.body.append(host);
  let deliver: (m: LayoutMessage) => void = () => undefined;
  const layout: LayoutClient & { started: number; destroyed: boolean } = {
    started: 0,
    destroyed: false,
    start() {
      this.started++;
    },
    hold: () => undefined,
    stop: () => undefined,
    destroy() {
      this.destroyed = true;
    },
  };
  const onCursor = vi.fn();
  const engine = createMapEngine(
    canvas,
    t.store,
    { ...DEFAULT_MAP_OPTIONS, groupLabel: (n) => n ?? '' },
    { onCursor },
    {
      context: fakeContext,
      createLayout: (cb) => {
        deliver = cb;
        return layout;
      },
    },
  );
  return { ...t, canvas, engine, layout, onCursor, active: () => active, deliver: (m: LayoutMessage) => deliver(m) };
}

const key = (canvas: HTMLCanvasElement, k: string) =>
  canvas.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('map engine', () => {
  it('lays out once per change of the map, not per selection, and keeps positions in its own map', async () => {
    const { store, engine, layout, deliver } = await setUp();
    expect(layout.started).toBe(1);
    const n = store.getState().project!.goals.length;
    const positions = new Float32Array(2 * n).map((_, i) => i);
    deliver({ type: 'positions', runId: 1, positions, done: true, ticks: 10 });
    expect(engine.layoutState()).toBe('settled');
    expect(engine.scene()!.pos[3]).toBe(3);
    // The domain objects are never written to.
    expect(store.getState().project!.goals[0]).not.toHaveProperty('x');
    store.getState().select(['goal_werk']);
    expect(layout.started).toBe(1);
    dispatch(store, removeLink, store.getState().project!.links[0]!.id);
    expect(layout.started).toBe(2);
  });

  it('walks neighbours with the arrow keys, selects with Enter and steps back with Esc', async () => {
    const { store, canvas, onCursor } = await setUp();
    store.getState().select(['goal_armoede']);
    expect(key(canvas, 'ArrowRight')).toBe(false); // handled: the workshop walk must not step
    const first = onCursor.mock.calls.at(-1)![0] as string;
    const model = mapModelOf(store.getState())!;
    const v = model.index.get('goal_armoede')!;
    const neighbours = model.linksOf[v]!.map((e) => {
      const l = model.links[e]!;
      return model.nodes[l.source === v ? l.target : l.source]!.id;
    });
    expect(neighbours).toContain(first);
    key(canvas, 'Enter');
    expect(store.getState().selection).toEqual([first]);
    key(canvas, 'Escape');
    expect(store.getState().selection).toEqual([]);
  });

  it('highlights a set of links (workshop walk) and can fit to them', async () => {
    const { store, engine, canvas } = await setUp();
    const link = store.getState().project!.links[0]!;
    engine.highlight({ linkIds: [link.id, 'no_such_link'], goalIds: [] });
    const scene = engine.scene()!;
    expect(scene.focus!.links.size).toBe(1);
    // The count the workshop's e2e reads off the canvas: links found and lit, not ids asked for.
    expect(canvas.dataset.highlightedLinks).toBe('1');
    expect([...scene.focus!.nodes].map((v) => scene.model.nodes[v]!.id).sort()).toEqual(
      [link.source, link.target].sort(),
    );
    engine.fitToLinks([link.id]);
    engine.highlight(null);
    expect(engine.scene()!.focus).toBeNull();
    expect(canvas.dataset.highlightedLinks).toBeUndefined();
  });

  it('cleans up on destroy: unsubscribes from the store, ends the worker and stops listening to the keyboard', async () => {
    const { store, canvas, engine, layout, onCursor, active } = await setUp();
    expect(active()).toBe(1);
    engine.destroy();
    expect(active()).toBe(0);
    expect(layout.destroyed).toBe(true);
    const started = layout.started;
    dispatch(store, removeLink, store.getState().project!.links[0]!.id);
    expect(layout.started).toBe(started);
    store.getState().select(['goal_armoede']);
    onCursor.mockClear();
    expect(key(canvas, 'ArrowRight')).toBe(true); // not handled any more
    expect(onCursor).not.toHaveBeenCalled();
  });
});
