import type { Translate } from '../../i18n/translate';
import { linkOrder, neighbourOrder, otherEnd, type MapLink, type MapModel } from './viewModel';
import { nodeTitle } from './nodeWords';

/**
 * A link in words: kind, strength and what the draft does with it ("versterkt, sterk, gesplitst"; a split link
 * covered by an arrangement or split deliberately says so); a tie of several goal-level links (subject level) as
 * its count and summed weight ("3 verbanden, gewicht 7, gesplitst").
 */
export function linkWords(l: MapLink, t: Translate): string {
  const status = l.cover ? t(`app.map.cover.${l.cover}`) : t(`app.map.status.${l.status}`);
  if (l.linkIds.length > 1)
    return t('app.map.tieWords', {
      count: l.linkIds.length,
      weight: Math.round(l.strength * 10) / 10,
      status,
    });
  const strength =
    l.strength === 1 || l.strength === 2 || l.strength === 3
      ? t(`app.strength.${l.strength}`)
      : t('app.map.strengthValue', { value: l.strength });
  return `${t(`app.kind.${l.kind}`)}, ${strength}, ${status}`;
}

/**
 * What a screen reader hears when the arrow keys reach a goal: which neighbour of the selected goal it is and the
 * link between them, or, with nothing selected, which goal of the map it is.
 */
export function cursorText(
  model: MapModel,
  cursor: string,
  selected: string | null,
  t: Translate,
  locale: string,
): string {
  const v = model.index.get(cursor);
  if (v === undefined) return '';
  const title = nodeTitle(model.nodes[v]!, t);
  const anchor = selected === null ? undefined : model.index.get(selected);
  if (anchor === undefined)
    return t('app.map.cursorGoal', {
      title,
      index:
        [...model.nodes].sort((a, b) => a.label.localeCompare(b.label, locale)).findIndex((n) => n.id === cursor) + 1,
      count: model.nodes.length,
    });
  const order = neighbourOrder(model, selected!, locale);
  const links = linkOrder(model, anchor, locale)
    .filter((e) => otherEnd(model.links[e]!, anchor) === v)
    .map((e) => linkWords(model.links[e]!, t));
  return t('app.map.cursorNeighbour', {
    title,
    index: order.indexOf(cursor) + 1,
    count: order.length,
    links: links.join('; '),
  });
}
