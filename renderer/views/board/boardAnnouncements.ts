import type { Names } from '../../derived/names';
import { formatNumber } from '../../i18n/format';
import type { AppKey, Locale, Params, Translate } from '../../i18n/translate';
import { previewText } from './BoardColumn';
import type { MovePreview } from './movePreview';
import { cardOf, TRAY_ID, type BoardModel } from './viewModel';

/** The drag in progress as the announcements need it: the travelling cards and the previews per column. */
export interface AnnouncedDrag {
  ids: readonly string[];
  previews: ReadonlyMap<string, MovePreview>;
}

/**
 * What a screen reader hears while a card travels (dnd-kit's live region): what was picked up, what a drop on the
 * column under it would do, where it went and the split weight then, or that it went back. `over` is a column id.
 */
export function boardAnnouncements(model: BoardModel, names: Names, t: Translate, locale: Locale) {
  const columnName = (id: string) => (id === TRAY_ID ? t('app.board.tray') : names.portfolio(id));
  const subjects = model.level === 'subject';
  /** What a drop on `over` did, as a message (the visible notice says it too), or null when nothing moved. */
  const dropped = (id: string, drag: AnnouncedDrag, over: string): { key: AppKey; params: Params } | null => {
    const p = drag.previews.get(over);
    if (!p || p.refused || p.unchanged) return null;
    return {
      key: subjects ? 'app.board.annDroppedCards' : 'app.board.annDropped',
      params: {
        count: drag.ids.length,
        goal: names.node(id),
        holder: columnName(over),
        weight: formatNumber(p.after.cut, locale, 1),
      },
    };
  };
  return {
    dropped,
    start(id: string, drag: AnnouncedDrag): string {
      const others = drag.ids.length - 1;
      const goal = names.node(id);
      if (others > 0)
        return t(subjects ? 'app.board.annPickedUpCards' : 'app.board.annPickedUpMany', { goal, count: others });
      const card = cardOf(model, id);
      return card?.kind === 'subject'
        ? t('app.board.annPickedUpSubject', { subject: goal, count: card.goalIds.length })
        : t('app.board.annPickedUp', { goal });
    },
    over(drag: AnnouncedDrag, over: string | null): string {
      if (over === null) return t('app.board.annNotOver');
      const p = drag.previews.get(over);
      return `${columnName(over)}: ${p ? previewText(p, t, locale) : ''}`;
    },
    end(id: string, drag: AnnouncedDrag, over: string | null): string {
      if (over === null) return t('app.board.annNotDropped');
      const p = drag.previews.get(over);
      if (p?.refused) return previewText(p, t, locale);
      const done = dropped(id, drag, over);
      return done ? t(done.key, done.params) : t('app.board.annStayed', { holder: columnName(over) });
    },
    cancel(id: string): string {
      return t('app.board.annCancelled', {
        goal: names.node(id),
        holder: columnName(model.columnOf.get(id) ?? TRAY_ID),
      });
    },
  };
}
