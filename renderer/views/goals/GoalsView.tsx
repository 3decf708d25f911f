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
import { filterGoals, goalHolder, goalKey, linkCounts } from './viewModel';
import { useChosenDraft } from '../../derived/useDraft';
import { useDerived } from '../../derived/useDerived';

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
  const names = useDerived().names;
  const draft = useChosenDraft();
  const hasSubjects = project.subjects.length > 0;
  const goals = useMemo(
    () => filterGoals(project.goals, filter, (id) => names.subject(id)),
    [project.goals, filter, names],
  );

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
          {hasSubjects ? <td>{g.subjectId ? names.subject(g.subjectId) : '–'}</td> : null}
          {draft ? <HolderCell goal={g} /> : null}
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
    [domainName, selection, store, t, locale, linkCount, hasSubjects, draft, names],
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
            { label: t('app.goal.title'), width: hasSubjects ? '24%' : '28%' },
            { label: t('app.goal.domain'), width: '11%' },
            ...(hasSubjects ? [{ label: t('app.goal.subject'), width: '12%' }] : []),
            ...(draft ? [{ label: t('app.goals.holderIn', { draft: draft.name }), width: '12%' }] : []),
            { label: t('app.goal.taakvelden'), width: '9%' },
            { label: t('app.goal.laws'), width: hasSubjects ? '10%' : '14%' },
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

/** The goal's holder in the chosen draft; an exception to its subject says so in words, not colour alone. */
function HolderCell({ goal }: { goal: Goal }) {
  const t = useT();
  const names = useDerived().names;
  const draft = useChosenDraft();
  const { holderId, exception } = goalHolder(draft, goal);
  return (
    <td>
      {holderId ? names.portfolio(holderId) : t('app.goals.unassigned')}
      {exception ? <span className="cell-sub">{t('app.goals.exception')}</span> : null}
    </td>
  );
}
