// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createMapEngine, DEFAULT_MAP_OPTIONS } from '../../../../renderer/views/map/engine';
import type { LayoutClient, LayoutInput } from '../../../../renderer/workers/layoutClient';
import { dispatch } from '../../../../renderer/store/commands/dispatch';
import { pinGoals } from '../../../../renderer/store/commands/mapCommands';
import { testStore } from '../../support/testStore';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../../fixtures/subjects/subjectsExample';

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
  await t.store.getState().adoptProject(subjectsExample());
  t.store.getState().chooseDraft(SUBJECTS_DRAFT_ID);
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  const inputs: LayoutInput[] = [];
  const layout: LayoutClient = {
    start: (input) => inputs.push(input),
    hold: () => undefined,
    stop: () => undefined,
    destroy: () => undefined,
  };
  const engine = createMapEngine(
    canvas,
    t.store,
    {
      ...DEFAULT_MAP_OPTIONS,
      groupLabel: (n) => n ?? '',
      nodeNote: (n) => (n.apart ? `apart ${n.apart.reason}` : null),
    },
    {},
    { context: fakeContext, createLayout: () => layout },
  );
  return { store: t.store, engine, inputs };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('map engine at subject level', () => {
  it('follows the header switch: subject nodes, then goals, laid out again each time', async () => {
    const { store, engine, inputs } = await setUp();
    expect(store.getState().level).toBe('subject');
    expect(engine.scene()!.model.level).toBe('subject');
    expect(inputs.at(-1)!.n).toBe(15);
    // The exception's title carries its note on the canvas.
    const scene = engine.scene()!;
    expect(scene.notes![scene.model.index.get('goal_kwijtschelding')!]).toBe('apart exception');
    store.getState().chooseLevel('goal');
    expect(engine.scene()!.model.level).toBe('goal');
    expect(inputs.at(-1)!.n).toBe(25);
    store.getState().chooseLevel('subject');
    expect(inputs.at(-1)!.n).toBe(15);
    engine.destroy();
  });

  it('shows a goal selected elsewhere as its subject selected, and pins a subject by its own id', async () => {
    const { store, engine, inputs } = await setUp();
    store.getState().select(['goal_thuiswonen']);
    const scene = engine.scene()!;
    const zorg = scene.model.index.get('subj_zorg-en-ondersteuning')!;
    expect([...scene.selected]).toEqual([zorg]);
    dispatch(store, pinGoals, [{ id: 'subj_zorg-en-ondersteuning', x: 5, y: 6 }]);
    expect(store.getState().project!.mapPositions).toEqual([{ id: 'subj_zorg-en-ondersteuning', x: 5, y: 6 }]);
    expect([inputs.at(-1)!.pins[2 * zorg], inputs.at(-1)!.pins[2 * zorg + 1]]).toEqual([5, 6]);
    expect(engine.scene()!.pinned[zorg]).toBe(1);
    // The arrow keys walk the subject's neighbours, as if the subject itself were selected.
    const canvas = document.querySelector('canvas')!;
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
    const model = engine.scene()!.model;
    const neighbours = model.linksOf[zorg]!.map((e) => {
      const l = model.links[e]!;
      return model.nodes[l.source === zorg ? l.target : l.source]!.id;
    });
    expect(neighbours).toContain(engine.cursor());
    engine.destroy();
  });
});
