import { describe, expect, it } from 'vitest';
import { buildCompactGraph, divisionParts } from '../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { linkIdsOf } from '../../../shared/analysis/divisionFigures';
import { subjectLevel } from '../../../shared/analysis/subjectLevel';
import { subjectDraft } from './subjectDraftFixture';

describe('the subject level of a draft', () => {
  // subjectDraftFixture.ts works the subject level of this project out by hand.
  const p = subjectDraft();
  const g = buildCompactGraph(p);
  const d = p.divisions[0]!;
  const level = subjectLevel(g, divisionParts(g, d), d);
  const ids = (list: Int32Array) => linkIdsOf({ linkIds: g.linkIds }, list).sort();

  it('groups goals under their subject, and keeps the exception and the loose goal apart', () => {
    expect(level.nodes.map((n) => [n.id, n.kind, n.goalIds, n.part])).toEqual([
      ['W', 'subject', ['w1', 'w2'], 0],
      ['w3', 'goal', ['w3'], 1],
      ['Z', 'subject', ['z1', 'z2'], 1],
      ['x', 'goal', ['x'], 0],
      ['H', 'subject', [], 2],
    ]);
  });

  it('sums the links between two nodes into one tie and keeps links inside a subject inside it', () => {
    const tie = (a: string, b: string) =>
      level.edges.find((e) => [level.nodes[e.a]!.id, level.nodes[e.b]!.id].sort().join() === [a, b].sort().join());
    expect([tie('W', 'Z')?.weight, tie('W', 'Z')?.count]).toEqual([4, 2]);
    expect(ids(tie('W', 'Z')!.links)).toEqual(['w1_z1', 'w2_z2']);
    expect(tie('w3', 'Z')?.weight).toBe(2);
    expect(tie('Z', 'H')?.weight).toBe(2);
    expect(tie('x', 'W')?.weight).toBe(1);
    expect(level.edges).toHaveLength(4);
    expect(ids(level.inside[level.index.get('W')!]!)).toEqual(['w1_w2']);
    expect(ids(level.inside[level.index.get('Z')!]!)).toEqual(['z1_z2']);
  });

  it('splits exactly what the goal level splits: the sum over the goals behind each tie', () => {
    const report = coherenceReport(p, 'D', g);
    const splitTies = level.edges.filter((e) => level.nodes[e.a]!.part !== level.nodes[e.b]!.part);
    expect(splitTies.reduce((s, e) => s + e.weight, 0)).toBe(6);
    expect(report.cut.cut).toBe(6);
    expect(ids(Int32Array.from(splitTies.flatMap((e) => [...e.links])))).toEqual(ids(report.cut.splitLinks));
  });

  it('counts the exception goal with its own holder: its link to Z stays inside P2', () => {
    const report = coherenceReport(p, 'D', g);
    expect(report.portfolios[1]!.goalIds).toEqual(['w3', 'z1', 'z2']);
    expect(ids(report.portfolios[1]!.keptLinks)).toEqual(['w3_z1', 'z1_z2']);
  });

  it('puts every link of a shared subject on the agenda of its holders, each link once per pair', () => {
    const report = coherenceReport(p, 'D', g);
    expect(report.sharedSubjects.map((s) => [s.subjectId, s.portfolioIds, s.weight])).toEqual([['Z', ['P2', 'P3'], 9]]);
    expect(report.agenda.map((a) => [a.a, a.b, a.count, a.weight, a.sharedSubjectIds])).toEqual([
      ['P2', 'P3', 5, 9, ['Z']],
      ['P1', 'P2', 2, 4, []],
    ]);
    const p2p3 = report.agenda[0]!;
    expect(ids(p2p3.splitLinks)).toEqual(['z1_H']);
    expect(ids(p2p3.links)).toEqual(['w1_z1', 'w2_z2', 'w3_z1', 'z1_H', 'z1_z2']);
  });

  it('without shared subjects the agenda is the coordination of the figures', () => {
    const solo = { ...p, divisions: [{ ...d, subjects: { ...d.subjects, Z: ['P2'] } }] };
    const report = coherenceReport(solo, 'D');
    expect(report.sharedSubjects).toEqual([]);
    expect(report.agenda.map((a) => [a.a, a.b, a.weight])).toEqual(
      [...report.coordination].sort((x, y) => y.weight - x.weight).map((c) => [c.a, c.b, c.weight]),
    );
  });
});
