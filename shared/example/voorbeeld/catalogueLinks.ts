import type { LinkInput } from '../../model';
import { typicalLinksAmong } from '../../catalogue/typicalLinks';
import { subjectId } from './rows';

/**
 * The catalogue's typical links among the example's subjects, between the subjects themselves, as the app takes them
 * in when a published division is pasted: kind, strength and the Dutch rationale unchanged and `catalogueLinkId` set,
 * so the links table shows them as coming from the catalogue.
 */
export function catalogueLinks(catalogueIds: readonly string[]): LinkInput[] {
  return typicalLinksAmong(catalogueIds).map((t) => ({
    id: `link_cat_${t.id}`,
    source: subjectId(t.source),
    target: subjectId(t.target),
    kind: t.kind,
    strength: t.strength,
    rationale: t.rationale.nl,
    catalogueLinkId: t.id,
  }));
}
