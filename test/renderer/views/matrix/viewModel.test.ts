import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { smallExample } from '../../../fixtures/smallExample';
import { ProjectSchema, type Project } from '../../../../shared/model';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../../shared/analysis/coherenceReport';
import { syntheticProject } from '../../../../shared/optimiser/synthetic';
import { matrixModel, type MatrixModel } from '../../../../renderer/views/matrix/viewModel';
import { arbProject } from '../../../shared/io/arbProject';

function modelOf(project: Project, divisionId: string) {
  const graph = buildCompactGraph(project);
  const division = project.divisions.find((d) => d.id === divisionId)!;
  const report = coherenceReport(project, divisionId, graph);
  return { graph, report, model: matrixModel(project, graph, division, report) };
}

/** Cells whose row and column lie in two different holders' blocks (the unassigned block is no holder's). */
function cellsBetweenHolderBlocks(model: MatrixModel) {
  const holderBlock = (i: number) => model.blocks[model.nodes[i]!.block]!.holderId !== null;
  return model.cells.filter(
    (c) => holderBlock(c.row) && holderBlock(c.col) && model.nodes[c.row]!.block !== model.nodes[c.col]!.block,
  );
}

/** Every invariant the matrix promises, checked against the report it must agree with. */
function checkModel(project: Project, divisionId: string) {
  const { graph, report, model } = modelOf(project, divisionId);
  const division = project.divisions.find((d) => d.id === divisionId)!;
  const n = project.goals.length;
  const domainIndex = new Map(project.domains.map((d, i) => [d.id, i]));
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

  // Every goal once; blocks tile the rows in the draft's holder order, unassigned last and only when there are any.
  expect(model.nodes.map((x) => x.id).sort()).toEqual(project.goals.map((g) => g.id).sort());
  expect(model.blocks.slice(0, division.portfolioIds.length).map((b) => b.holderId)).toEqual(division.portfolioIds);
  let at = 0;
  model.blocks.forEach((b, i) => {
    expect(b.start).toBe(at);
    for (let r = b.start; r < b.end; r++) expect(model.nodes[r]!.block).toBe(i);
    at = b.end;
  });
  expect(at).toBe(n);
  const unassigned = model.nodes.filter((x) => x.holderId === null).length;
  expect(model.blocks.length).toBe(division.portfolioIds.length + (unassigned ? 1 : 0));
  const inDraft = new Set(division.portfolioIds);
  for (const node of model.nodes) {
    const held = division.assignments[node.id];
    expect(node.holderId).toBe(held !== undefined && inDraft.has(held) ? held : null);
  }

  // Within a block: by domain (project order), then by title.
  for (let r = 1; r < n; r++) {
    const a = model.nodes[r - 1]!;
    const b = model.nodes[r]!;
    if (a.block !== b.block) {
      expect(a.block).toBeLessThan(b.block);
      continue;
    }
    const da = domainIndex.get(a.domainId) ?? 0;
    const db = domainIndex.get(b.domainId) ?? 0;
    expect(da).toBeLessThanOrEqual(db);
    if (da === db) expect(collator.compare(a.title, b.title)).toBeLessThanOrEqual(0);
  }

  // Each link fills two mirrored cells; split ones lie between two holders' blocks, and nothing else does.
  expect(model.cells.reduce((s, c) => s + c.links.length, 0)).toBe(2 * graph.m);
  for (const c of model.cells) {
    const mirror = model.cells[model.cellAt.get(c.col * n + c.row)!]!;
    expect(mirror.links).toEqual(c.links);
    expect(c.row).not.toBe(c.col);
  }
  const outside = model.cells.filter((c) => c.outsideBlock);
  expect(cellsBetweenHolderBlocks(model)).toEqual(outside);
  expect(outside.reduce((s, c) => s + c.links.length, 0)).toBe(2 * report.cut.cutCount);
  expect(model.splitLinks).toBe(report.cut.cutCount);

  // The pair matrix is the report's coordination agenda, and agrees with the cells between each two blocks.
  const k = division.portfolioIds.length;
  const fromCells = new Float64Array(k * k);
  for (const c of outside)
    for (const e of c.links) fromCells[model.nodes[c.row]!.block * k + model.nodes[c.col]!.block]! += graph.weight[e]!;
  for (let i = 0; i < k * k; i++) expect(model.pairs.weight[i]).toBeCloseTo(fromCells[i]!, 9);
  const pairs = [];
  for (let a = 0; a < k; a++)
    for (let b = a + 1; b < k; b++)
      if (model.pairs.count[a * k + b]! > 0) {
        expect(model.pairs.count[b * k + a]).toBe(model.pairs.count[a * k + b]);
        pairs.push({
          a: division.portfolioIds[a],
          b: division.portfolioIds[b],
          count: model.pairs.count[a * k + b],
          weight: model.pairs.weight[a * k + b],
          links: [...model.pairs.links[a * k + b]!],
        });
      }
  expect(pairs).toEqual(report.coordination.map((p) => ({ ...p, links: [...p.links] })));
  return { model, report };
}

describe('matrix view model', () => {
  it('on the example, shows each draft’s split links twice outside the blocks (17 in the classic draft)', () => {
    const project = smallExample();
    const { model, report } = checkModel(project, 'div_klassiek');
    expect(report.cut.cutCount).toBe(17);
    // The example has no two links between one pair of goals, so every split link is two cells of its own.
    expect(model.cells.filter((c) => c.outsideBlock)).toHaveLength(34);
    checkModel(project, 'div_samenhang');
  });

  it('orders by holder in the draft’s order, then domain, then title; unassigned goals form the last block', () => {
    const project = ProjectSchema.parse({
      id: 'project_t',
      name: 'T',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      domains: [
        { id: 'sociaal', name: 'Sociaal', colour: '#1f5fa8', classic: 'sociaal' },
        { id: 'fysiek', name: 'Fysiek', colour: '#2f7d32', classic: 'fysiek' },
      ],
      goals: [
        { id: 'goal_a', title: 'Wonen', domainId: 'fysiek' },
        { id: 'goal_b', title: 'armoede', domainId: 'sociaal' },
        { id: 'goal_c', title: 'Bijstand', domainId: 'sociaal' },
        { id: 'goal_d', title: 'Dijken', domainId: 'fysiek' },
        { id: 'goal_e', title: 'Eenzaamheid', domainId: 'sociaal' },
      ],
      links: [
        { id: 'link_1', source: 'goal_a', target: 'goal_b', kind: 'reinforces', strength: 2 },
        { id: 'link_2', source: 'goal_b', target: 'goal_c', kind: 'conflicts', strength: 1 },
        { id: 'link_3', source: 'goal_b', target: 'goal_c', kind: 'sharedBudget', strength: 3 },
        { id: 'link_4', source: 'goal_e', target: 'goal_d', kind: 'prerequisite', strength: 1 },
      ],
      portfolios: [
        { id: 'pf_1', holder: 'Een', colour: '#0072b2' },
        { id: 'pf_2', holder: 'Twee', colour: '#d55e00' },
      ],
      divisions: [
        {
          id: 'div_1',
          name: 'D',
          portfolioIds: ['pf_2', 'pf_1'],
          assignments: { goal_a: 'pf_2', goal_b: 'pf_1', goal_c: 'pf_1', goal_d: 'pf_2' },
        },
      ],
    });
    const { model } = checkModel(project, 'div_1');
    // pf_2 first (the draft's order); within it sociaal before fysiek (the project's order), then titles.
    expect(model.nodes.map((x) => x.id)).toEqual(['goal_d', 'goal_a', 'goal_b', 'goal_c', 'goal_e']);
    expect(model.blocks).toEqual([
      { holderId: 'pf_2', start: 0, end: 2 },
      { holderId: 'pf_1', start: 2, end: 4 },
      { holderId: null, start: 4, end: 5 },
    ]);
    // Two links between armoede and Bijstand share one cell: the stronger one gives its kind, the shade sums.
    const bc = model.cells[model.cellAt.get(2 * 5 + 3)!]!;
    expect(bc).toMatchObject({ kind: 'sharedBudget', weight: 4, status: 'kept', outsideBlock: false });
    expect(model.cells[model.cellAt.get(1 * 5 + 2)!]).toMatchObject({ status: 'split', outsideBlock: true });
    // A link to an unassigned goal is neither kept nor split.
    expect(model.cells[model.cellAt.get(4 * 5 + 0)!]).toMatchObject({ status: 'open', outsideBlock: false });
    expect([...model.rowCols[2]!]).toEqual([1, 3]);
    expect(model.splitLinks).toBe(1);
  });

  it('agrees with the report on generated projects', () => {
    fc.assert(
      fc.property(arbProject, (project) => {
        for (const d of project.divisions) checkModel(project, d.id);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the report on larger synthetic projects, with some goals left unassigned', () => {
    for (const seed of [1, 2, 3]) {
      const project = syntheticProject({ goals: 300, portfolios: 3 + seed, seed });
      const division = project.divisions[0]!;
      const assignments = Object.fromEntries(Object.entries(division.assignments).filter((_, i) => i % 9 !== 0));
      const p = { ...project, divisions: [{ ...division, assignments }] };
      const { model } = checkModel(p, division.id);
      expect(model.blocks.at(-1)!.holderId).toBeNull();
    }
  });
});
