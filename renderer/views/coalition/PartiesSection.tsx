import { useMemo, useState } from 'react';
import type { Party } from '../../../shared/model';
import { dispatch } from '../../store/commands/dispatch';
import { addParty, removeParty, updateParty } from '../../store/commands/coalitionCommands';
import { DataTable } from '../../components/DataTable';
import { Button } from '../../components/Button';
import { RowActions } from '../../components/RowActions';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { formatPercent } from '../../i18n/format';
import { PartyForm } from './PartyForm';
import { partyRows, unlistedParties } from './partiesModel';

/**
 * *Partijen en zetels*, for the whole project: the coalition's parties with their seats. Holders belong to a party by
 * their party field; a field naming no listed party is pointed out, with a button to list it.
 */
export function PartiesSection() {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const locale = useApp((s) => s.locale);
  const names = useDerived().names;
  const [editing, setEditing] = useState<Party | { name: string } | null>(null);
  const rows = useMemo(() => partyRows(project), [project]);
  const unlisted = useMemo(() => unlistedParties(project), [project]);
  const heading = t('app.coalition.partiesHeading');

  return (
    <section aria-labelledby="coalition-parties-heading" className="coalition-section">
      <div className="view-head">
        <h3 id="coalition-parties-heading">{heading}</h3>
        <Button variant="primary" onClick={() => setEditing({ name: '' })}>
          {t('app.coalition.partyAdd')}
        </Button>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t('app.coalition.partiesEmpty')}</p>
      ) : (
        <DataTable
          caption={heading}
          className="coalition-parties"
          columns={[
            { label: t('app.coalition.partyName') },
            { label: t('app.coalition.seats'), numeric: true },
            { label: t('app.coalition.seatShare'), numeric: true },
            { label: t('app.coalition.partyHolders') },
          ]}
          actions
        >
          {rows.map(({ party, seatShare, holderIds }) => (
            <tr key={party.id}>
              <th scope="row">{party.name}</th>
              <td className="num">{party.seats}</td>
              <td className="num">{seatShare === null ? '–' : formatPercent(seatShare, locale)}</td>
              <td>
                {holderIds.length ? (
                  holderIds.map(names.portfolio).join(', ')
                ) : (
                  <span className="coalition-muted">{t('app.coalition.noHolders')}</span>
                )}
              </td>
              <RowActions
                editLabel={t('app.action.editNamed', { name: party.name })}
                deleteLabel={t('app.action.deleteNamed', { name: party.name })}
                onEdit={() => setEditing(party)}
                onDelete={() => dispatch(store, removeParty, party.id)}
              />
            </tr>
          ))}
        </DataTable>
      )}
      {unlisted.length ? (
        <div className="coalition-hint" role="note" aria-labelledby="coalition-unlisted">
          <p id="coalition-unlisted">
            <span className="hint-mark" aria-hidden="true">
              ⚠{' '}
            </span>
            {t('app.coalition.unlistedHint')}
          </p>
          <ul>
            {unlisted.map((u) => (
              <li key={u.name}>
                {t('app.coalition.unlistedParty', {
                  party: u.name,
                  holders: u.holderIds.map(names.portfolio).join(', '),
                })}{' '}
                <Button variant="ghost" onClick={() => setEditing({ name: u.name })}>
                  {t('app.coalition.listParty', { party: u.name })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {editing ? (
        <PartyForm
          {...('id' in editing ? { party: editing } : { name: editing.name })}
          onClose={() => setEditing(null)}
          onSave={(input) =>
            'id' in editing
              ? dispatch(store, updateParty, { id: editing.id, changes: input }, { inline: true })
              : dispatch(store, addParty, input, { inline: true })
          }
        />
      ) : null}
    </section>
  );
}
