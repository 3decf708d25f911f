import { describe, expect, it } from 'vitest';
import { handleOptimiserRequest } from '../../../renderer/workers/optimiserWorkerCore';
import type { OptimiserMessage, OptimiserOutcome } from '../../../renderer/workers/optimiserProtocol';
import { subjectsExample, SUBJECTS_DRAFT_ID } from '../../fixtures/subjects/subjectsExample';
import { setPlacement } from '../../../shared/model/operations/placementOps';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { subjectHolders } from '../../../shared/model/division';

describe('the optimiser worker at subject level', () => {
  it('carries the level: the result is a placement of whole subjects, its cut the report’s, its bound below', async () => {
    const project = subjectsExample();
    const messages: OptimiserMessage[] = [];
    await handleOptimiserRequest(
      {
        type: 'run',
        project,
        divisionId: SUBJECTS_DRAFT_ID,
        options: {
          level: 'subject',
          balance: { by: 'goals', tolerance: 0.5 },
          seed: 1,
          effort: 0.3,
          boundTimeLimitMs: 1_000,
        },
      },
      (m) => messages.push(m),
    );
    const result = messages.find((m) => m.type === 'result') as { outcome: OptimiserOutcome } | undefined;
    expect(result?.outcome.ok).toBe(true);
    if (!result?.outcome.ok) return;
    const { placement, cut, bound } = result.outcome;
    expect(messages.some((m) => m.type === 'best' && m.placement !== undefined)).toBe(true);
    // Subject level: every goal follows its subject except the one exception the draft already had (or none).
    const draft = project.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
    expect(Object.keys(placement.assignments).every((id) => Object.hasOwn(draft.assignments, id))).toBe(true);
    // The shared subject keeps its two holders.
    expect(subjectHolders(placement, 'subj_wonen')).toEqual(['pf_fysiek', 'pf_sociaal']);
    const applied = setPlacement(project, SUBJECTS_DRAFT_ID, placement);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(coherenceReport(applied.project, SUBJECTS_DRAFT_ID).cut.cut).toBeCloseTo(cut, 9);
    expect(bound!.bound).toBeLessThanOrEqual(cut + 1e-9);
  });
});
