import { useMemo, useState } from 'react';
import type { Division, KeepRule } from '../../../shared/model';
import { keepBreaches, keepConflicts } from '../../../shared/coalition/keepRules';
import { dispatch } from '../../store/commands/dispatch';
import { addKeepRule, removeKeepRule, updateKeepRule } from '../../store/commands/coalitionCommands';
import { DataTable } from '../../components/DataTable';
import { Button } from '../../components/Button';
import { RowActions } from '../../components/RowActions';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { useMoveLevel } from '../analysis/MoveLevelSwitch';
import { KeepForm } from './KeepForm';
import { KeepConflicts } from './KeepConflicts';
import { keepRows } from './keepModel';

/**
 * *Bij elkaar houden / Uit elkaar houden* of the chosen draft: the rules, which of them the draft as it stands
 * breaks, and the contradictions among rules, locks and balance that the optimiser would meet.
 */
export function KeepSection({ division }: { division: Division }) {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const balance = useApp((s) => s.balance);
  const level = useMoveLevel();
  const derived = useDerived();
  const names = derived.names;
  const [editing, setEditing] = useState<KeepRule | 'new' | null>(null);

  const breaches = derived.memo(`coalition.breaches|${division.id}`, () =>
    keepBreaches(project, division.id, derived.graph),
  );
  const conflicts = derived.memo(`coalition.conflicts|${division.id}|${level}|${balance.by}|${balance.tolerance}`, () =>
    keepConflicts(project, division.id, { level, balance: { by: balance.by, tolerance: balance.tolerance } }),
  );
  const rows = useMemo(() => keepRows(division, breaches), [division, breaches]);

  return (
    <section aria-labelledby="coalition-keep-heading" className="coalition-section">
      <div className="view-head">
        <h3 id="coalition-keep-heading">{t('app.coalition.keepHeading')}</h3>
        <Button variant="primary" onClick={() => setEditing('new')}>
          {t('app.coalition.keepAdd')}
        </Button>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t('app.coalition.keepEmpty')}</p>
      ) : (
        <DataTable
          caption={t('app.coalition.keepCaption', { draft: division.name })}
          className="coalition-keep"
          columns={[
            { label: t('app.coalition.keepKind') },
            { label: t('app.coalition.keepNodes') },
            { label: t('app.coalition.reason') },
            { label: t('app.coalition.inThisDraft') },
          ]}
          actions
        >
          {rows.map(({ rule, breach }) => {
            const label = t('app.coalition.ruleNamed', {
              kind: t(`app.coalition.keep.${rule.kind}`),
              nodes: rule.nodeIds.map(names.node).join(', '),
            });
            return (
              <tr key={rule.id}>
                <th scope="row">{t(`app.coalition.keep.${rule.kind}`)}</th>
                <td className="cell-wrap">{rule.nodeIds.map(names.node).join(', ')}</td>
                <td className="cell-wrap">{rule.reason || '–'}</td>
                <td className="cell-wrap">
                  {breach.length ? (
                    <span className="coalition-status-bad">
                      <span aria-hidden="true">⚠ </span>
                      {t(rule.kind === 'together' ? 'app.coalition.brokenTogether' : 'app.coalition.brokenApart', {
                        nodes: breach.map(names.node).join(', '),
                      })}
                    </span>
                  ) : (
                    t('app.coalition.kept')
                  )}
                </td>
                <RowActions
                  editLabel={t('app.action.editNamed', { name: label })}
                  deleteLabel={t('app.action.deleteNamed', { name: label })}
                  onEdit={() => setEditing(rule)}
                  onDelete={() => dispatch(store, removeKeepRule, { divisionId: division.id, id: rule.id })}
                />
              </tr>
            );
          })}
        </DataTable>
      )}
      <KeepConflicts division={division} conflicts={conflicts} />
      {editing ? (
        <KeepForm
          project={project}
          {...(editing === 'new' ? {} : { rule: editing })}
          onClose={() => setEditing(null)}
          onSave={(d) =>
            editing === 'new'
              ? dispatch(store, addKeepRule, { divisionId: division.id, input: d }, { inline: true })
              : dispatch(
                  store,
                  updateKeepRule,
                  { divisionId: division.id, id: editing.id, changes: d },
                  { inline: true },
                )
          }
        />
      ) : null}
    </section>
  );
}
