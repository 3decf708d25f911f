import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROJECT_ID, exampleProject } from '../../../shared/example/exampleProject';
import { ProjectSchema, checkProject, findTaakveld } from '../../../shared/model';

describe('exampleProject', () => {
  const p = exampleProject();

  it('parses unchanged and passes checkProject', () => {
    expect(p.id).toBe(EXAMPLE_PROJECT_ID);
    expect(ProjectSchema.parse(p)).toStrictEqual(p);
    expect(checkProject(p)).toEqual([]);
  });

  it('is a fresh copy each time, so editing one does not change the next', () => {
    const a = exampleProject();
    a.goals[0]!.title = 'Gewijzigd';
    a.divisions[0]!.assignments.x = 'y';
    expect(exampleProject()).toStrictEqual(p);
  });

  it('has at least 20 goals and 30 links, every link with a rationale', () => {
    expect(p.goals.length).toBeGreaterThanOrEqual(20);
    expect(p.links.length).toBeGreaterThanOrEqual(30);
    for (const l of p.links) expect(l.rationale.trim(), l.id).not.toBe('');
  });

  it('uses every domain', () => {
    const used = new Set(p.goals.map((g) => g.domainId));
    for (const d of p.domains) expect(used.has(d.id), d.id).toBe(true);
  });

  it('uses taakveld codes of its own list', () => {
    for (const g of p.goals)
      for (const code of g.taakvelden) expect(findTaakveld(p.taakveldList, code), `${g.id} ${code}`).toBeDefined();
  });

  it('has two divisions that assign every goal to one of their portfolios', () => {
    expect(p.divisions).toHaveLength(2);
    const goalIds = p.goals.map((g) => g.id).sort();
    for (const d of p.divisions) {
      expect(Object.keys(d.assignments).sort()).toEqual(goalIds);
      for (const pf of Object.values(d.assignments)) expect(d.portfolioIds).toContain(pf);
    }
  });

  it('has two divisions that really differ, so there is something to compare', () => {
    const [a, b] = p.divisions as [(typeof p.divisions)[number], (typeof p.divisions)[number]];
    const moved = p.goals.filter((g) => a.assignments[g.id] !== b.assignments[g.id]);
    expect(moved.length).toBeGreaterThan(0);
  });

  it('links goals across domains, the point of the example', () => {
    const domainOf = new Map(p.goals.map((g) => [g.id, g.domainId]));
    expect(p.links.some((l) => domainOf.get(l.source) !== domainOf.get(l.target))).toBe(true);
  });
});
