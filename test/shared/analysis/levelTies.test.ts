import { describe, expect, it } from 'vitest';
import { buildCompactGraph, divisionParts } from '../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { linkIdsOf } from '../../../shared/analysis/divisionFigures';
import { subjectLevel } from '../../../shared/analysis/subjectLevel';
import { apartOf, splitTies } from '../../../shared/analysis/levelTies';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../fixtures/subjects/subjectsExample';

const p = subjectsExample();
const g = buildCompactGraph(p);
const draft = p.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
const level = subjectLevel(g, divisionParts(g, draft), draft);
const report = coherenceReport(p, SUBJECTS_DRAFT_ID, g);
const idOf = (i: number) => level.nodes[i]!.id;
const tieName = (e: { a: number; b: number }) => [idOf(e.a), idOf(e.b)].sort().join(' ↔ ');

describe('split ties at subject level (the published example draft)', () => {
  const ties = splitTies(level);

  it('are the thirteen ties between two holders, heaviest first, with weights counted by hand', () => {
    // By hand from the example's links: volksgezondheid–omgevingswet 3 links (3 + 2 + 2), kwijtschelding stands
    // apart from armoede en schulden (2 links: 3 + 1), zorg–wonen 2 links, zorg–mobiliteit 2 links, and so on.
    expect(ties.map((e) => [tieName(e), e.count, e.weight])).toEqual([
      ['subj_omgevingswet ↔ subj_volksgezondheid', 3, 7],
      ['goal_kwijtschelding ↔ subj_armoede-en-schulden', 2, 4],
      ['subj_mobiliteit ↔ subj_zorg-en-ondersteuning', 2, 4],
      ['subj_wonen ↔ subj_zorg-en-ondersteuning', 2, 4],
      ['subj_financien ↔ subj_jeugd', 1, 3],
      ['subj_armoede-en-schulden ↔ subj_duurzaamheid-en-energie', 1, 2],
      ['subj_financien ↔ subj_zorg-en-ondersteuning', 1, 2],
      ['subj_sport ↔ subj_volksgezondheid', 1, 2],
      ['subj_openbare-orde-en-veiligheid ↔ subj_wonen', 1, 1],
      ['subj_economie ↔ subj_werk-en-inkomen', 1, 1],
      ['subj_economie ↔ subj_openbare-orde-en-veiligheid', 1, 1],
      ['subj_mobiliteit ↔ subj_werk-en-inkomen', 1, 1],
      ['subj_jeugd ↔ subj_openbare-orde-en-veiligheid', 1, 1],
    ]);
  });

  it('add up to the report: split weight 33 over 18 links, exactly the split links of the goal level', () => {
    expect(ties.reduce((s, e) => s + e.weight, 0)).toBe(33);
    expect(report.cut.cut).toBe(33);
    expect(ties.reduce((s, e) => s + e.count, 0)).toBe(report.cut.cutCount);
    const tieLinks = linkIdsOf(report, Int32Array.from(ties.flatMap((e) => [...e.links]))).sort();
    expect(tieLinks).toEqual(linkIdsOf(report, report.cut.splitLinks).sort());
  });

  it('the subject without goals carries its own link: sport (fysiek) ↔ volksgezondheid (sociaal) is split', () => {
    const sport = ties.find((e) => tieName(e) === 'subj_sport ↔ subj_volksgezondheid')!;
    expect(linkIdsOf(report, sport.links)).toEqual(['link_sport_gezondheid']);
    expect(level.nodes[level.index.get('subj_sport')!]!.goalIds).toEqual([]);
  });
});

describe('goals standing apart from their subject', () => {
  it('marks kwijtschelding (given to financiën) as an exception to armoede en schulden', () => {
    const at = level.index.get('goal_kwijtschelding')!;
    expect(level.nodes[at]!.kind).toBe('goal');
    expect(apartOf(g, level, at, draft)).toEqual({ subjectId: 'subj_armoede-en-schulden', reason: 'exception' });
  });

  it('gives subject nodes no mark, and tells a co-holder of a shared subject and an unplaced subject apart', () => {
    expect(apartOf(g, level, level.index.get('subj_wonen')!, draft)).toBeNull();
    const coHeld = { ...draft, assignments: { ...draft.assignments, goal_kwetsbaar: 'pf_sociaal' } };
    const l2 = subjectLevel(g, divisionParts(g, coHeld), coHeld);
    expect(apartOf(g, l2, l2.index.get('goal_kwetsbaar')!, coHeld)).toEqual({
      subjectId: 'subj_wonen',
      reason: 'coHolder',
    });
    const klassiek = p.divisions.find((d) => d.id === 'div_klassiek')!;
    const l3 = subjectLevel(g, divisionParts(g, klassiek), klassiek);
    expect(apartOf(g, l3, l3.index.get('goal_armoede')!, klassiek)).toEqual({
      subjectId: 'subj_armoede-en-schulden',
      reason: 'open',
    });
  });
});
