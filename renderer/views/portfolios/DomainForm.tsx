import { useState } from 'react';
import { CLASSIC_DOMAINS, type ClassicDomain, type Domain, type Problem } from '../../../shared/model';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { useT } from '../../app/StoreContext';

interface Props {
  domain?: Domain;
  onSave(input: Omit<Domain, 'id'>): Problem[];
  onClose(): void;
}

export function DomainForm({ domain, onSave, onClose }: Props) {
  const t = useT();
  const [name, setName] = useState(domain?.name ?? '');
  const [colour, setColour] = useState(domain?.colour ?? '#5a5a5a');
  const [classic, setClassic] = useState<ClassicDomain>(domain?.classic ?? 'sociaal');
  const [problems, setProblems] = useState<Problem[]>([]);
  const save = () => {
    const found = onSave({ name, colour, classic });
    if (found.length) setProblems(found);
    else onClose();
  };
  return (
    <FormDialog
      fieldLabels={{ name: t('app.domain.name'), classic: t('app.domain.classic'), colour: t('app.domain.colour') }}
      title={domain ? t('app.domain.edit') : t('app.domain.add')}
      problems={problems}
      onSave={save}
      onClose={onClose}
    >
      <Field label={t('app.domain.name')}>
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} />
      </Field>
      <Field label={t('app.domain.classic')} hint={t('app.domain.classicHint')}>
        <select value={classic} onChange={(e) => setClassic(e.target.value as ClassicDomain)}>
          {CLASSIC_DOMAINS.map((c) => (
            <option key={c} value={c}>
              {t(`app.classic.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('app.domain.colour')}>
        <input type="color" value={colour} onChange={(e) => setColour(e.target.value)} />
      </Field>
    </FormDialog>
  );
}
