import { describe, expect, it } from 'vitest';
import { buildCompactGraph, divisionParts } from '../../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../../shared/analysis/coherenceReport';
import { subjectLevel } from '../../../../shared/analysis/subjectLevel';
import { mapModel, type MapModel } from '../../../../renderer/views/map/viewModel';
import { levelMapModel } from '../../../../renderer/views/map/levelMapModel';
import { coverSummary, legendSections, symbolMarkup } from '../../../../renderer/views/map/mapLegend';
import { linkWords } from '../../../../renderer/views/map/cursorText';
import { COVER_STYLES, LINK_STYLES } from '../../../../renderer/views/map/mapStyle';
import { NO_FILTERS, visibility } from '../../../../renderer/views/map/mapFilters';
import { groupingOf } from '../../../../renderer/views/map/layoutInput';
import { planLinks } from '../../../../renderer/views/map/linkPlan';
import { labelOrderOf, nodeMarks, type MapScene } from '../../../../renderer/views/map/mapScene';
import { createTranslator } from '../../../../renderer/i18n/translate';
import { coverageDraft, deliberate } from '../../../shared/coalition/coverageFixture';

/** coverageFixture: A1 covers w1–z1 and w2–z1 (P1–P2), A2 covers w2–x; z1–z2 and w1–x are split and uncovered. */
function maps(extra: Parameters<typeof coverageDraft>[0] = {}) {
  const p = coverageDraft(extra);
  const g = buildCompactGraph(p);
  const d = p.divisions[0]!;
  const goal = mapModel(p, g, d, undefined);
  const level = levelMapModel(p, g, d, undefined, subjectLevel(g, divisionParts(g, d), d));
  const report = coherenceReport(p, 'D', g);
  return { p, g, d, goal, level, report };
}
const coverOf = (m: MapModel, id: string) => m.links.find((l) => l.id === id)?.cover;
const t = createTranslator('nl');

describe('cover marks on the map', () => {
  it('marks covered split links, leaves uncovered split and kept links unmarked', () => {
    const { goal } = maps();
    expect(['w1_z1', 'w2_z1', 'w2_x'].map((id) => coverOf(goal, id))).toEqual(['covered', 'covered', 'covered']);
    expect(['z1_z2', 'w1_x', 'w1_w2', 'z2_x'].map((id) => coverOf(goal, id))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('counts goal-level links by cover at both levels, as the report does, and says so after the summary', () => {
    const { goal, level, report } = maps({ deliberate: [deliberate('S1', 'w1', 'x')] });
    const expected = { covered: report.coverage.covered.count, deliberate: report.coverage.deliberate.count };
    expect(expected).toEqual({ covered: 3, deliberate: 1 });
    expect(goal.covers).toEqual(expected);
    expect(level.covers).toEqual(expected);
    expect(coverSummary(goal, t)).toBe(' Daarvan 3 gedekt door een afspraak en 1 bewust gesplitst.');
    expect(coverSummary({ covers: { covered: 0, deliberate: 0 } }, t)).toBe('');
  });

  it('reads the same marks off the report’s coverage as it works out itself', () => {
    const { p, g, d, goal, report } = maps({ deliberate: [deliberate('S1', 'Z', 'W')] });
    const given = mapModel(p, g, d, undefined, report.coverage.status);
    expect(given.links.map((l) => l.cover)).toEqual(goal.links.map((l) => l.cover));
    expect(coverOf(goal, 'w1_z1')).toBe('deliberate');
    expect(coverOf(goal, 'w2_x')).toBe('covered');
  });

  it('at subject level a tie is covered only when every link behind it is, deliberate when all are', () => {
    const { level } = maps();
    const tie = (a: string, b: string) =>
      level.links.find(
        (l) => [level.nodes[l.source]!.id, level.nodes[l.target]!.id].sort().join() === [a, b].sort().join(),
      )!;
    expect(tie('W', 'Z').cover).toBe('covered');
    // W–x holds w2–x (covered) and w1–x (uncovered): still to coordinate.
    expect(tie('W', 'x').status).toBe('split');
    expect(tie('W', 'x').cover).toBeUndefined();
    const withSplit = maps({ deliberate: [deliberate('S1', 'Z', 'W')] }).level;
    const wz = withSplit.links.find((l) => l.linkIds.includes('w1_z1'))!;
    expect(wz.cover).toBe('deliberate');
  });

  it('says the mark in words and explains both in the legend, the plain split line then as not covered', () => {
    const { goal } = maps({ deliberate: [deliberate('S1', 'w1', 'x')] });
    expect(
      linkWords(
        goal.links.find((l) => l.id === 'w1_z1')!,
        t,
      ),
    ).toBe('versterkt, 3 – sterk, gesplitst, gedekt door een afspraak');
    const links = legendSections(goal, 'holder', t, { draft: 'Akkoord', compare: null }).find(
      (s) => s.title === t('app.map.legendLinks'),
    )!;
    expect(links.items.map((i) => i.label)).toEqual([
      t('app.map.legendSplitUncovered', { draft: 'Akkoord' }),
      t('app.map.legendCovered'),
      t('app.map.legendDeliberate'),
      t('app.map.legendKept'),
    ]);
    // The covered symbol is a double line: a white core over the blue stroke.
    expect(symbolMarkup(links.items[1]!.symbol)).toContain('stroke="#ffffff"');
    expect(symbolMarkup(links.items[2]!.symbol)).toContain(
      `stroke-dasharray="${COVER_STYLES.deliberate.dash.join(' ')}"`,
    );
  });

  it('leaves the legend as it was when nothing is covered or deliberate', () => {
    const p = coverageDraft();
    const d = { ...p.divisions[0]!, arrangements: [] };
    const g = buildCompactGraph(p);
    const m = mapModel({ ...p, divisions: [d] }, g, d, undefined);
    expect(m.links.some((l) => l.cover)).toBe(false);
    const labels = legendSections(m, 'holder', t, { draft: 'Akkoord', compare: null })
      .flatMap((s) => s.items)
      .map((i) => i.label);
    expect(labels).toContain(t('app.map.legendSplit', { draft: 'Akkoord' }));
    expect(labels).not.toContain(t('app.map.legendCovered'));
  });

  it('draws covered links in a batch of their own with a white core, apart from the uncovered split links', () => {
    const { goal } = maps();
    const scene: MapScene = {
      model: goal,
      vis: visibility(goal, NO_FILTERS),
      pos: new Float32Array(2 * goal.nodes.length).map((_, i) => (i * 37) % 300),
      ...nodeMarks(goal, 'domain'),
      pinned: new Uint8Array(goal.nodes.length),
      focus: null,
      selected: new Set(),
      cursor: -1,
      found: new Set(),
      grouping: groupingOf(goal, 'free'),
      groupLabel: () => '',
      labelOrder: labelOrderOf(goal),
      rubber: null,
      transform: { k: 1, x: 0, y: 0 },
      quick: false,
      width: 600,
      height: 600,
    };
    const plan = planLinks(scene);
    const covered = plan.groups.filter((gr) => gr.colour === COVER_STYLES.covered.colour);
    const split = plan.groups.filter((gr) => gr.colour === LINK_STYLES.split.colour);
    expect(
      covered
        .flatMap((gr) => gr.links)
        .map((e) => goal.links[e]!.id)
        .sort(),
    ).toEqual(['w1_z1', 'w2_x', 'w2_z1']);
    expect(covered.every((gr) => gr.core > 0 && gr.core < gr.width)).toBe(true);
    expect(
      split
        .flatMap((gr) => gr.links)
        .map((e) => goal.links[e]!.id)
        .sort(),
    ).toEqual(['w1_x', 'z1_z2']);
    expect(split.every((gr) => gr.core === 0)).toBe(true);
  });
});
