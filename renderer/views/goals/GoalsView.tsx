import { useCallback, useMemo, useState } from 'react';
import { dispatch } from '../../store/commands/dispatch';
import type { Goal } from '../../../shared/model';
import { WindowedTable, type RowAttrs } from '../../components/WindowedTable';
import { Button } from '../../components/Button';
import { RowActions } from '../../components/RowActions';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { formatMoney } from '../../i18n/format';
import { addGoal, removeGoal, updateGoal } from '../../store/commands/editCommands';
import { GoalForm } from './GoalForm';
import { filterGoals, goalKey, linkCounts } from './viewModel';

export function GoalsView() {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const locale = useApp((s) => s.locale);
  const selection = useApp((s) => s.selection);
  const [editing, setEditing] = useState<Goal | 'new' | null>(null);
  const [filter, setFilter] = useState('');

  const linkCount = useMemo(() => linkCounts(project.links), [project.links]);
  const domainName = useMemo(() => new Map(project.domains.map((d) => [d.id, d])), [project.domains]);
  const goals = useMemo(() => filterGoals(project.goals, filter), [project.goals, filter]);

  const renderRow = useCallback(
    (g: Goal, attrs: RowAttrs) => {
      const d = domainName.get(g.domainId);
      const selected = selection.includes(g.id);
      return (
        // Clicking a row, or tabbing to one of its buttons, selects the goal: the map, board and matrix
        // show the same selection. The keyboard path is the focus; the click is the mouse's shortcut to it.
        <tr
          {...attrs}
          className={selected ? 'row-selected' : undefined}
          onClick={(e) => {
            if (e.ctrlKey || e.metaKey || e.shiftKey) store.getState().toggleSelected(g.id);
            else if (!selected || selection.length > 1) store.getState().select([g.id]);
          }}
          onFocus={() => {
            if (!selected) store.getState().select([g.id]);
          }}
        >
          <th scope="row" className="cell-title">
            {selected ? <span className="sr-only">{t('app.goals.selected')} </span> : null}
            {g.title}
            {g.source ? <span className="cell-sub">{g.source}</span> : null}
          </th>
          <td>
            <span className="swatch" style={{ background: d?.colour }} aria-hidden="true" />
            {d?.name ?? g.domainId}
          </td>
          <td>{g.taakvelden.join(', ')}</td>
          <td>{g.laws.map((l) => t(`app.law.${l}`)).join(', ')}</td>
          <td className="num">{g.budget !== undefined ? formatMoney(g.budget, locale) : '–'}</td>
          <td className="num">{linkCount.get(g.id) ?? 0}</td>
          <RowActions
            editLabel={t('app.action.editNamed', { name: g.title })}
            deleteLabel={t('app.action.deleteNamed', { name: g.title })}
            onEdit={() => setEditing(g)}
            onDelete={() => {
              const links = linkCount.get(g.id) ?? 0;
              if (!dispatch(store, removeGoal, g.id).length)
                store.getState().notify({
                  kind: 'info',
                  key: 'app.notice.removedWithLinks',
                  params: { name: g.title, count: links },
                });
            }}
          />
        </tr>
      );
    },
    [domainName, selection, store, t, locale, linkCount],
  );

  return (
    <section aria-labelledby="goals-heading">
      <div className="view-head">
        <h2 id="goals-heading">{t('app.goals.heading', { count: project.goals.length })}</h2>
        <div className="toolbar">
          <label className="search">
            <span className="sr-only">{t('app.goals.filter')}</span>
            <input
              type="search"
              placeholder={t('app.goals.filter')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </label>
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('app.goal.add')}
          </Button>
        </div>
      </div>
      {project.goals.length === 0 ? (
        <p className="empty">{t('app.goals.empty')}</p>
      ) : (
        <WindowedTable
          caption={t('app.goals.heading', { count: project.goals.length })}
          columns={[
            { label: t('app.goal.title'), width: '30%' },
            { label: t('app.goal.domain'), width: '15%' },
            { label: t('app.goal.taakvelden'), width: '12%' },
            { label: t('app.goal.laws'), width: '17%' },
            { label: t('app.goal.budget'), numeric: true, width: '10%' },
            { label: t('app.goals.linkCount'), numeric: true, width: '8%' },
          ]}
          actions
          rows={goals}
          rowKey={goalKey}
          renderRow={renderRow}
          printHint={t('app.goals.printHint')}
        />
      )}
      {editing ? (
        <GoalForm
          project={project}
          goal={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSave={(input) =>
            editing === 'new'
              ? dispatch(store, addGoal, input, { inline: true })
              : dispatch(store, updateGoal, { id: editing.id, changes: input }, { inline: true })
          }
        />
      ) : null}
    </section>
  );
}
