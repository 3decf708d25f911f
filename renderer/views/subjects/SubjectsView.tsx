import { Fragment, useCallback, useMemo, useState } from 'react';
import type { Subject } from '../../../shared/model';
import { CATALOGUE_SUBJECTS } from '../../../shared/catalogue';
import { dispatch } from '../../store/commands/dispatch';
import { addSubject, removeSubject, updateSubject } from '../../store/commands/subjectCommands';
import { WindowedTable, type RowAttrs } from '../../components/WindowedTable';
import { Button } from '../../components/Button';
import { RowActions } from '../../components/RowActions';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useChosenDraft } from '../../derived/useDraft';
import { SubjectForm } from './SubjectForm';
import { RemoveSubjectDialog } from './RemoveSubjectDialog';
import { filterSubjectRows, subjectRowKey, subjectRows, type SubjectRow } from './viewModel';
import './subjects.css';

const catalogueById = new Map(CATALOGUE_SUBJECTS.map((c) => [c.id, c]));

/**
 * The project's subjects (beleidsvelden) as a table: domain, Iv3 taakvelden, how many goals hang under each, who
 * holds it in the chosen draft (lead first, marked when shared) and whether it stands for a catalogue subject.
 */
export function SubjectsView() {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const locale = useApp((s) => s.locale);
  const selection = useApp((s) => s.selection);
  const draft = useChosenDraft();
  const [editing, setEditing] = useState<Subject | 'new' | null>(null);
  const [removing, setRemoving] = useState<Subject | null>(null);
  const [filter, setFilter] = useState('');

  const domains = useMemo(() => new Map(project.domains.map((d) => [d.id, d])), [project.domains]);
  const holders = useMemo(() => new Map(project.portfolios.map((p) => [p.id, p.holder])), [project.portfolios]);
  const catalogueName = useCallback((id: string) => catalogueById.get(id)?.name[locale], [locale]);
  const all = useMemo(() => subjectRows(project, draft), [project, draft]);
  const rows = useMemo(() => filterSubjectRows(all, filter, catalogueName), [all, filter, catalogueName]);

  const renderRow = useCallback(
    ({ subject: s, goalCount, holderIds, shared }: SubjectRow, attrs: RowAttrs) => {
      const d = domains.get(s.domainId);
      const selected = selection.includes(s.id);
      const cat = s.catalogueId === undefined ? undefined : (catalogueName(s.catalogueId) ?? s.catalogueId);
      return (
        // As in Doelen: a click or the focus on one of the row's buttons selects the subject in every view.
        <tr
          {...attrs}
          className={selected ? 'row-selected' : undefined}
          onClick={(e) => {
            if (e.ctrlKey || e.metaKey || e.shiftKey) store.getState().toggleSelected(s.id);
            else if (!selected || selection.length > 1) store.getState().select([s.id]);
          }}
          onFocus={() => {
            if (!selected) store.getState().select([s.id]);
          }}
        >
          <th scope="row" className="cell-title">
            {selected ? <span className="sr-only">{t('app.goals.selected')} </span> : null}
            {s.name}
            {cat !== undefined ? (
              <span className="subject-tag" title={t('app.subjects.catalogueTitle', { name: cat })}>
                {t('app.subjects.catalogue')}
                <span className="sr-only">: {cat}</span>
              </span>
            ) : null}
            {s.description ? <span className="cell-sub">{s.description}</span> : null}
          </th>
          <td>
            <span className="swatch" style={{ background: d?.colour }} aria-hidden="true" />
            {d?.name ?? s.domainId}
          </td>
          <td>{s.taakvelden.join(', ')}</td>
          <td className="num">{goalCount}</td>
          <td>
            {holderIds.length === 0 ? (
              <span className="subject-none">{draft ? t('app.subjects.noHolder') : '–'}</span>
            ) : (
              holderIds.map((id, i) => (
                // The comma stays with the name before it, so a wrapped line never starts with one.
                <Fragment key={id}>
                  {i > 0 ? ' ' : null}
                  <span className="subject-holder">
                    {holders.get(id) ?? id}
                    {shared && i === 0 ? <span className="cell-note"> ({t('app.subjects.lead')})</span> : null}
                    {i < holderIds.length - 1 ? ',' : null}
                  </span>
                </Fragment>
              ))
            )}
            {shared ? <span className="subject-tag subject-shared">{t('app.subjects.shared')}</span> : null}
          </td>
          <RowActions
            editLabel={t('app.action.editNamed', { name: s.name })}
            deleteLabel={t('app.action.deleteNamed', { name: s.name })}
            onEdit={() => setEditing(s)}
            onDelete={() => setRemoving(s)}
          />
        </tr>
      );
    },
    [domains, holders, selection, store, t, catalogueName, draft],
  );

  const count = project.subjects.length;
  return (
    <section aria-labelledby="subjects-heading">
      <div className="view-head">
        <h2 id="subjects-heading">{t('app.subjects.heading', { count })}</h2>
        <div className="toolbar">
          {count ? (
            <label className="search">
              <span className="sr-only">{t('app.subjects.filter')}</span>
              <input
                type="search"
                placeholder={t('app.subjects.filter')}
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
              />
            </label>
          ) : null}
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('app.subject.add')}
          </Button>
        </div>
      </div>
      {count === 0 ? (
        <p className="empty">{t('app.subjects.empty')}</p>
      ) : (
        <WindowedTable
          caption={t('app.subjects.heading', { count })}
          columns={[
            { label: t('app.subject.name'), width: '30%' },
            { label: t('app.goal.domain'), width: '15%' },
            { label: t('app.goal.taakvelden'), width: '12%' },
            { label: t('app.subjects.goalCount'), numeric: true, width: '8%' },
            { label: draft ? t('app.subjects.holdersIn', { draft: draft.name }) : t('app.subjects.holders') },
          ]}
          actions
          rows={rows}
          rowKey={subjectRowKey}
          renderRow={renderRow}
        />
      )}
      {editing ? (
        <SubjectForm
          project={project}
          subject={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSave={(input) =>
            editing === 'new'
              ? dispatch(store, addSubject, input, { inline: true })
              : dispatch(store, updateSubject, { id: editing.id, changes: input }, { inline: true })
          }
        />
      ) : null}
      {removing ? (
        <RemoveSubjectDialog
          project={project}
          subject={removing}
          onClose={() => setRemoving(null)}
          onConfirm={() => {
            dispatch(store, removeSubject, removing.id);
            setRemoving(null);
          }}
        />
      ) : null}
    </section>
  );
}
