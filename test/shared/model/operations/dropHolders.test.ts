import { describe, expect, it } from 'vitest';
import { checkProject, nodeHolder, type Project } from '../../../../shared/model';
import { addArrangement, removePortfolio, setDivisionPortfolios, setLocked } from '../../../../shared/model/operations';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../../fixtures/subjects/subjectsExample';
import { expectOk } from '../projectFixture';

const D = SUBJECTS_DRAFT_ID;
const draft = (p: Project) => p.divisions.find((d) => d.id === D)!;
const holderIn = (p: Project, id: string) =>
  nodeHolder(
    draft(p),
    id,
    p.goals.find((g) => g.id === id)?.subjectId ?? (p.subjects.some((s) => s.id === id) ? id : undefined),
  );

describe('a holder leaving a draft', () => {
  // pf_sociaal holds werk en inkomen alone and shares wonen (pf_fysiek leads).
  const base = () => {
    let p = subjectsExample();
    p = expectOk(setLocked(p, D, 'subj_werk-en-inkomen', true));
    return expectOk(
      addArrangement(p, D, {
        id: 'a1',
        name: 'Wonen en zorg',
        leadId: 'pf_fysiek',
        holderIds: ['pf_sociaal'],
        subjectIds: ['subj_wonen'],
      }),
    );
  };

  it.each([
    ['removing the portfolio', (p: Project) => removePortfolio(p, 'pf_sociaal')],
    [
      'taking it out of the draft',
      (p: Project) =>
        setDivisionPortfolios(
          p,
          D,
          draft(p).portfolioIds.filter((x) => x !== 'pf_sociaal'),
        ),
    ],
  ])('%s: its own subjects and goals go unassigned and unlocked, shared ones stay, nothing dangles', (_, leave) => {
    const p = base();
    const next = expectOk(leave(p));
    const d = draft(next);
    expect(Object.hasOwn(d.subjects, 'subj_werk-en-inkomen')).toBe(false);
    expect(holderIn(next, 'goal_werk')).toBeUndefined();
    expect(d.locked).not.toContain('subj_werk-en-inkomen');
    expect(d.subjects['subj_wonen']).toEqual(['pf_fysiek']);
    expect(holderIn(next, 'goal_woningbouw')).toBe('pf_fysiek');
    // The arrangement keeps its lead and loses the holder that left.
    expect(d.arrangements.map((a) => [a.leadId, a.holderIds])).toEqual([['pf_fysiek', []]]);
    expect(checkProject(next)).toEqual([]);
  });

  it('an arrangement led by the holder that leaves goes with it', () => {
    const p = expectOk(
      addArrangement(base(), D, {
        id: 'a2',
        name: 'Armoede',
        leadId: 'pf_sociaal',
        subjectIds: ['subj_armoede-en-schulden'],
      }),
    );
    expect(draft(expectOk(removePortfolio(p, 'pf_sociaal'))).arrangements.map((a) => a.id)).toEqual(['a1']);
  });
});
