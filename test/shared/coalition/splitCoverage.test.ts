import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCompactGraph, partsOf } from '../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import {
  LINK_COVERED,
  LINK_DELIBERATE,
  LINK_NOT_SPLIT,
  LINK_UNCOVERED,
  splitCoverage,
  type CoverageGroup,
} from '../../../shared/coalition/splitCoverage';
import type { Project } from '../../../shared/model';
import { randomSubjectDraft } from '../analysis/subjectDraftFixture';
import { arrangement, coverageDraft, deliberate } from './coverageFixture';

function coverageOf(p: Project) {
  const g = buildCompactGraph(p);
  const d = p.divisions[0]!;
  const c = splitCoverage(g, partsOf(g, d), d);
  const ids = (x: { links: Int32Array }) => [...x.links].map((e) => g.linkIds[e]!).sort();
  const status = (id: string) => c.status[g.linkIds.indexOf(id)];
  return { g, c, ids, status };
}

const brief = (x: CoverageGroup, ids: (x: { links: Int32Array }) => string[]) => [x.count, x.weight, ids(x)];

describe('splitCoverage', () => {
  it('covers a link only when both its holders take part and an end is in scope (by subject, by goal)', () => {
    const { c, ids, status } = coverageOf(coverageDraft());
    expect(brief(c.covered, ids)).toEqual([3, 5, ['w1_z1', 'w2_x', 'w2_z1']]);
    // z1–z2: z1 is under A1's subject Z, but P3 does not take part. w1–x: A2 has P1 and P3, neither end in scope.
    expect(brief(c.uncovered, ids)).toEqual([2, 4, ['w1_x', 'z1_z2']]);
    expect(brief(c.deliberate, ids)).toEqual([0, 0, []]);
    expect(c.uncoveredShare).toBe(4 / 9);
    expect(c.arrangements.map((a) => [a.arrangementId, a.count, a.weight, ids(a)])).toEqual([
      ['A1', 2, 4, ['w1_z1', 'w2_z1']],
      ['A2', 1, 1, ['w2_x']],
    ]);
    expect([status('w1_w2'), status('z2_x')]).toEqual([LINK_NOT_SPLIT, LINK_NOT_SPLIT]);
    expect([status('w1_z1'), status('z1_z2'), status('w2_x')]).toEqual([LINK_COVERED, LINK_UNCOVERED, LINK_COVERED]);
  });

  it('puts deliberate before covered; a split by subject pair takes the goal-level links under them', () => {
    const { c, ids, status } = coverageOf(coverageDraft({ deliberate: [deliberate('S1', 'Z', 'W')] }));
    expect(brief(c.deliberate, ids)).toEqual([2, 4, ['w1_z1', 'w2_z1']]);
    expect(brief(c.covered, ids)).toEqual([1, 1, ['w2_x']]);
    expect(brief(c.uncovered, ids)).toEqual([2, 4, ['w1_x', 'z1_z2']]);
    expect(c.uncoveredShare).toBe(4 / 9);
    // A1 covered exactly those two: deliberate wins, so A1 now lists nothing.
    expect(c.arrangements.map((a) => a.count)).toEqual([0, 1]);
    expect(c.deliberateSplits).toEqual([
      { splitId: 'S1', count: 2, weight: 4, links: expect.any(Int32Array), apart: true },
    ]);
    expect(status('w1_z1')).toBe(LINK_DELIBERATE);
  });

  it('matches a goal end, a subject end with a goal of it, and both splits when two name a link', () => {
    const { c, ids } = coverageOf(
      coverageDraft({
        deliberate: [deliberate('S1', 'x', 'w1'), deliberate('S2', 'Z', 'z2'), deliberate('S3', 'W', 'x')],
      }),
    );
    // S1: w1–x. S2: z1 (under Z) – z2 (itself). S3: w1–x and w2–x (goals under W with x).
    expect(c.deliberateSplits.map((d) => [d.splitId, d.count, d.weight, ids(d)])).toEqual([
      ['S1', 1, 2, ['w1_x']],
      ['S2', 1, 2, ['z1_z2']],
      ['S3', 2, 3, ['w1_x', 'w2_x']],
    ]);
    expect(brief(c.deliberate, ids)).toEqual([3, 5, ['w1_x', 'w2_x', 'z1_z2']]);
    expect(brief(c.covered, ids)).toEqual([2, 4, ['w1_z1', 'w2_z1']]);
    expect(brief(c.uncovered, ids)).toEqual([0, 0, []]);
    expect(c.uncoveredShare).toBe(0);
  });

  it('says apart: false when the draft gives both ends one holder (nothing left to split)', () => {
    const { c } = coverageOf(coverageDraft({ deliberate: [deliberate('S1', 'x', 'w1')], assignments: { x: 'P1' } }));
    expect(c.deliberateSplits[0]).toMatchObject({ splitId: 'S1', count: 0, weight: 0, apart: false });
    // A subject that is no node of its own is held by its lead: W (P1) and x (now P1) are together too.
    const w = coverageOf(coverageDraft({ deliberate: [deliberate('S2', 'W', 'x')], assignments: { x: 'P1' } }));
    expect(w.c.deliberateSplits[0]!.apart).toBe(false);
    const apart = coverageOf(coverageDraft({ deliberate: [deliberate('S2', 'W', 'x')] }));
    expect(apart.c.deliberateSplits[0]!.apart).toBe(true);
  });

  it('ignores holders outside the draft and leaves nothing covered without arrangements', () => {
    const p = coverageDraft();
    p.divisions[0]!.arrangements = [arrangement('A9', 'P9', ['P1', 'P2'], { subjectIds: ['Z'] })];
    const { c, ids } = coverageOf(p);
    expect(brief(c.covered, ids)).toEqual([2, 4, ['w1_z1', 'w2_z1']]);
    p.divisions[0]!.arrangements = [];
    const none = coverageOf(p);
    expect(none.c.covered.count).toBe(0);
    expect(none.c.uncovered.weight).toBe(9);
    expect(none.c.uncoveredShare).toBe(1);
  });

  it('gives null as the share when nothing is split', () => {
    const p = coverageDraft({ assignments: { z1: 'P1', z2: 'P1', x: 'P1', w1: 'P1', w2: 'P1' } });
    const { c } = coverageOf(p);
    expect(c.uncoveredShare).toBeNull();
    expect(c.status.every((s) => s === LINK_NOT_SPLIT)).toBe(true);
  });

  it('adds up to the report: covered + uncovered + deliberate = the split weight', () => {
    const p = coverageDraft({ deliberate: [deliberate('S1', 'Z', 'W')] });
    const r = coherenceReport(p, 'D');
    const c = r.coverage;
    expect(c.covered.weight + c.uncovered.weight + c.deliberate.weight).toBe(r.cut.cut);
    expect(c.covered.count + c.uncovered.count + c.deliberate.count).toBe(r.cut.cutCount);
  });

  it('parts the split links into the three groups on random drafts (property)', () => {
    fc.assert(
      fc.property(
        randomSubjectDraft(8, 3, 3),
        fc.array(fc.tuple(fc.nat(2), fc.array(fc.nat(2), { maxLength: 2 }), fc.nat(10), fc.boolean()), {
          maxLength: 3,
        }),
        fc.array(fc.tuple(fc.nat(10), fc.nat(10)), { maxLength: 3 }),
        (p, arrs, dels) => {
          const d = p.divisions[0]!;
          const nodes = [...p.goals.map((x) => x.id), ...p.subjects.map((x) => x.id)];
          const pick = (i: number) => nodes[i % nodes.length]!;
          d.arrangements = arrs.map(([lead, others, node, bySubject], j) => {
            const id = pick(node);
            const subjectId = p.subjects.some((s) => s.id === id) ? id : p.goals.find((x) => x.id === id)?.subjectId;
            return arrangement(
              `A${j}`,
              d.portfolioIds[lead % d.portfolioIds.length]!,
              others.map((o) => d.portfolioIds[o % d.portfolioIds.length]!),
              bySubject && subjectId ? { subjectIds: [subjectId] } : { goalIds: [id] },
            );
          });
          d.deliberate = dels
            .filter(([a, b]) => pick(a) !== pick(b))
            .map(([a, b], j) => deliberate(`S${j}`, pick(a), pick(b)));
          const g = buildCompactGraph(p);
          const parts = partsOf(g, d);
          const r = coherenceReport(p, 'D', g);
          const c = splitCoverage(g, parts, d);
          const split = [...r.cut.splitLinks].sort((a, b) => a - b);
          const groups = [...c.covered.links, ...c.uncovered.links, ...c.deliberate.links].sort((a, b) => a - b);
          expect(groups).toEqual(split);
          expect(c.covered.weight + c.uncovered.weight + c.deliberate.weight).toBeCloseTo(r.cut.cut, 9);
          for (const e of c.covered.links) expect(c.status[e]).toBe(LINK_COVERED);
          for (const e of c.uncovered.links) expect(c.status[e]).toBe(LINK_UNCOVERED);
          for (const e of c.deliberate.links) expect(c.status[e]).toBe(LINK_DELIBERATE);
          // The definitions, read with strings, link by link.
          const subjectOf = new Map(p.goals.map((x) => [x.id, x.subjectId]));
          const under = (v: string, node: string) => v === node || subjectOf.get(v) === node;
          const holders = (a: (typeof d.arrangements)[number]) => [a.leadId, ...a.holderIds];
          for (let e = 0; e < g.m; e++) {
            const [s, t] = [g.goalIds[g.src[e]!]!, g.goalIds[g.dst[e]!]!];
            const [ps, pt] = [parts[g.src[e]!]!, parts[g.dst[e]!]!];
            let want = LINK_NOT_SPLIT;
            if (ps >= 0 && pt >= 0 && ps !== pt) {
              const [hs, ht] = [d.portfolioIds[ps]!, d.portfolioIds[pt]!];
              const inScope = (a: (typeof d.arrangements)[number], v: string) =>
                a.goalIds.includes(v) || a.subjectIds.some((x) => under(v, x));
              if (d.deliberate.some((x) => (under(s, x.a) && under(t, x.b)) || (under(s, x.b) && under(t, x.a))))
                want = LINK_DELIBERATE;
              else if (
                d.arrangements.some(
                  (a) => holders(a).includes(hs) && holders(a).includes(ht) && (inScope(a, s) || inScope(a, t)),
                )
              )
                want = LINK_COVERED;
              else want = LINK_UNCOVERED;
            }
            expect(c.status[e]).toBe(want);
          }
          // Every arrangement lists covered links only, and every covered link is under one at least.
          const listed = new Set(c.arrangements.flatMap((a) => [...a.links]));
          for (const a of c.arrangements) for (const e of a.links) expect(c.status[e]).toBe(LINK_COVERED);
          expect([...listed].sort((a, b) => a - b)).toEqual([...c.covered.links]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
