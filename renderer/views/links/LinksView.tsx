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
import { LinkOriginCell } from './LinkOriginCell';
import { linkEnds, linkOrigin, originCounts, type LinkEnd } from './viewModel';
import './links.css';

/** The table's row key: the link's id. */
const linkKey = (l: Link): string => l.id;

/** A link end in the table: a goal's title, or a subject's name marked as a subject (in words, not only style). */
function EndCell({ id, end, subjectLabel }: { id: string; end: LinkEnd | undefined; subjectLabel: string }) {
  return (
    <td>
      {end?.name ?? id}
      {end?.isSubject ? <span className="cell-sub">{subjectLabel}</span> : null}
    </td>
  );
}

export function LinksView() {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const locale = useApp((s) => s.locale);
  const [editing, setEditing] = useState<Link | 'new' | null>(null);
  const ends = useMemo(
    () => linkEnds({ goals: project.goals, subjects: project.subjects }),
    [project.goals, project.subjects],
  );
  const name = useCallback((id: string) => ends.get(id)?.name ?? id, [ends]);
  const nodes = project.goals.length + project.subjects.length;
  const origins = useMemo(() => originCounts(project.links), [project.links]);

  const renderRow = useCallback(
    (l: Link, attrs: RowAttrs) => (
      <tr {...attrs}>
        <EndCell id={l.source} end={ends.get(l.source)} subjectLabel={t('app.link.subjectEnd')} />
        <td>
          <span className={`kind kind-${l.kind}`}>{t(`app.kind.${l.kind}`)}</span>
        </td>
        <EndCell id={l.target} end={ends.get(l.target)} subjectLabel={t('app.link.subjectEnd')} />
        <td className="num">
          {l.strength === 1 || l.strength === 2 || l.strength === 3
            ? t(`app.strength.${l.strength}`)
            : formatNumber(l.strength, locale, 1)}
        </td>
        <td className="cell-wrap">{l.rationale}</td>
        <LinkOriginCell origin={linkOrigin(l)} />
        <RowActions
          editLabel={t('app.link.editNamed', { source: name(l.source), target: name(l.target) })}
          deleteLabel={t('app.link.deleteNamed', { source: name(l.source), target: name(l.target) })}
          onEdit={() => setEditing(l)}
          onDelete={() => dispatch(store, removeLink, l.id)}
        />
      </tr>
    ),
    [ends, name, t, locale, store],
  );

  return (
    <section aria-labelledby="links-heading">
      <div className="view-head">
        <h2 id="links-heading">{t('app.links.heading', { count: project.links.length })}</h2>
        <div className="toolbar">
          <Button variant="primary" disabled={nodes < 2} onClick={() => setEditing('new')}>
            {t('app.link.add')}
          </Button>
        </div>
      </div>
      {nodes < 2 ? <p className="empty">{t('app.links.needGoals')}</p> : null}
      {origins.catalogue ? (
        <p className="links-origin-note">{t('app.links.originNote', { count: origins.catalogue, own: origins.own })}</p>
      ) : null}
      {project.links.length ? (
        <WindowedTable
          caption={t('app.links.heading', { count: project.links.length })}
          columns={[
            { label: t(project.subjects.length ? 'app.link.sourceNode' : 'app.link.source'), width: '17%' },
            { label: t('app.link.kind'), width: '12%' },
            { label: t(project.subjects.length ? 'app.link.targetNode' : 'app.link.target'), width: '17%' },
            { label: t('app.link.strength'), numeric: true, width: '8%' },
            { label: t('app.link.rationale') },
            { label: t('app.link.origin'), width: '16%' },
          ]}
          actions
          rows={project.links}
          rowKey={linkKey}
          renderRow={renderRow}
          printHint={t('app.links.printHint')}
        />
      ) : nodes >= 2 ? (
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
