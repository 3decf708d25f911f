import { useMemo, useState } from 'react';
import type { Arrangement, Division } from '../../../shared/model';
import { dispatch } from '../../store/commands/dispatch';
import { addArrangement, removeArrangement, updateArrangement } from '../../store/commands/coalitionCommands';
import { DataTable } from '../../components/DataTable';
import { Button } from '../../components/Button';
import { RowActions } from '../../components/RowActions';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { formatNumber } from '../../i18n/format';
import { ArrangementForm } from './ArrangementForm';
import { arrangementRows } from './arrangementsModel';

/** *Afspraken* of the chosen draft: who coordinates what, and which of the draft's split links that covers. */
export function ArrangementsSection({ division }: { division: Division }) {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const locale = useApp((s) => s.locale);
  const derived = useDerived();
  const names = derived.names;
  const coverage = derived.report(division.id)?.coverage.arrangements;
  const rows = useMemo(() => arrangementRows(division, coverage), [division, coverage]);
  const [editing, setEditing] = useState<Arrangement | 'new' | null>(null);
  const heading = t('app.coalition.arrangementsHeading');

  return (
    <section aria-labelledby="coalition-arrangements-heading" className="coalition-section">
      <div className="view-head">
        <h3 id="coalition-arrangements-heading">{heading}</h3>
        <Button variant="primary" onClick={() => setEditing('new')} disabled={division.portfolioIds.length === 0}>
          {t('app.coalition.arrangementAdd')}
        </Button>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t('app.coalition.arrangementsEmpty')}</p>
      ) : (
        <DataTable
          caption={t('app.coalition.arrangementsCaption', { draft: division.name })}
          className="coalition-arrangements"
          columns={[
            { label: t('app.coalition.arrangementName') },
            { label: t('app.coalition.kindLabel') },
            { label: t('app.coalition.lead') },
            { label: t('app.coalition.otherHolders') },
            { label: t('app.coalition.arrangementScope') },
            { label: t('app.coalition.covers'), numeric: true },
          ]}
          actions
        >
          {rows.map(({ arrangement: a, otherHolderIds, covers }) => (
            <tr key={a.id}>
              <th scope="row" className="cell-wrap">
                {a.name}
                {a.note ? <span className="cell-sub">{a.note}</span> : null}
              </th>
              <td>{t(`app.coalition.kind.${a.kind}`)}</td>
              <td>{names.portfolio(a.leadId)}</td>
              <td>{otherHolderIds.length ? otherHolderIds.map(names.portfolio).join(', ') : '–'}</td>
              <td className="cell-wrap">
                {a.subjectIds.length ? (
                  <span className="coalition-scope">
                    <span className="coalition-muted">{t('app.coalition.subjects')}: </span>
                    {a.subjectIds.map(names.subject).join(', ')}
                  </span>
                ) : null}
                {a.goalIds.length ? (
                  <span className="coalition-scope">
                    <span className="coalition-muted">{t('app.coalition.goals')}: </span>
                    {a.goalIds.map(names.goal).join(', ')}
                  </span>
                ) : null}
              </td>
              <td className="num">
                {covers === null
                  ? '–'
                  : t('app.coalition.coversLinks', {
                      count: covers.count,
                      weight: formatNumber(covers.weight, locale, 1),
                    })}
              </td>
              <RowActions
                editLabel={t('app.action.editNamed', { name: a.name })}
                deleteLabel={t('app.action.deleteNamed', { name: a.name })}
                onEdit={() => setEditing(a)}
                onDelete={() => dispatch(store, removeArrangement, { divisionId: division.id, id: a.id })}
              />
            </tr>
          ))}
        </DataTable>
      )}
      {editing ? (
        <ArrangementForm
          project={project}
          division={division}
          {...(editing === 'new' ? {} : { arrangement: editing })}
          onClose={() => setEditing(null)}
          onSave={(input) =>
            editing === 'new'
              ? dispatch(store, addArrangement, { divisionId: division.id, input }, { inline: true })
              : dispatch(
                  store,
                  updateArrangement,
                  { divisionId: division.id, id: editing.id, changes: input },
                  { inline: true },
                )
          }
        />
      ) : null}
    </section>
  );
}
