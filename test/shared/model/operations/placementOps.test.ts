import { describe, expect, it } from 'vitest';
import { setPlacement } from '../../../../shared/model/operations/placementOps';
import { checkProject } from '../../../../shared/model/invariants';
import { expectOk, failCodes, pure } from '../projectFixture';
import { subjectDraft } from '../../analysis/subjectDraftFixture';

const draft = (locked: string[] = []) => {
  const p = subjectDraft();
  return { ...p, divisions: [{ ...p.divisions[0]!, locked }] };
};

describe('setPlacement', () => {
  it('sets assignments and subjects at once', () => {
    const next = expectOk(
      pure(setPlacement, draft(), 'D', {
        assignments: { x: 'P2' },
        subjects: { W: ['P3'], Z: ['P2', 'P3'], H: ['P1'] },
      }),
    );
    const d = next.divisions[0]!;
    expect(d.assignments).toEqual({ x: 'P2' });
    expect(d.subjects).toEqual({ W: ['P3'], Z: ['P2', 'P3'], H: ['P1'] });
    expect(checkProject(next)).toEqual([]);
  });

  it('returns the project unchanged when nothing changes (no empty undo step)', () => {
    const p = draft();
    const d = p.divisions[0]!;
    const r = setPlacement(p, 'D', { assignments: { ...d.assignments }, subjects: structuredClone(d.subjects) });
    expect(r).toEqual({ ok: true, project: p });
    if (r.ok) expect(r.project).toBe(p);
  });

  it('refuses to move a locked subject, a locked goal, or a goal held through its locked subject', () => {
    const d = draft().divisions[0]!;
    // W locked: its holders must stay exactly as they are.
    expect(
      failCodes(
        setPlacement(draft(['W']), 'D', { assignments: d.assignments, subjects: { ...d.subjects, W: ['P2'] } }),
      ),
    ).toEqual(['subjectLocked']);
    // Z locked: a shared subject keeps its co-holders too.
    expect(
      failCodes(
        setPlacement(draft(['Z']), 'D', { assignments: d.assignments, subjects: { ...d.subjects, Z: ['P2'] } }),
      ),
    ).toEqual(['subjectLocked']);
    // w1 locked follows W: moving W moves w1, refused; moving W while w1 stays (an exception) is fine.
    expect(
      failCodes(
        setPlacement(draft(['w1']), 'D', { assignments: d.assignments, subjects: { ...d.subjects, W: ['P2'] } }),
      ),
    ).toEqual(['goalLocked']);
    expectOk(
      setPlacement(draft(['w1']), 'D', {
        assignments: { ...d.assignments, w1: 'P1' },
        subjects: { ...d.subjects, W: ['P2'] },
      }),
    );
    // w3's own assignment locked.
    expect(failCodes(setPlacement(draft(['w3']), 'D', { assignments: { x: 'P1' }, subjects: d.subjects }))).toEqual([
      'goalLocked',
    ]);
  });

  it('refuses unknown ids and holders outside the draft, naming each', () => {
    const d = draft().divisions[0]!;
    expect(
      failCodes(
        setPlacement(draft(), 'D', {
          assignments: { nope: 'P1', x: 'P9' },
          subjects: { Q: ['P1'], W: [], Z: ['P2', 'P2'], H: ['P7'] },
        }),
      ),
    ).toEqual([
      'unknownGoal',
      'portfolioNotInDivision',
      'unknownSubject',
      'duplicateId',
      'duplicateId',
      'portfolioNotInDivision',
    ]);
    expect(failCodes(setPlacement(draft(), 'X', { assignments: {}, subjects: d.subjects }))).toEqual([
      'unknownDivision',
    ]);
  });

  it('keeps ids such as __proto__ as ordinary keys', () => {
    const p = draft();
    const withProto = { ...p, goals: [...p.goals, { ...p.goals[0]!, id: '__proto__', subjectId: undefined }] };
    const placement = {
      assignments: JSON.parse('{"__proto__":"P2"}') as Record<string, string>,
      subjects: p.divisions[0]!.subjects,
    };
    const next = expectOk(setPlacement(withProto, 'D', placement));
    expect(Object.hasOwn(next.divisions[0]!.assignments, '__proto__')).toBe(true);
  });
});
