import { describe, expect, it } from 'vitest';
import { syntheticProject } from '../../../../shared/optimiser';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';
import { mapModel } from '../../../../renderer/views/map/viewModel';
import { NO_FILTERS, visibility } from '../../../../renderer/views/map/mapFilters';
import { groupingOf } from '../../../../renderer/views/map/layoutInput';
import { drawPlan, planLinks } from '../../../../renderer/views/map/linkPlan';
import { labelOrderOf, nodeMarks, type MapScene } from '../../../../renderer/views/map/mapScene';

function scene(): MapScene {
  const p = syntheticProject({ goals: 120, portfolios: 4, seed: 3, linksPerGoal: 4 });
  const model = mapModel(p, buildCompactGraph(p), p.divisions[0], undefined);
  const pos = new Float32Array(2 * model.nodes.length).map((_, i) => (i * 37) % 500);
  const marks = nodeMarks(model, 'domain');
  return {
    model,
    vis: visibility(model, NO_FILTERS),
    pos,
    ...marks,
    pinned: new Uint8Array(model.nodes.length),
    focus: null,
    selected: new Set(),
    cursor: -1,
    found: new Set(),
    grouping: groupingOf(model, 'free'),
    groupLabel: () => '',
    labelOrder: labelOrderOf(model),
    rubber: null,
    transform: { k: 1, x: 0, y: 0 },
    quick: false,
    width: 600,
    height: 600,
  };
}

/** A context that records which link segments were started (one moveTo per segment). */
function recorder() {
  const starts: string[] = [];
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (target, key) =>
      key === 'moveTo'
        ? (x: number, y: number) => starts.push(`${x},${y}`)
        : typeof key === 'string' && key in target
          ? target[key]
          : () => undefined,
    set: (target, key, value) => {
      target[key as string] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, starts };
}

describe('link plan', () => {
  it('holds every visible link in view once, in groups by look', () => {
    const s = scene();
    const plan = planLinks(s);
    expect(plan.total).toBe(s.model.links.length);
    const all = plan.groups.flatMap((g) => g.links);
    expect(new Set(all).size).toBe(all.length);
  });

  it('drawn a slice per frame, it draws exactly what one full pass draws', () => {
    const s = scene();
    const plan = planLinks(s);
    const whole = recorder();
    drawPlan(whole.ctx, s, s.pos, plan, 1, 0, plan.total);
    const sliced = recorder();
    for (let from = 0; from < plan.total; from += 97) drawPlan(sliced.ctx, s, s.pos, plan, 1, from, from + 97);
    expect(sliced.starts).toEqual(whole.starts);
  });

  it('leaves out links outside the view and hidden links', () => {
    const s = { ...scene(), transform: { k: 1, x: -10_000, y: -10_000 } };
    expect(planLinks(s).total).toBe(0);
  });
});
