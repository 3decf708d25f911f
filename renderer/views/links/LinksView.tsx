import { useCallback, useMemo, useState } from 'react';
import { dispatch } from '../../store/commands/dispatch';
import type { Link } from '../../../shared/model';
import { WindowedTable, type RowAttrs } from '../../components/WindowedTable';
import { Button } from '../../components/Button';
import { RowActions } from '../../components/RowActions';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { formatNumber } from '../../i18n/format';
import { addLink, removeLink, updateLink } from '../../store/commands/editCommands';
import { LinkForm } from './LinkForm';

/** The table's row key: the link's id. */
const linkKey = (l: Link): string => l.id;

export function LinksView() {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const locale = useApp((s) => s.locale);
  const [editing, setEditing] = useState<Link | 'new' | null>(null);
  const title = useMemo(() => new Map(project.goals.map((g) => [g.id, g.title])), [project.goals]);

  const renderRow = useCallback(
    (l: Link, attrs: RowAttrs) => (
      <tr {...attrs}>
        <td>{title.get(l.source) ?? l.source}</td>
        <td>
          <span className={`kind kind-${l.kind}`}>{t(`app.kind.${l.kind}`)}</span>
        </td>
        <td>{title.get(l.target) ?? l.target}</td>
        <td className="num">
          {l.strength === 1 || l.strength === 2 || l.strength === 3
            ? t(`app.strength.${l.strength}`)
            : formatNumber(l.strength, locale, 1)}
        </td>
        <td className="cell-wrap">{l.rationale}</td>
        <RowActions
          editLabel={t('app.link.editNamed', {
            source: title.get(l.source) ?? '',
            target: title.get(l.target) ?? '',
          })}
          deleteLabel={t('app.link.deleteNamed', {
            source: title.get(l.source) ?? '',
            target: title.get(l.target) ?? '',
          })}
          onEdit={() => setEditing(l)}
          onDelete={() => dispatch(store, removeLink, l.id)}
        />
      </tr>
    ),
    [title, t, locale, store],
  );

  return (
    <section aria-labelledby="links-heading">
      <div className="view-head">
        <h2 id="links-heading">{t('app.links.heading', { count: project.links.length })}</h2>
        <div className="toolbar">
          <Button variant="primary" disabled={project.goals.length < 2} onClick={() => setEditing('new')}>
            {t('app.link.add')}
          </Button>
        </div>
      </div>
      {project.goals.length < 2 ? <p className="empty">{t('app.links.needGoals')}</p> : null}
      {project.links.length ? (
        <WindowedTable
          caption={t('app.links.heading', { count: project.links.length })}
          columns={[
            { label: t('app.link.source'), width: '22%' },
            { label: t('app.link.kind'), width: '14%' },
            { label: t('app.link.target'), width: '22%' },
            { label: t('app.link.strength'), numeric: true, width: '9%' },
            { label: t('app.link.rationale') },
          ]}
          actions
          rows={project.links}
          rowKey={linkKey}
          renderRow={renderRow}
          printHint={t('app.links.printHint')}
        />
      ) : project.goals.length >= 2 ? (
        <p className="empty">{t('app.links.empty')}</p>
      ) : null}
      {editing ? (
        <LinkForm
          project={project}
          link={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSave={(input) =>
            editing === 'new'
              ? dispatch(store, addLink, input, { inline: true })
              : dispatch(store, updateLink, { id: editing.id, changes: input }, { inline: true })
          }
        />
      ) : null}
    </section>
  );
}
