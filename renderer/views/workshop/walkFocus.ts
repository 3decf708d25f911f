import type { AppState } from '../../store/appStore';
import { derivedOf } from '../../derived/derived';
import { walkSteps, type WalkStep } from './walk';

/** The walk of the chosen draft, memoised with the project revision. */
export function walkOf(s: Pick<AppState, 'project' | 'draftId'>): WalkStep[] {
  const division = s.project?.divisions.find((d) => d.id === s.draftId) ?? s.project?.divisions[0];
  if (!s.project || !division) return [];
  const derived = derivedOf(s.project);
  return derived.memo(`walk|${division.id}`, () => {
    const report = derived.report(division.id);
    return report ? walkSteps(s.project!, report) : [];
  });
}

/**
 * What the map highlights while the walk runs: the current step's split links and their goals; null when no walk
 * runs (the map then shows the normal selection).
 */
export function walkFocus(
  s: Pick<AppState, 'project' | 'draftId' | 'walkStep' | 'workshop'>,
): { linkIds: readonly string[]; goalIds: readonly string[] } | null {
  if (!s.workshop || s.walkStep === null) return null;
  const step = walkOf(s)[s.walkStep];
  if (!step) return null;
  return { linkIds: step.linkIds, goalIds: step.kind === 'pair' ? step.goalIds : [] };
}
