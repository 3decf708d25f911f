import { describe, expect, it } from 'vitest';
import { syntheticProject } from '../../../shared/optimiser';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import { mapModel } from '../../../renderer/views/map/viewModel';
import { layoutInput } from '../../../renderer/views/map/layoutInput';
import { createLayoutRun, createLayoutWorker } from '../../../renderer/workers/layoutWorkerCore';
import { createLayoutClient, inProcessLayoutWorker } from '../../../renderer/workers/layoutClient';
import type { LayoutInput, LayoutMessage } from '../../../renderer/workers/layoutProtocol';

function input(layout: 'free' | 'holder', pins: { id: string; x: number; y: number }[] = []): LayoutInput {
  const p = syntheticProject({ goals: 60, portfolios: 3, seed: 4, linksPerGoal: 3, assign: 'theme' });
  const m = mapModel(p, buildCompactGraph(p), p.divisions[0], undefined);
  return layoutInput(m, layout, pins, new Map(), true).input;
}

const settle = (i: LayoutInput) => {
  const run = createLayoutRun(i);
  let guard = 0;
  while (!run.step(50) && guard++ < 1000);
  return { run, pos: run.positions().slice() };
};

describe('layout run', () => {
  it('settles, and gives the same map for the same input (people find their goals where they left them)', () => {
    const a = settle(input('free'));
    const b = settle(input('free'));
    expect(a.run.ticks).toBeGreaterThan(50);
    expect([...a.pos]).toEqual([...b.pos]);
    expect([...a.pos].every(Number.isFinite)).toBe(true);
  });

  it('keeps pinned goals exactly where the user put them', () => {
    const { pos } = settle(input('free', [{ id: 'goal_3', x: 500, y: -400 }]));
    expect([pos[6], pos[7]]).toEqual([500, -400]);
  });

  it('gathers each group around its own centre in a grouped layout', () => {
    const i = input('holder');
    const { pos } = settle(i);
    let nearOwn = 0;
    for (let v = 0; v < i.n; v++) {
      const d = (g: number) => Math.hypot(pos[2 * v]! - i.centres[2 * g]!, pos[2 * v + 1]! - i.centres[2 * g + 1]!);
      const own = d(i.group[v]!);
      const groups = i.centres.length / 2;
      if (Array.from({ length: groups }, (_, g) => g).every((g) => g === i.group[v] || own < d(g))) nearOwn++;
    }
    expect(nearOwn).toBe(i.n);
  });

  it('holds a dragged node where the pointer is, then lets it go', () => {
    const i = input('free');
    const run = createLayoutRun(i);
    run.hold(0, 1234, 567);
    run.step(20);
    expect([run.positions()[0], run.positions()[1]]).toEqual([1234, 567]);
    run.hold(0, null, null);
    while (!run.step(50));
    expect(run.positions()[0]).not.toBe(1234);
  });
});

describe('layout worker loop', () => {
  it('works in slices, posts positions along the way and once more when settled', () => {
    const posts: LayoutMessage[] = [];
    const queue: (() => void)[] = [];
    let clock = 0;
    const handle = createLayoutWorker(
      (m) => posts.push(m),
      (fn) => queue.push(fn),
      () => (clock += 5),
    );
    handle({ type: 'start', runId: 7, input: input('free') });
    let slices = 0;
    while (queue.length && slices < 10_000) {
      queue.shift()!();
      slices++;
    }
    expect(slices).toBeGreaterThan(1);
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.every((m) => m.runId === 7)).toBe(true);
    expect(posts.at(-1)!.done).toBe(true);
    expect(posts.slice(0, -1).every((m) => !m.done)).toBe(true);
  });

  it('stops on request and ignores holds for another run', () => {
    const posts: LayoutMessage[] = [];
    const queue: (() => void)[] = [];
    const handle = createLayoutWorker(
      (m) => posts.push(m),
      (fn) => queue.push(fn),
    );
    handle({ type: 'start', runId: 1, input: input('free') });
    handle({ type: 'stop' });
    while (queue.length) queue.shift()!();
    expect(posts).toEqual([]);
    handle({ type: 'hold', runId: 1, index: 0, x: 1, y: 1 });
    expect(queue).toEqual([]);
  });
});

describe('layout client', () => {
  it('delivers the positions of the latest run only, and nothing after destroy', async () => {
    const got: LayoutMessage[] = [];
    const client = createLayoutClient((m) => got.push(m), undefined, inProcessLayoutWorker);
    client.start(input('free'));
    client.start(input('holder'));
    await new Promise<void>((resolve) => {
      const wait = () => (got.some((m) => m.done) ? resolve() : setTimeout(wait, 10));
      wait();
    });
    expect(new Set(got.map((m) => m.runId))).toEqual(new Set([2]));
    client.start(input('free'));
    client.destroy();
    const count = got.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(got.length).toBe(count);
  });
});
