import type { AppState } from '../../store/appStore';
import { derivedOf } from '../../derived/derived';
import { mapModel, type MapModel } from './viewModel';
import { levelMapModel } from './levelMapModel';

/**
 * The model of the open project for the chosen and compare drafts, at the level the header shows (subjects only
 * when the project has any and a draft is chosen), shared with the view through Derived.
 */
export function mapModelOf(
  s: Pick<AppState, 'project' | 'draftId' | 'compareDraftId'> & Partial<Pick<AppState, 'level'>>,
): MapModel | null {
  if (!s.project) return null;
  const p = s.project;
  const draft = p.divisions.find((d) => d.id === s.draftId) ?? p.divisions[0];
  const compare = s.compareDraftId ? p.divisions.find((d) => d.id === s.compareDraftId) : undefined;
  const derived = derivedOf(p);
  const level = draft && p.subjects.length && s.level === 'subject' ? derived.level(draft.id) : null;
  // Covered and deliberate lines as the report counts them (its coverage, computed once per revision).
  const coverage = () => (draft ? derived.report(draft.id)?.coverage.status : undefined);
  if (draft && level)
    return derived.memo(`map|subject|${draft.id}|${compare?.id ?? ''}`, () =>
      levelMapModel(p, derived.graph, draft, compare, level, coverage()),
    );
  return derived.memo(`map|${draft?.id ?? ''}|${compare?.id ?? ''}`, () =>
    mapModel(p, derived.graph, draft, compare, coverage()),
  );
}
