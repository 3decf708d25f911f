import { describe, expect, it } from 'vitest';
import { handleOptimiserRequest } from '../../../renderer/workers/optimiserWorkerCore';
import type {
  OptimiserMessage,
  OptimiserOutcome,
  OptimiserRunOptions,
} from '../../../renderer/workers/optimiserProtocol';
import type { Project } from '../../../shared/model';
import { subjectDraft } from '../../shared/analysis/subjectDraftFixture';
import { ruleCheck } from '../../shared/optimiser/coalitionBrute';

/** subjectDraft with parties A (3 seats: P1, P3) and B (2: P2), W and Z deliberately split, x and H kept apart. */
function coalitionDraft(): Project {
  const p = subjectDraft();
  return {
    ...p,
    parties: [
      { id: 'A', name: 'A', seats: 3 },
      { id: 'B', name: 'B', seats: 2 },
    ],
    portfolios: p.portfolios.map((x) => ({ ...x, party: x.id === 'P2' ? 'B' : 'A' })),
    divisions: [
      {
        ...p.divisions[0]!,
        deliberate: [{ id: 'd', a: 'W', b: 'Z', reason: 'bewust' }],
        keep: [{ id: 'a', kind: 'apart', nodeIds: ['x', 'H'], reason: '' }],
      },
    ],
  };
}

async function run(project: Project, options: OptimiserRunOptions) {
  const messages: OptimiserMessage[] = [];
  await handleOptimiserRequest({ type: 'run', project, divisionId: 'D', options }, (m) => messages.push(m));
  const result = messages.find((m) => m.type === 'result') as { outcome: OptimiserOutcome };
  return { messages, outcome: result.outcome };
}

describe('the optimiser worker under the coalition’s rules', () => {
  it('carries the party band: the result keeps it and the rules, and its bound is below its cut', async () => {
    const project = coalitionDraft();
    const band = { by: 'goals' as const, tolerance: 0.15 };
    const { messages, outcome } = await run(project, {
      level: 'subject',
      balance: { by: 'goals', tolerance: 1 },
      seed: 1,
      partyBand: band,
      boundTimeLimitMs: 1_000,
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const d = project.divisions[0]!;
    const check = ruleCheck(project, d);
    // Every division the worker offers (the best so far, the result) keeps the rules and the band.
    for (const m of messages)
      if (m.type === 'best') {
        expect(check.keeps({ ...d, ...m.placement })).toBe(true);
        expect(check.band({ ...d, ...m.placement }, band.by, band.tolerance)).toBe(true);
      }
    const after = { ...d, ...outcome.placement };
    expect(check.cut(after).cut).toBeCloseTo(outcome.cut, 9);
    expect(outcome.deliberateCut).toBe(check.cut(after).deliberate);
    expect(outcome.bound!.bound).toBeLessThanOrEqual(outcome.cut + 1e-9);
  });

  it('answers a band that is not one with problems', async () => {
    const { outcome } = await run(coalitionDraft(), {
      balance: { by: 'goals', tolerance: 1 },
      seed: 1,
      partyBand: { by: 'seats' as 'goals', tolerance: 0.1 },
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]!.path).toEqual(['partyBand', 'by']);
  });
});
