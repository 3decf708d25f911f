import { describe, expect, it } from 'vitest';
import { buildCompactGraph, divisionParts } from '../../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../../shared/analysis/coherenceReport';
import { linkIdsOf } from '../../../../shared/analysis/divisionFigures';
import { subjectLevel } from '../../../../shared/analysis/subjectLevel';
import { levelMapModel } from '../../../../renderer/views/map/levelMapModel';
import { mapModel, nodeOf, nodeSize } from '../../../../renderer/views/map/viewModel';
import { highlightOf, linkEnds } from '../../../../renderer/views/map/mapFocus';
import { knownPlace } from '../../../../renderer/views/map/layoutInput';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../../fixtures/subjects/subjectsExample';

const p = subjectsExample();
const g = buildCompactGraph(p);
const draft = p.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
const samenhang = p.divisions.find((d) => d.id === 'div_samenhang')!;
const level = subjectLevel(g, divisionParts(g, draft), draft);
const report = coherenceReport(p, SUBJECTS_DRAFT_ID, g);
const model = levelMapModel(p, g, draft, undefined, level);
const node = (id: string) => model.nodes[model.index.get(id)!]!;

describe('the map at subject level (published example draft)', () => {
  it('has one node per subject with its goals, sized by goal count, and the exception standing alone', () => {
    expect(model.level).toBe('subject');
    expect(model.nodes).toHaveLength(15);
    expect(model.nodes.filter((n) => n.kind === 'subject')).toHaveLength(14);
    const zorg = node('subj_zorg-en-ondersteuning');
    expect([zorg.label, zorg.goalCount, zorg.holderId]).toEqual(['Zorg en ondersteuning (Wmo)', 4, 'pf_sociaal']);
    expect(zorg.size).toBeCloseTo(1.6);
    expect(node('subj_jeugd').size).toBeLessThan(zorg.size);
    // Sport has no goals: a node of its own, the size of a goal, with the holder the draft gives the subject.
    expect([node('subj_sport').goalCount, node('subj_sport').size, node('subj_sport').holderId]).toEqual([
      0,
      1,
      'pf_fysiek',
    ]);
    const kwijt = node('goal_kwijtschelding');
    expect([kwijt.kind, kwijt.holderId, kwijt.size]).toEqual(['goal', 'pf_financien', nodeSize('goal', 1)]);
    expect(kwijt.apart).toEqual({
      subjectId: 'subj_armoede-en-schulden',
      subjectName: 'Armoede en schulden',
      reason: 'exception',
    });
    // Armoede en schulden keeps its two other goals and the link between them inside (schulden–armoede, 3).
    expect(node('subj_armoede-en-schulden').memberIds).toEqual(['goal_armoede', 'goal_schulden']);
    expect(node('subj_armoede-en-schulden').inside).toEqual({ count: 1, weight: 3 });
  });

  it('sums ties exactly as the report: 13 split lines carrying 18 split links of weight 33', () => {
    expect(model.ties.split).toBe(13);
    expect(model.counts.split).toBe(report.cut.cutCount);
    const split = model.links.filter((l) => l.status === 'split');
    expect(split.reduce((s, l) => s + l.strength, 0)).toBe(report.cut.cut);
    expect(split.flatMap((l) => l.linkIds).sort()).toEqual(linkIdsOf(report, report.cut.splitLinks).sort());
    // Every goal-level link is either behind one line or inside one node.
    const inside = model.nodes.reduce((s, n) => s + n.inside.count, 0);
    expect(model.links.reduce((s, l) => s + l.linkIds.length, 0) + inside).toBe(g.m);
  });

  it('draws a tie with its strongest kind and the summed strength, and finds each goal link in its tie', () => {
    const tie = model.links[model.linkIndex.get('link_18')!]!;
    expect([model.nodes[tie.source]!.id, model.nodes[tie.target]!.id].sort()).toEqual([
      'subj_omgevingswet',
      'subj_volksgezondheid',
    ]);
    expect([tie.kind, tie.strength, tie.linkIds.length, tie.rationale]).toEqual(['omgevingswet', 7, 3, '']);
    const sport = model.links[model.linkIndex.get('link_sport_gezondheid')!]!;
    expect([sport.linkIds, sport.strength, sport.status]).toEqual([['link_sport_gezondheid'], 2, 'split']);
    expect(sport.rationale).toBe('Sport en bewegen draagt bij aan gezondheid.');
  });

  it('resolves a goal selected elsewhere to its subject, and lights up ties for goal-level links', () => {
    expect(nodeOf(model, 'goal_thuiswonen')).toBe(model.index.get('subj_zorg-en-ondersteuning'));
    expect(nodeOf(model, 'goal_kwijtschelding')).toBe(model.index.get('goal_kwijtschelding'));
    const pair = report.agenda[0]!;
    const ids = linkIdsOf(report, pair.splitLinks);
    const focus = highlightOf(model, { linkIds: ids, goalIds: [] });
    const ties = new Set(ids.map((id) => model.linkIndex.get(id)));
    expect(focus.links).toEqual(ties);
    expect(new Set(linkEnds(model, ids))).toEqual(focus.nodes);
  });

  it('marks against a compare draft the nodes with a goal elsewhere and the ties split only here', () => {
    const m = levelMapModel(p, g, draft, samenhang, level);
    // div_samenhang gives zorg's goals to fysiek; the published draft to sociaal.
    const zorg = m.nodes[m.index.get('subj_zorg-en-ondersteuning')!]!;
    expect([zorg.moved, zorg.compareHolderId]).toEqual([true, 'pf_fysiek']);
    expect(m.nodes[m.index.get('subj_financien')!]!.moved).toBe(false);
    const marked = m.links.filter((l) => l.compare === 'splitHere');
    expect(marked.length).toBe(m.counts.splitHere);
    for (const l of marked) expect(l.status).toBe('split');
  });

  it('starts a subject where its goals stood, so switching levels keeps the shape of the map', () => {
    const known = new Map([
      ['goal_armoede', { x: 0, y: 10 }],
      ['goal_schulden', { x: 20, y: 30 }],
    ]);
    expect(knownPlace(known, node('subj_armoede-en-schulden'))).toEqual({ x: 10, y: 20 });
    expect(knownPlace(known, node('subj_jeugd'))).toBeUndefined();
  });
});

describe('the map at goal level in a project with subjects', () => {
  it('shows a subject of its own by name and marks the exception goal', () => {
    const m = mapModel(p, g, draft, undefined);
    expect(m.nodes).toHaveLength(25);
    const sport = m.nodes[m.index.get('subj_sport')!]!;
    expect([sport.kind, sport.label, sport.holderId, sport.domainId]).toEqual([
      'subject',
      'Sport en bewegen',
      'pf_fysiek',
      'sociaal',
    ]);
    expect(m.nodes[m.index.get('goal_kwijtschelding')!]!.apart?.reason).toBe('exception');
    expect(m.nodes[m.index.get('goal_armoede')!]!.subjectName).toBe('Armoede en schulden');
    expect(m.counts.split).toBe(report.cut.cutCount);
  });
});
