import { describe, expect, it } from 'vitest';
import { subjectsExample, SUBJECTS_DRAFT_ID } from '../../fixtures/subjects/subjectsExample';
import { withoutHolders, mergeFixedPlacement, optimiseProjectPlacement } from '../../../shared/optimiser';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { checkProject } from '../../../shared/model';
import { nodeHolder, subjectHolders } from '../../../shared/model/division';
import { setPlacement } from '../../../shared/model/operations/placementOps';

describe('holders who keep their subjects', () => {
  const fixed = new Set(['pf_burgemeester']);
  // The published draft, with economie also led by the burgemeester and its winkelcentra goal given to financiën.
  const base = subjectsExample();
  const draft = base.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
  const division = {
    ...draft,
    subjects: { ...draft.subjects, subj_economie: ['pf_burgemeester'] },
    assignments: { ...draft.assignments, goal_winkelcentra: 'pf_financien' },
  };
  const project = { ...base, divisions: base.divisions.map((d) => (d.id === division.id ? division : d)) };

  it('drops what they hold through a subject they lead; an exception held elsewhere stays, as a loose goal', () => {
    const { project: reduced, constantCut } = withoutHolders(project, division, fixed);
    expect(checkProject(reduced)).toEqual([]);
    expect(reduced.goals.some((g) => g.id === 'goal_veiligheid')).toBe(false);
    expect(reduced.subjects.map((s) => s.id)).not.toContain('subj_openbare-orde-en-veiligheid');
    expect(reduced.subjects.map((s) => s.id)).not.toContain('subj_economie');
    expect(reduced.goals.find((g) => g.id === 'goal_winkelcentra')?.subjectId).toBeUndefined();
    const whole = coherenceReport(project, division.id).cut.cut;
    const part = coherenceReport(reduced, division.id).cut.cut;
    expect(part + constantCut).toBeCloseTo(whole, 9);
  });

  it('merges a subject-level proposal back: the burgemeester keeps his subjects, the shared subject its holders', () => {
    const { project: reduced, constantCut } = withoutHolders(project, division, fixed);
    const res = optimiseProjectPlacement(reduced, division.id, {
      level: 'subject',
      balance: { by: 'goals', tolerance: 0.3 },
      seed: 1,
      effort: 0.3,
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const placement = mergeFixedPlacement(division, fixed, res.placement);
    const applied = setPlacement(project, division.id, placement);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const after = applied.project.divisions.find((d) => d.id === division.id)!;
    expect(subjectHolders(after, 'subj_openbare-orde-en-veiligheid')).toEqual(['pf_burgemeester']);
    expect(subjectHolders(after, 'subj_economie')).toEqual(['pf_burgemeester']);
    expect(subjectHolders(after, 'subj_wonen')).toEqual(['pf_fysiek', 'pf_sociaal']);
    expect(nodeHolder(after, 'goal_winkelcentra', 'subj_economie')).not.toBe('pf_burgemeester');
    expect(coherenceReport(applied.project, division.id).cut.cut).toBeCloseTo(res.cut + constantCut, 9);
  });
});
