import { useMemo, useState } from 'react';
import type { DeliberateSplit, Division } from '../../../shared/model';
import { dispatch } from '../../store/commands/dispatch';
import {
  addDeliberateSplit,
  removeDeliberateSplit,
  updateDeliberateSplit,
} from '../../store/commands/coalitionCommands';
import { DataTable } from '../../components/DataTable';
import { Button } from '../../components/Button';
import { RowActions } from '../../components/RowActions';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { formatNumber } from '../../i18n/format';
import { DeliberateForm } from './DeliberateForm';
import { deliberateRows } from './splitsModel';

/** *Bewuste splitsingen* of the chosen draft: pairs split on purpose, with the reason, and whether they still are. */
export function DeliberateSection({ division }: { division: Division }) {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const locale = useApp((s) => s.locale);
  const derived = useDerived();
  const names = derived.names;
  const coverage = derived.report(division.id)?.coverage.deliberateSplits;
  const rows = useMemo(() => deliberateRows(division, coverage), [division, coverage]);
  const [editing, setEditing] = useState<DeliberateSplit | 'new' | null>(null);

  return (
    <section aria-labelledby="coalition-deliberate-heading" className="coalition-section">
      <div className="view-head">
        <h3 id="coalition-deliberate-heading">{t('app.coalition.deliberateHeading')}</h3>
        <Button variant="primary" onClick={() => setEditing('new')}>
          {t('app.coalition.deliberateAdd')}
        </Button>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t('app.coalition.deliberateEmpty')}</p>
      ) : (
        <DataTable
          caption={t('app.coalition.deliberateCaption', { draft: division.name })}
          className="coalition-deliberate"
          columns={[
            { label: t('app.coalition.ends') },
            { label: t('app.coalition.reason') },
            { label: t('app.coalition.inThisDraft') },
          ]}
          actions
        >
          {rows.map(({ split, apart, count, weight }) => {
            const label = t('app.coalition.pair', { a: names.node(split.a), b: names.node(split.b) });
            return (
              <tr key={split.id}>
                <th scope="row" className="cell-wrap">
                  {label}
                </th>
                <td className="cell-wrap">{split.reason}</td>
                <td>
                  {apart === null ? (
                    '–'
                  ) : apart ? (
                    t('app.coalition.stillSplit', { count, weight: formatNumber(weight, locale, 1) })
                  ) : (
                    <span className="coalition-status-off">
                      <span aria-hidden="true">○ </span>
                      {t('app.coalition.notSplitNow')}
                    </span>
                  )}
                </td>
                <RowActions
                  editLabel={t('app.coalition.editReason', { name: label })}
                  deleteLabel={t('app.action.deleteNamed', { name: label })}
                  onEdit={() => setEditing(split)}
                  onDelete={() => dispatch(store, removeDeliberateSplit, { divisionId: division.id, id: split.id })}
                />
              </tr>
            );
          })}
        </DataTable>
      )}
      {editing ? (
        <DeliberateForm
          project={project}
          division={division}
          {...(editing === 'new' ? {} : { split: editing })}
          onClose={() => setEditing(null)}
          onSave={(d) =>
            editing === 'new'
              ? dispatch(store, addDeliberateSplit, { divisionId: division.id, input: d }, { inline: true })
              : dispatch(
                  store,
                  updateDeliberateSplit,
                  { divisionId: division.id, id: editing.id, reason: d.reason },
                  { inline: true },
                )
          }
        />
      ) : null}
    </section>
  );
}
