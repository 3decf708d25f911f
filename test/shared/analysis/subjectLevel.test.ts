import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model';
import { buildCompactGraph, divisionParts } from '../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { linkIdsOf } from '../../../shared/analysis/divisionFigures';
import { subjectLevel } from '../../../shared/analysis/subjectLevel';
import { projectFixture } from '../model/projectFixture';

/**
 * By hand: subjects W (w1, w2, w3), Z (z1, z2) and H (no goals, a node of its own); x without a subject.
 * The draft gives W to P1, Z to P2 and P3 together (P2 leads), H to P3; w3 goes to P2 as an exception, x to P1.
 */
function subjectProject(): Project {
  const p = projectFixture();
  const goal = (id: string, subjectId?: string) => ({
    ...p.goals[0]!,
    id,
    title: `Doel ${id}`,
    ...(subjectId ? { subjectId } : {}),
  });
  const link = (source: string, target: string, strength: number) => ({
    id: `${source}_${target}`,
    source,
    target,
    kind: 'reinforces' as const,
    strength,
    rationale: '',
  });
  return {
    ...p,
    subjects: [
      { id: 'W', name: 'Werk en inkomen', domainId: 'sociaal', taakvelden: [], description: '' },
      { id: 'Z', name: 'Zorg', domainId: 'sociaal', taakvelden: [], description: '' },
      { id: 'H', name: 'Wonen', domainId: 'fysiek', taakvelden: [], description: '' },
    ],
    goals: [goal('w1', 'W'), goal('w2', 'W'), goal('w3', 'W'), goal('z1', 'Z'), goal('z2', 'Z'), goal('x')],
    links: [
      link('w1', 'w2', 2),
      link('w1', 'z1', 3),
      link('w2', 'z2', 1),
      link('w3', 'z1', 2),
      link('z1', 'H', 2),
      link('x', 'w1', 1),
      link('z1', 'z2', 1),
    ],
    portfolios: [...p.portfolios, { ...p.portfolios[0]!, id: 'P3', holder: 'Wethouder Drie' }],
    divisions: [
      {
        id: 'D',
        name: 'Gepubliceerd',
        portfolioIds: ['P1', 'P2', 'P3'],
        assignments: { w3: 'P2', x: 'P1' },
        subjects: { W: ['P1'], Z: ['P2', 'P3'], H: ['P3'] },
        locked: [],
        notes: '',
      },
    ],
  };
}

describe('the subject level of a draft', () => {
  const p = subjectProject();
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
