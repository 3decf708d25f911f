import { describe, expect, it } from 'vitest';
import { compareDivisions } from '../../../shared/analysis/compareDivisions';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../fixtures/subjects/subjectsExample';

const p = subjectsExample();
const moves = (a: string, b: string) => compareDivisions(p, a, b).subjectMoves;

describe('compareDivisions at subject level', () => {
  it('lists the subjects placed with another holder, each with the goals that went along', () => {
    // div_samenhang gives goals one by one: zorg's four goals all sit with fysiek, volksgezondheid's with
    // financiën, ...; the published draft gives those subjects to sociaal. Mobiliteit is spread in div_samenhang
    // (toegankelijk fysiek, bereikbaar financiën), so it has no place there and does not move as a whole.
    const m = moves('div_samenhang', SUBJECTS_DRAFT_ID);
    expect(m.subjects.map((s) => [s.subjectId, s.from, s.to, s.goalIds])).toEqual([
      [
        'subj_zorg-en-ondersteuning',
        'pf_fysiek',
        'pf_sociaal',
        ['goal_eenzaamheid', 'goal_mantelzorg', 'goal_thuiswonen', 'goal_beschermdwonen'],
      ],
      ['subj_volksgezondheid', 'pf_financien', 'pf_sociaal', ['goal_gezondheid']],
      ['subj_omgevingswet', 'pf_financien', 'pf_fysiek', ['goal_omgevingsvisie', 'goal_groen', 'goal_milieu']],
      ['subj_duurzaamheid-en-energie', 'pf_sociaal', 'pf_fysiek', ['goal_energiearmoede']],
      ['subj_economie', 'pf_burgemeester', 'pf_financien', ['goal_winkelcentra']],
      ['subj_sport', null, 'pf_fysiek', []],
    ]);
  });

  it('lists apart the moved goals their subject does not explain: the exception and a goal of a spread subject', () => {
    const m = moves('div_samenhang', SUBJECTS_DRAFT_ID);
    expect(m.goals).toEqual([
      { goalId: 'goal_bereikbaar', from: 'pf_financien', to: 'pf_fysiek' },
      { goalId: 'goal_kwijtschelding', from: 'pf_sociaal', to: 'pf_financien' },
    ]);
  });

  it('accounts for every goal-level move once, and leaves the figures goal-level sums', () => {
    const c = compareDivisions(p, 'div_samenhang', SUBJECTS_DRAFT_ID);
    const explained = c.subjectMoves.subjects.flatMap((s) => [
      ...s.goalIds,
      ...(s.goalIds.length ? [] : [s.subjectId]),
    ]);
    const listed = [...explained, ...c.subjectMoves.goals.map((g) => g.goalId)].sort();
    expect(listed).toEqual(c.moved.map((m) => m.goalId).sort());
    expect(c.figures.cut).toEqual({ a: 19, b: 33, delta: 14 });
  });

  it('finds nothing to move between a draft and itself, and no subject move in a goal-by-goal pair of drafts that agree', () => {
    expect(moves(SUBJECTS_DRAFT_ID, SUBJECTS_DRAFT_ID)).toEqual({ subjects: [], goals: [] });
    const m = moves('div_klassiek', SUBJECTS_DRAFT_ID);
    // Werk en inkomen is spread in div_klassiek (banen with financiën): banen moves on its own.
    expect(m.subjects.map((s) => s.subjectId)).toEqual(['subj_sport']);
    expect(m.goals).toEqual([{ goalId: 'goal_banen', from: 'pf_financien', to: 'pf_sociaal' }]);
  });
});
