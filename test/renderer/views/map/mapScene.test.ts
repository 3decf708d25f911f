import { describe, expect, it } from 'vitest';
import { smallExample } from '../../../fixtures/smallExample';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';
import { mapModel } from '../../../../renderer/views/map/viewModel';
import { NO_FILTERS, visibility } from '../../../../renderer/views/map/mapFilters';
import { groupingOf } from '../../../../renderer/views/map/layoutInput';
import { labelOrderOf, nodeMarks, placeLabels, type MapScene } from '../../../../renderer/views/map/mapScene';

/** The example's map with two goals placed by hand (a and b) and every other goal far off screen. */
function scene(a: [number, number], b: [number, number], labelScale?: number, width = 600): MapScene {
  const p = smallExample();
  const model = mapModel(p, buildCompactGraph(p), p.divisions[0], undefined);
  const pos = new Float32Array(2 * model.nodes.length).fill(-10_000);
  pos.set(a, 0);
  pos.set(b, 2);
  return {
    model,
    vis: visibility(model, NO_FILTERS),
    pos,
    ...nodeMarks(model, 'domain'),
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
    width,
    height: 400,
    labelScale,
  };
}

// About 6 px a letter at 12 px, growing with the titles' size.
const measure = (s: MapScene) => (text: string) => text.length * 6 * (s.labelScale ?? 1);
const side = (placed: ReturnType<typeof placeLabels>, v: number, s: MapScene) => {
  const label = placed.find((l) => l.v === v);
  return label ? (label.x > s.pos[2 * v]! ? 'right' : 'left') : 'none';
};

describe('map titles', () => {
  it('names a goal at the right edge on its left, so the whole title is on the canvas', () => {
    const s = scene([590, 100], [100, 300]);
    const placed = placeLabels(s, [0, 1], measure(s), 9);
    expect(side(placed, 0, s)).toBe('left');
    const title = placed.find((l) => l.v === 0)!;
    expect(title.x).toBeGreaterThanOrEqual(0);
    expect(side(placed, 1, s)).toBe('right');
  });

  it('leaves a goal unnamed rather than cut at the start of its title by the left edge', () => {
    // b is near the left edge with a just to its right: a title right of b would cover a, one left of it would
    // start off the canvas.
    const s = scene([100, 200], [30, 200]);
    const placed = placeLabels(s, [0, 1], measure(s), 9);
    expect(side(placed, 0, s)).toBe('right');
    expect(side(placed, 1, s)).toBe('none');
  });

  it('keeps larger titles (workshop) further apart: two goals 14 px apart share a side at 12 px, not at 18 px', () => {
    const normal = scene([100, 100], [100, 114]);
    const placedNormal = placeLabels(normal, [0, 1], measure(normal), 9);
    expect([side(placedNormal, 0, normal), side(placedNormal, 1, normal)]).toEqual(['right', 'right']);
    const large = scene([400, 100], [400, 114], 1.5, 1000);
    const placedLarge = placeLabels(large, [0, 1], measure(large), 9);
    expect(new Set([side(placedLarge, 0, large), side(placedLarge, 1, large)])).toEqual(new Set(['right', 'left']));
  });
});
