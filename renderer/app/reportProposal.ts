import type { Project } from '../../shared/model';
import { mergeFixedPlacement, methodKey, type PointMove } from '../../shared/optimiser';
import type { ReportProposal } from '../../shared/report/draftReport';
import type { Translate } from '../i18n/translate';
import { proposalStale, type OptimiserResult } from '../store/proposalSlice';
import { placementMoves } from '../views/analysis/placementMoves';
import { printedSettings } from '../views/analysis/optimiserSettings';
import { shownProposal } from '../views/analysis/proposalView';

/**
 * The optimiser's proposal as the report carries it, when the store holds one for this draft: what the panel
 * shows (the full proposal, or the curve's point at the chosen cap), with the draft's name then, the settings
 * sentence the panel prints, the split weight before and after, the bound's sentence and the moves. Null otherwise.
 */
export function reportProposal(
  project: Project,
  draftId: string,
  result: OptimiserResult | null,
  t: Translate,
): ReportProposal | null {
  if (result?.kind !== 'proposal' || result.draftId !== draftId) return null;
  const division = project.divisions.find((d) => d.id === draftId);
  if (!division) return null;
  const shown = shownProposal(result);
  const holder = (id: string) => project.portfolios.find((p) => p.id === id)?.holder ?? id;
  let moves: PointMove[];
  if (shown.point) moves = shown.point.list;
  else {
    const placed = mergeFixedPlacement(division, new Set(result.fixed), result.found.placement);
    const m = placementMoves(project, division, placed);
    moves = [
      ...m.subjects.map((s) => ({
        nodeId: s.subjectId,
        kind: 'subject' as const,
        goalIds: s.goalIds,
        from: s.from ?? null,
        to: s.to,
      })),
      ...m.goals
        .filter((g) => g.to !== undefined)
        .map((g) => ({
          nodeId: g.goalId,
          kind: 'goal' as const,
          goalIds: [g.goalId],
          from: g.from ?? null,
          to: g.to!,
        })),
    ];
  }
  return {
    draftId,
    draftName: result.draftName,
    settings: printedSettings(result.settings, result.holders, project.subjects.length > 0, t, holder),
    splitWeightBefore: result.cutBefore,
    splitWeightAfter: shown.after,
    cap: shown.point ? shown.point.cap : null,
    moves,
    bound:
      shown.summary === null
        ? null
        : {
            message: shown.summary,
            value: shown.lowerBound,
            method: result.bound && !shown.point ? methodKey(result.bound.method) : null,
          },
    cancelled: result.found.cancelled,
    stale: proposalStale(result, project),
  };
}
