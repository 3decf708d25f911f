import { describe, expect, it } from 'vitest';
import {
  assignGoals,
  duplicateDivision,
  moveSubjects,
  setLocked,
  type OpResult,
  type Project,
} from '../../../../shared/model';
import { compareDivisions } from '../../../../shared/analysis/compareDivisions';
import { buildCompactGraph, divisionParts } from '../../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../../shared/analysis/coherenceReport';
import { subjectLevel } from '../../../../shared/analysis/subjectLevel';
import { derivedOf } from '../../../../renderer/derived/derived';
import {
  boardModel,
  movedAgainst,
  movingCards,
  TRAY_ID,
  type BoardModel,
} from '../../../../renderer/views/board/viewModel';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../../fixtures/subjects/subjectsExample';

const ok = (r: OpResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.project;
};
const draft = (p: Project) => p.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
function subjectBoard(p: Project, previous?: BoardModel): BoardModel {
  const g = buildCompactGraph(p);
  const d = draft(p);
  return boardModel(p, g, d, previous, subjectLevel(g, divisionParts(g, d), d));
}
const column = (m: BoardModel, id: string) => (id === TRAY_ID ? m.tray : m.columns.find((c) => c.id === id)!);

describe('the board at subject level (subjects example, published draft)', () => {
  const p = subjectsExample();
  const m = subjectBoard(p);

  it('shows each holder’s subjects, in project order, then the goals standing apart', () => {
    expect(m.level).toBe('subject');
    expect(column(m, 'pf_burgemeester').cardIds).toEqual(['subj_openbare-orde-en-veiligheid']);
    expect(column(m, 'pf_fysiek').cardIds).toEqual([
      'subj_wonen',
      'subj_omgevingswet',
      'subj_mobiliteit',
      'subj_duurzaamheid-en-energie',
      'subj_sport',
    ]);
    expect(column(m, 'pf_financien').cardIds).toEqual(['subj_financien', 'subj_economie', 'goal_kwijtschelding']);
    expect(m.tray.cardIds).toEqual([]);
    // Every subject once, and every goal once: on its own card or on its subject's.
    const all = m.columns.flatMap((c) => c.cardIds);
    expect(all.filter((id) => id.startsWith('subj_')).sort()).toEqual(p.subjects.map((s) => s.id).sort());
    const goals = all.flatMap((id) => (m.cards.get(id)!.kind === 'goal' ? [id] : m.cards.get(id)!.goalIds));
    expect(goals.sort()).toEqual(p.goals.map((g) => g.id).sort());
  });

  it('counts the goals (not the cards) of each column, as the goal level does', () => {
    const goalLevel = boardModel(p, buildCompactGraph(p), draft(p));
    for (const c of m.columns) {
      const g = column(goalLevel, c.id);
      expect([c.goals, c.budget, c.budgetUnknown]).toEqual([g.goals, g.budget, g.budgetUnknown]);
    }
    // Hand count: sociaal holds werk (2), armoede without kwijtschelding (2), zorg (4), jeugd, gezondheid, inburgering.
    expect(column(m, 'pf_sociaal').goals).toBe(11);
    expect(m.cards.get('subj_armoede-en-schulden')!.goalIds).toEqual(['goal_armoede', 'goal_schulden']);
  });

  it('gives each card the split links of the goals behind it: summed, they are the report’s', () => {
    const report = coherenceReport(p, SUBJECTS_DRAFT_ID);
    const g = buildCompactGraph(p);
    const split = new Set(report.cut.splitLinks);
    const cards = [...m.cards.values()];
    for (const card of cards) {
      const members = new Set(card.kind === 'goal' ? [card.id] : [...card.goalIds, card.id]);
      let count = 0;
      let weight = 0;
      for (const e of split)
        if (members.has(g.goalIds[g.src[e]!]!) || members.has(g.goalIds[g.dst[e]!]!)) {
          count++;
          weight += g.weight[e]!;
        }
      expect([card.id, card.split, card.splitWeight]).toEqual([card.id, count, weight]);
    }
    // Each split link joins two cards: the cards' figures sum to twice the report's.
    expect(cards.reduce((a, c) => a + c.split, 0)).toBe(2 * report.cut.cutCount);
    expect(cards.reduce((a, c) => a + c.splitWeight, 0)).toBeCloseTo(2 * report.cut.cut, 9);
    // Hand-checked: sport has no goals but two links of its own (gezondheid at sociaal, groen at fysiek).
    const sport = m.cards.get('subj_sport')!;
    expect([sport.goalIds, sport.links, sport.split, sport.splitWeight]).toEqual([[], 2, 1, 2]);
  });

  it('marks the shared subject in both columns: the card at the lead, a reference at the co-holder', () => {
    const wonen = m.cards.get('subj_wonen')!;
    expect(wonen.holders).toEqual(['pf_fysiek', 'pf_sociaal']);
    expect(m.columnOf.get('subj_wonen')).toBe('pf_fysiek');
    expect(column(m, 'pf_sociaal').sharedIds).toEqual(['subj_wonen']);
    for (const c of m.columns.filter((x) => x.id !== 'pf_sociaal')) expect(c.sharedIds).toEqual([]);
    expect(m.cards.get('subj_werk-en-inkomen')!.holders).toEqual(['pf_sociaal']);
  });

  it('marks the exception with its subject, and a co-holder’s goal of a shared subject as part of it', () => {
    expect(m.cards.get('goal_kwijtschelding')!.apart).toEqual({
      subjectId: 'subj_armoede-en-schulden',
      exception: true,
    });
    expect(m.cards.get('subj_armoede-en-schulden')!.apart).toBeNull();
    const q = ok(assignGoals(p, SUBJECTS_DRAFT_ID, ['goal_kwijtschelding', 'goal_kwetsbaar'], 'pf_sociaal'));
    const n = subjectBoard(q, m);
    // Back with its subject's lead, kwijtschelding follows armoede again: no card of its own.
    expect(n.cards.has('goal_kwijtschelding')).toBe(false);
    expect(n.cards.get('subj_armoede-en-schulden')!.goalIds).toContain('goal_kwijtschelding');
    // Kwetsbaar wonen with sociaal, who shares wonen: apart, but not an exception.
    expect(n.cards.get('goal_kwetsbaar')!.apart).toEqual({ subjectId: 'subj_wonen', exception: false });
    expect(n.columnOf.get('goal_kwetsbaar')).toBe('pf_sociaal');
    // Unchanged cards keep their objects.
    expect(n.cards.get('subj_sport')).toBe(m.cards.get('subj_sport'));
  });

  it('keeps a subject whose goals all stand apart as a card with its lead, and unheld subjects in the tray', () => {
    const q = ok(assignGoals(p, SUBJECTS_DRAFT_ID, ['goal_jeugdhulp'], 'pf_fysiek'));
    const n = subjectBoard(q);
    expect(n.columnOf.get('subj_jeugd')).toBe('pf_sociaal');
    expect(n.cards.get('subj_jeugd')!.goalIds).toEqual([]);
    expect(n.cards.get('goal_jeugdhulp')!.apart).toEqual({ subjectId: 'subj_jeugd', exception: true });
    const r = ok(moveSubjects(p, SUBJECTS_DRAFT_ID, ['subj_economie'], 'pf_financien', null));
    const t = subjectBoard(r);
    expect(t.tray.cardIds).toEqual(['subj_economie']);
    expect(t.columnOf.get('goal_winkelcentra')).toBe(TRAY_ID);
    expect(t.tray.goals).toBe(1);
  });

  it('locks subjects, counts locked goals on their subject, and lets no locked card travel', () => {
    const q = ok(
      setLocked(ok(setLocked(p, SUBJECTS_DRAFT_ID, 'subj_wonen', true)), SUBJECTS_DRAFT_ID, 'goal_werk', true),
    );
    const n = subjectBoard(q);
    expect(n.cards.get('subj_wonen')!.locked).toBe(true);
    expect(n.cards.get('subj_werk-en-inkomen')!.lockedGoals).toBe(1);
    expect(movingCards(n, 'subj_sport', ['subj_sport', 'subj_wonen', 'goal_banen', 'goal_werk'])).toEqual([
      'subj_sport',
      'goal_banen',
    ]);
  });

  it('is memoised per revision and level through Derived.board', () => {
    const d = derivedOf(p);
    expect(d.board(SUBJECTS_DRAFT_ID, 'subject')).toBe(d.board(SUBJECTS_DRAFT_ID, 'subject'));
    expect(d.board(SUBJECTS_DRAFT_ID, 'subject')!.level).toBe('subject');
    expect(d.board(SUBJECTS_DRAFT_ID)!.level).toBe('goal');
    expect(d.board(SUBJECTS_DRAFT_ID)!.cards.has('subj_wonen')).toBe(false);
  });
});

describe('a subject card against a compare draft', () => {
  it('is marked moved when its goals sit elsewhere there, naming that holder; unmoved cards are not', () => {
    const p = ok(duplicateDivision(subjectsExample(), SUBJECTS_DRAFT_ID, 'Voor', 'div_voor'));
    const q = ok(moveSubjects(p, SUBJECTS_DRAFT_ID, ['subj_wonen', 'subj_sport'], 'pf_fysiek', 'pf_financien'));
    const m = subjectBoard(q);
    const moved = movedAgainst(m, compareDivisions(q, 'div_voor', SUBJECTS_DRAFT_ID).moved);
    expect(new Map([...moved].filter(([id]) => m.cards.has(id)))).toEqual(
      new Map([
        ['subj_wonen', 'pf_fysiek'],
        ['subj_sport', 'pf_fysiek'],
      ]),
    );
    // The goals a subject card lists carry the mark too, for when the subject is unfolded.
    expect(moved.get('goal_woningbouw')).toBe('pf_fysiek');
    expect(moved.has('goal_kwijtschelding')).toBe(false);
  });
});
