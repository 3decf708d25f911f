import { describe, expect, it } from 'vitest';
import { smallExample } from '../../../fixtures/smallExample';
import { coherenceReport } from '../../../../shared/analysis/coherenceReport';
import { pairColumnsCss, stepTo, walkSteps } from '../../../../renderer/views/workshop/walk';

describe('guided walk through the coordination agenda', () => {
  const project = smallExample();
  const report = coherenceReport(project, 'div_klassiek');
  const steps = walkSteps(project, report);

  it('starts with what the draft splits as a whole, then one step per pair of holders, heaviest first', () => {
    const [overview, ...pairs] = steps;
    expect(overview).toMatchObject({ kind: 'overview', splitCount: report.cut.cutCount, pairCount: pairs.length });
    expect(pairs.length).toBe(report.coordination.length);
    const weights = pairs.map((p) => (p.kind === 'pair' ? p.weight : NaN));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('lists every split link exactly once across the pairs, each with both goals of the pair', () => {
    const fromPairs = steps.flatMap((s) => (s.kind === 'pair' ? s.linkIds : []));
    expect(new Set(fromPairs).size).toBe(fromPairs.length);
    expect([...fromPairs].sort()).toEqual([...steps[0]!.linkIds].sort());
    expect(fromPairs.length).toBe(report.cut.cutCount);
    const byId = new Map(project.links.map((l) => [l.id, l]));
    for (const s of steps)
      if (s.kind === 'pair')
        for (const l of s.links) {
          expect(byId.get(l.linkId)?.rationale).toBe(l.rationale);
          expect(s.goalIds).toEqual(expect.arrayContaining([l.source, l.target]));
        }
  });

  it('walks equally heavy pairs in the order the report (and the agenda in Analyse) lists them', () => {
    const [p, q] = report.coordination;
    // Two pairs of one weight, the later holder id first: the walk keeps the report's order, not the ids'.
    const tied = [
      { ...q!, a: 'pf_z', weight: 5 },
      { ...p!, a: 'pf_a', weight: 5 },
    ];
    const walked = walkSteps(project, { ...report, coordination: tied }).flatMap((s) =>
      s.kind === 'pair' ? [s.a] : [],
    );
    expect(walked).toEqual(['pf_z', 'pf_a']);
  });

  it('orders a pair’s links strongest first', () => {
    for (const s of steps)
      if (s.kind === 'pair') {
        const strengths = s.links.map((l) => l.strength);
        expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
      }
  });

  it('frames the pair’s two board columns, found by the heading that labels them, with a quoted label', () => {
    const css = pairColumnsCss('pf_sociaal', 'pf_"x', 'in deze "stap"');
    expect(css).toContain('.board-col[aria-labelledby="board-col-pf_sociaal"]');
    expect(css).toContain('.board-col[aria-labelledby="board-col-pf_\\"x"]');
    expect(css).toContain('content: "in deze \\"stap\\""');
    expect(css.match(/outline: 4px solid/g)).toHaveLength(1);
  });

  it('steps stay within the walk', () => {
    expect(stepTo(0, -1, 5)).toBe(0);
    expect(stepTo(4, 1, 5)).toBe(4);
    expect(stepTo(2, 1, 5)).toBe(3);
  });
});
