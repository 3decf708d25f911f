import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Project } from '../../../shared/model';
import type { KeepRule } from '../../../shared/model/coalition';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import { movePlacement } from '../../../shared/analysis/placementProblem';
import { suggestMoves, type MoveSuggestion } from '../../../shared/analysis/suggestMoves';
import { ruledDraft, ruleCheck } from '../optimiser/coalitionBrute';
import { subjectDraft } from './subjectDraftFixture';

const rule = (id: string, kind: KeepRule['kind'], ...nodeIds: string[]): KeepRule => ({
  id,
  kind,
  nodeIds,
  reason: '',
});
const nodeOf = (s: MoveSuggestion) => ('subjectId' in s ? s.subjectId : s.goalId);

/** The rules a placement breaks, by id, read from their definitions. */
function broken(p: Project, x: Pick<Project['divisions'][number], 'assignments' | 'subjects'>): Set<string> {
  const d = p.divisions[0]!;
  const { holderIn } = ruleCheck(p, d);
  const out = new Set<string>();
  for (const r of d.keep) {
    const hs = r.nodeIds.map((id) => holderIn(x, id)).filter((h) => h !== undefined);
    if (r.kind === 'together' ? new Set(hs).size > 1 : new Set(hs).size < hs.length) out.add(r.id);
  }
  for (const s of d.deliberate) {
    const a = holderIn(x, s.a);
    if (a !== undefined && a === holderIn(x, s.b)) out.add(s.id);
  }
  return out;
}

describe('suggestMoves under keep rules and deliberate splits', () => {
  it('property: no suggestion breaks a rule the draft keeps, nor moves a node of a together group alone', () => {
    let seen = 0;
    fc.assert(
      fc.property(ruledDraft(6, 2), fc.constantFrom('subject' as const, 'goal' as const), (p, level) => {
        const d = p.divisions[0]!;
        const g = buildCompactGraph(p);
        const before = broken(p, d);
        const res = suggestMoves(p, 'D', { level, tolerance: 1, limit: 50 });
        for (const s of res.suggestions) {
          seen++;
          const placement = movePlacement(g, d, level, nodeOf(s), s.to)!;
          const after = broken(p, { ...d, ...placement });
          for (const id of after) expect(before.has(id), `${id} by ${nodeOf(s)} → ${s.to}`).toBe(true);
          // A node a together rule names moves only with its group: never alone.
          for (const r of d.keep)
            if (r.kind === 'together') {
              const { holderIn } = ruleCheck(p, d);
              const moved = r.nodeIds.filter((id) => holderIn(d, id) !== holderIn({ ...d, ...placement }, id));
              if (moved.length) expect(moved.length).toBe(r.nodeIds.length);
            }
          const { cut } = ruleCheck(p, d).cut({ ...d, ...placement });
          const cutBefore = ruleCheck(p, d).cut(d).cut;
          expect(s.gain).toBeCloseTo(cutBefore - cut, 9);
        }
      }),
      { numRuns: 600, seed: 60, endOnFailure: true },
    );
    expect(seen).toBeGreaterThan(100);
  });

  // subjectDraft at subject level: W {w1, w2} P1, w3 P2, Z {z1, z2} P2 (shared: fixed), x P1, H P3; ties W–Z 4,
  // w3–Z 2, Z–H 2, x–W 1.
  const draft = (change: Partial<Project['divisions'][number]>): Project => {
    const p = subjectDraft();
    return { ...p, divisions: [{ ...p.divisions[0]!, ...change }] };
  };
  const moves = (p: Project) =>
    suggestMoves(p, 'D', { level: 'subject', tolerance: 2 }).suggestions.map((s) => `${nodeOf(s)}→${s.to}:${s.gain}`);

  it('a deliberate pair is never joined, and its links give no gain', () => {
    expect(moves(draft({}))).toEqual(['W→P2:3', 'H→P2:2']);
    const p = draft({ deliberate: [{ id: 'd', a: 'W', b: 'Z', reason: 'bewust' }] });
    // W→P2 would join W and Z; H→P2 gains 2 (Z–H). w3–Z is deliberate too (w3 is under W): w3 stays.
    expect(moves(p)).toEqual(['H→P2:2']);
    const s = suggestMoves(p, 'D', { level: 'subject', tolerance: 2 }).suggestions[0]!;
    expect([s.cutBefore, s.cutAfter]).toEqual([6, 4]);
  });

  it('an apart pair is never joined', () => {
    expect(moves(draft({ keep: [rule('a', 'apart', 'H', 'Z')] }))).toEqual(['W→P2:3']);
    // Apart from a goal under Z: Z's node.
    expect(moves(draft({ keep: [rule('a', 'apart', 'W', 'z2')] }))).toEqual(['H→P2:2']);
  });

  it('a together group is never broken: its nodes do not move alone', () => {
    expect(moves(draft({ keep: [rule('t', 'together', 'W', 'x')] }))).toEqual(['H→P2:2']);
    // A rule on a subject and a goal that follows it is one node at subject level: it moves.
    expect(moves(draft({ keep: [rule('t', 'together', 'W', 'w1')] }))).toEqual(['W→P2:3', 'H→P2:2']);
  });
});
