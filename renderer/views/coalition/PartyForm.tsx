import { useState } from 'react';
import type { Party, PartyInput, Problem } from '../../../shared/model';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { useT } from '../../app/StoreContext';
import { partyDraftOf, partyInputOf, type PartyDraft } from './partiesModel';

interface Props {
  party?: Party;
  /** A name to start a new party with (a holder's party field that names no listed party). */
  name?: string;
  onSave(input: Omit<PartyInput, 'id'>): Problem[];
  onClose(): void;
}

export function PartyForm({ party, name, onSave, onClose }: Props) {
  const t = useT();
  const [d, setD] = useState<PartyDraft>(() => partyDraftOf(party, name));
  const [problems, setProblems] = useState<Problem[]>([]);
  const save = () => {
    const r = partyInputOf(d);
    const found = r.ok ? onSave(r.input) : [r.problem];
    if (found.length) setProblems(found);
    else onClose();
  };
  const fieldError = (field: string) =>
    problems.some((p) => p.path?.[1] === field) ? t('app.form.checkField') : undefined;
  return (
    <FormDialog
      fieldLabels={{ name: t('app.coalition.partyName'), seats: t('app.coalition.seats') }}
      title={party ? t('app.coalition.partyEdit') : t('app.coalition.partyAdd')}
      problems={problems}
      onSave={save}
      onClose={onClose}
    >
      <Field label={t('app.coalition.partyName')} hint={t('app.coalition.partyNameHint')} error={fieldError('name')}>
        <input value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} required maxLength={80} />
      </Field>
      <Field label={t('app.coalition.seats')} hint={t('app.coalition.seatsHint')} error={fieldError('seats')}>
        <input
          value={d.seats}
          onChange={(e) => setD({ ...d, seats: e.target.value })}
          inputMode="numeric"
          className="num-input"
          required
        />
      </Field>
    </FormDialog>
  );
}
