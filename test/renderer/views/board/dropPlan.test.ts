import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignGoals, moveSubjects, setLocked, type OpResult, type Project } from '../../../../shared/model';
import { buildCompactGraph, divisionParts } from '../../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../../shared/analysis/coherenceReport';
import { subjectLevel } from '../../../../shared/analysis/subjectLevel';
import { dropEdits, dropPlan, holdersAfter, type MovingCard } from '../../../../renderer/views/board/dropPlan';
import { movePreviews } from '../../../../renderer/views/board/movePreview';
import { boardModel, cardOf, TRAY_ID } from '../../../../renderer/views/board/viewModel';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../../fixtures/subjects/subjectsExample';

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(b));
const ok = (r: OpResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.project;
};

/** The board's edit of a drop, as Board dispatches it: every edit in order, all or nothing. */
function applyDrop(p: Project, cards: readonly MovingCard[], to: string | null): OpResult {
  let q = p;
  for (const e of dropEdits(cards, to)) {
    const r =
      e.kind === 'moveSubjects'
        ? moveSubjects(q, SUBJECTS_DRAFT_ID, e.subjectIds, e.from, e.to)
        : assignGoals(q, SUBJECTS_DRAFT_ID, e.goalIds, e.portfolioId);
    if (!r.ok) return r;
    q = r.project;
  }
  return { ok: true, project: q };
}

function boardOf(p: Project) {
  const g = buildCompactGraph(p);
  const d = p.divisions.find((x) => x.id === SUBJECTS_DRAFT_ID)!;
  return { g, d, m: boardModel(p, g, d, undefined, subjectLevel(g, divisionParts(g, d), d)) };
}

describe('holdersAfter (as moveSubjects decides)', () => {
  it('replaces the holder the card leaves, keeps shared holders, and never drops a holder onto itself', () => {
    expect(holdersAfter(['a'], 'a', 'b')).toEqual(['b']);
    expect(holdersAfter(['a', 'b'], 'a', 'c')).toEqual(['c', 'b']);
    expect(holdersAfter(['a', 'b'], 'a', 'b')).toEqual(['b']);
    expect(holdersAfter(['a', 'b'], 'a', null)).toEqual(['b']);
    expect(holdersAfter(['a'], 'a', 'a')).toEqual(['a']);
    expect(holdersAfter([], null, 'a')).toEqual(['a']);
    expect(holdersAfter([], null, null)).toEqual([]);
  });
});

describe('a drop at subject level', () => {
  it('previews every column exactly as the report after the board’s edits (random cards, refusals included)', () => {
    const base = subjectsExample();
    // Some locks, so refusals are part of the cases: a subject, and a goal that follows its subject.
    const locked = ok(setLocked(base, SUBJECTS_DRAFT_ID, 'subj_economie', true));
    const withGoalLock = ok(setLocked(base, SUBJECTS_DRAFT_ID, 'goal_werk', true));
    fc.assert(
      fc.property(fc.constantFrom(base, locked, withGoalLock), fc.integer({ min: 0, max: 1e9 }), (p, seed) => {
        const { g, d, m } = boardOf(p);
        const all = [...m.cards.keys(), ...m.goals.keys()];
        const pick = [...new Set([0, 1, 2].map((i) => all[(seed >> (i * 7)) % all.length]!))];
        const cards: MovingCard[] = pick.map((id) => {
          const col = m.columnOf.get(id)!;
          return { id, kind: cardOf(m, id)!.kind, from: col === TRAY_ID ? null : col };
        });
        const now = coherenceReport(p, SUBJECTS_DRAFT_ID, g);
        for (const pv of movePreviews(g, d, cards)) {
          const r = applyDrop(p, cards, pv.columnId === TRAY_ID ? null : pv.columnId);
          expect(pv.refused !== null, JSON.stringify({ pick, to: pv.columnId })).toBe(!r.ok);
          if (!r.ok) {
            expect(r.problems.map((x) => x.code)).toContain(pv.refused);
            continue;
          }
          const report = coherenceReport(r.project, SUBJECTS_DRAFT_ID, buildCompactGraph(r.project));
          expect(near(pv.after.cut, report.cut.cut), JSON.stringify({ pick, to: pv.columnId })).toBe(true);
          expect(pv.after.cutCount).toBe(report.cut.cutCount);
          expect(pv.after.pairs).toBe(report.coordination.length);
          expect(near(pv.delta.cut, report.cut.cut - now.cut.cut)).toBe(true);
          expect(pv.unchanged).toBe(r.project === p);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('moves wonen with its goals to financiën, keeping sociaal as co-holder; onto sociaal it is sociaal’s alone', () => {
    const p = subjectsExample();
    const { g, d } = boardOf(p);
    const wonen: MovingCard = { id: 'subj_wonen', kind: 'subject', from: 'pf_fysiek' };
    const fin = d.portfolioIds.indexOf('pf_financien');
    const plan = dropPlan(g, d, [wonen], fin);
    expect(plan.moves.map(([v, part]) => [g.goalIds[v], part]).sort()).toEqual([
      ['goal_kwetsbaar', fin],
      ['goal_woningbouw', fin],
    ]);
    const q = ok(applyDrop(p, [wonen], 'pf_financien'));
    expect(q.divisions.find((x) => x.id === SUBJECTS_DRAFT_ID)!.subjects.subj_wonen).toEqual([
      'pf_financien',
      'pf_sociaal',
    ]);
    const s = ok(applyDrop(p, [wonen], 'pf_sociaal'));
    expect(s.divisions.find((x) => x.id === SUBJECTS_DRAFT_ID)!.subjects.subj_wonen).toEqual(['pf_sociaal']);
    // Dropped where it stands: no edit at all.
    expect(dropEdits([wonen], 'pf_fysiek')).toEqual([]);
    expect(dropPlan(g, d, [wonen], d.portfolioIds.indexOf('pf_fysiek')).changed).toBe(false);
  });

  it('refuses to take a goal that follows a held subject to the tray (followsSubject)', () => {
    const p = subjectsExample();
    const { g, d } = boardOf(p);
    expect(dropPlan(g, d, [{ id: 'goal_werk', kind: 'goal', from: 'pf_sociaal' }], -1).refused).toBe('followsSubject');
    expect(dropPlan(g, d, [{ id: 'goal_kwijtschelding', kind: 'goal', from: 'pf_financien' }], -1).refused).toBe(
      'followsSubject',
    );
  });
});
