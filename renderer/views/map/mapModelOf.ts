import type { AppState } from '../../store/appStore';
import { derivedOf } from '../../derived/derived';
import { mapModel, type MapModel } from './viewModel';

/** The model of the open project for the chosen and compare drafts, shared with the view through Derived. */
export function mapModelOf(s: Pick<AppState, 'project' | 'draftId' | 'compareDraftId'>): MapModel | null {
  if (!s.project) return null;
  const p = s.project;
  const draft = p.divisions.find((d) => d.id === s.draftId) ?? p.divisions[0];
  const compare = s.compareDraftId ? p.divisions.find((d) => d.id === s.compareDraftId) : undefined;
  const derived = derivedOf(p);
  return derived.memo(`map|${draft?.id ?? ''}|${compare?.id ?? ''}`, () => mapModel(p, derived.graph, draft, compare));
}
