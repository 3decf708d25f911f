import { describe, expect, it } from 'vitest';
import { smallExample } from '../../../fixtures/smallExample';
import { assignGoals, type Project } from '../../../../shared/model';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../../shared/analysis/coherenceReport';
import { linkIdsOf } from '../../../../shared/analysis/divisionFigures';
import {
  boardModel,
  lockedInSelection,
  movingCards,
  rangeInColumn,
  TRAY_ID,
} from '../../../../renderer/views/board/viewModel';
import { derivedOf } from '../../../../renderer/derived/derived';

const draft = (p: Project, id = 'div_klassiek') => p.divisions.find((d) => d.id === id)!;
const ok = (r: ReturnType<typeof assignGoals>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.project;
};

describe('boardModel', () => {
  it('has one column per holder of the draft, in its order, and every goal once', () => {
    const p = smallExample();
    const m = boardModel(p, buildCompactGraph(p), draft(p));
    expect(m.columns.map((c) => c.id)).toEqual(draft(p).portfolioIds);
    expect(m.columns.map((c) => c.holder)).toEqual(
      draft(p).portfolioIds.map((id) => p.portfolios.find((x) => x.id === id)!.holder),
    );
    const all = [...m.tray.cardIds, ...m.columns.flatMap((c) => c.cardIds)];
    expect(all.sort()).toEqual(p.goals.map((g) => g.id).sort());
    expect(m.tray.cardIds).toEqual([]);
    const fin = m.columns.find((c) => c.id === 'pf_financien')!;
    expect(fin.fte).toBe(0.8);
    expect(fin.role).toBe('wethouder');
    for (const c of m.columns) {
      expect(c.goals).toBe(c.cardIds.length);
      for (const id of c.cardIds) expect(draft(p).assignments[id]).toBe(c.id);
    }
  });

  it('counts per card the links the draft splits, as the report lists them', () => {
    const p = smallExample();
    const g = buildCompactGraph(p);
    for (const d of p.divisions) {
      const m = boardModel(p, g, d);
      const report = coherenceReport(p, d.id, g);
      const split = new Set(linkIdsOf(report, report.cut.splitLinks));
      for (const goal of p.goals) {
        const mine = p.links.filter((l) => l.source === goal.id || l.target === goal.id);
        const card = m.cards.get(goal.id)!;
        expect(card.links).toBe(mine.length);
        expect(card.split).toBe(mine.filter((l) => split.has(l.id)).length);
      }
    }
  });

  it('puts unassigned goals in the tray with no split links, and sums budgets per column', () => {
    const p = ok(assignGoals(smallExample(), 'div_klassiek', ['goal_werk', 'goal_armoede'], null));
    const m = boardModel(p, buildCompactGraph(p), draft(p));
    expect(new Set(m.tray.cardIds)).toEqual(new Set(['goal_werk', 'goal_armoede']));
    expect(m.columnOf.get('goal_werk')).toBe(TRAY_ID);
    expect(m.cards.get('goal_werk')!.split).toBe(0);
    for (const c of [...m.columns, m.tray]) {
      const known = c.cardIds.map((id) => p.goals.find((x) => x.id === id)!.budget).filter((b) => b !== undefined);
      expect(c.budget).toBeCloseTo(
        known.reduce((a, b) => a + b, 0),
        6,
      );
      expect(c.budgetUnknown).toBe(c.cardIds.length - known.length);
    }
  });

  it('marks locked goals', () => {
    const p = smallExample();
    const m = boardModel(p, buildCompactGraph(p), draft(p));
    expect(m.cards.get('goal_veiligheid')!.locked).toBe(true);
    expect(m.cards.get('goal_werk')!.locked).toBe(false);
  });

  it('keeps the objects of unchanged cards and columns from the board before, so only they repaint', () => {
    const p = smallExample();
    const before = boardModel(p, buildCompactGraph(p), draft(p));
    const q = ok(assignGoals(p, 'div_klassiek', ['goal_werk'], 'pf_fysiek'));
    const after = boardModel(q, buildCompactGraph(q), draft(q), before);
    expect(after.cards.get('goal_werk')).not.toBe(before.cards.get('goal_werk'));
    const untouched = p.goals.filter(
      (gl) =>
        gl.id !== 'goal_werk' &&
        !p.links.some((l) => [l.source, l.target].includes('goal_werk') && [l.source, l.target].includes(gl.id)),
    );
    for (const gl of untouched) expect(after.cards.get(gl.id)).toBe(before.cards.get(gl.id));
    const col = (m: typeof before, id: string) => m.columns.find((c) => c.id === id)!.cardIds;
    expect(col(after, 'pf_burgemeester')).toBe(col(before, 'pf_burgemeester'));
    expect(col(after, 'pf_fysiek')).not.toBe(col(before, 'pf_fysiek'));
  });

  it('is memoised per project revision through Derived.board', () => {
    const p = smallExample();
    const d = derivedOf(p);
    expect(d.board('div_klassiek')).toBe(d.board('div_klassiek'));
    expect(d.board('nope')).toBeNull();
  });
});

describe('what a drag moves', () => {
  const p = smallExample();
  const m = boardModel(p, buildCompactGraph(p), draft(p));

  it('moves the dragged card alone when it is not selected', () => {
    expect(movingCards(m, 'goal_werk', ['goal_armoede'])).toEqual(['goal_werk']);
  });

  it('moves the whole selection with the dragged card first, leaving locked cards behind', () => {
    expect(movingCards(m, 'goal_werk', ['goal_armoede', 'goal_veiligheid', 'goal_werk'])).toEqual([
      'goal_werk',
      'goal_armoede',
    ]);
    expect(lockedInSelection(m, ['goal_armoede', 'goal_veiligheid'])).toEqual(['goal_veiligheid']);
    expect(movingCards(m, 'goal_veiligheid', [])).toEqual([]);
  });

  it('selects a range within one column with Shift, just the card across columns', () => {
    const col = m.columns.find((c) => c.cardIds.length >= 3)!;
    const [a, , c] = col.cardIds;
    expect(rangeInColumn(m, a!, c!)).toEqual(col.cardIds.slice(0, 3));
    expect(rangeInColumn(m, c!, a!)).toEqual(col.cardIds.slice(0, 3));
    const other = m.columns.find((x) => x.id !== col.id && x.cardIds.length)!.cardIds[0]!;
    expect(rangeInColumn(m, a!, other)).toEqual([other]);
    expect(rangeInColumn(m, null, other)).toEqual([other]);
  });
});
