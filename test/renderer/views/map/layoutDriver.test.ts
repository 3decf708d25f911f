import { describe, expect, it } from 'vitest';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';
import { fixtureProject } from '../../../shared/analysis/analysisFixture';
import { mapModel } from '../../../../renderer/views/map/viewModel';
import { createLayoutDriver } from '../../../../renderer/views/map/layoutDriver';
import { layoutInput, seedPositions } from '../../../../renderer/views/map/layoutInput';
import { linkEnds } from '../../../../renderer/views/map/mapFocus';
import type { LayoutClient, LayoutInput, LayoutMessage } from '../../../../renderer/workers/layoutClient';

function model(goals = ['a', 'b', 'c']) {
  const p = fixtureProject({
    goals: goals.map((g, i) => [g, i % 2 ? 'fysiek' : 'sociaal'] as [string, string]),
    links: goals.length > 2 ? [['ab', 'a', 'b', 3] as [string, string, string, number]] : [],
    portfolios: ['P1', 'P2'],
    divisions: { D: { parts: { P1: ['a'], P2: ['b'] } } },
  });
  return mapModel(p, buildCompactGraph(p), p.divisions[0], undefined);
}

function fakeClient() {
  const started: LayoutInput[] = [];
  let send: (m: LayoutMessage) => void = () => {};
  const create = (cb: (m: LayoutMessage) => void) => {
    send = cb;
    const client: LayoutClient = {
      start: (i: LayoutInput) => void started.push(i),
      stop: () => {},
      hold: () => {},
      destroy: () => {},
    };
    return client;
  };
  return { create, started, send: (m: LayoutMessage) => send(m) };
}

const msg = (positions: Float32Array, ticks: number): LayoutMessage => ({
  type: 'positions',
  runId: 1,
  positions,
  done: true,
  ticks,
});

describe('seedPositions', () => {
  it('puts a pinned goal at its pin, a known goal where it was, and a new one at its group centre', () => {
    const m = model();
    const known = new Map([['b', { x: 7, y: 8 }]]);
    const { input } = layoutInput(m, 'free', [{ id: 'a', x: 100, y: 200 }], known, false);
    const pos = new Float32Array(6);
    seedPositions(input, m.nodes, known, false, pos);
    expect([pos[0], pos[1]]).toEqual([100, 200]);
    expect([pos[2], pos[3]]).toEqual([7, 8]);
    const grouped = layoutInput(m, 'holder', [], known, false).input;
    seedPositions(grouped, m.nodes, known, false, pos);
    const g = grouped.group[2]!;
    expect(g).toBeGreaterThanOrEqual(0);
    expect([pos[4], pos[5]]).toEqual([grouped.centres[2 * g], grouped.centres[2 * g + 1]]);
    seedPositions(input, m.nodes, known, true, pos);
    expect([pos[2], pos[3]]).not.toEqual([7, 8]);
  });
});

describe('layout driver', () => {
  it('starts once per change of what the layout reads and keeps positions by id across a new model', () => {
    const fake = fakeClient();
    const states: string[] = [];
    const driver = createLayoutDriver(fake.create, { onMoved: () => {}, onState: (s) => states.push(s) });
    driver.setModel(model());
    expect(driver.start('free', [], false)).toBe(true);
    expect(driver.start('free', [], false)).toBe(false);
    expect(driver.running()).toBe(true);
    fake.send(msg(new Float32Array([1, 2, 3, 4, 5, 6]), 10));
    expect(driver.running()).toBe(false);
    expect(states).toEqual(['running', 'settled']);
    driver.setModel(model(['c', 'a']));
    expect(driver.pos()).toHaveLength(4);
    driver.start('free', [], false);
    expect([...driver.pos()]).toEqual([5, 6, 1, 2]);
    expect(fake.started).toHaveLength(2);
  });

  it('ignores an answer for a model of another size', () => {
    const fake = fakeClient();
    const moved: LayoutMessage[] = [];
    const driver = createLayoutDriver(fake.create, { onMoved: (m) => moved.push(m), onState: () => {} });
    driver.setModel(model());
    driver.start('free', [], false);
    fake.send(msg(new Float32Array(4), 1));
    expect(moved).toEqual([]);
    expect(driver.running()).toBe(true);
  });
});

describe('linkEnds', () => {
  it('lists each goal at an end of the named links once', () => {
    const m = model();
    expect(linkEnds(m, ['ab', 'ab', 'unknown']).sort()).toEqual([m.index.get('a'), m.index.get('b')].sort());
  });
});
