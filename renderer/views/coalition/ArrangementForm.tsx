import { useMemo, useState } from 'react';
import {
  ARRANGEMENT_KINDS,
  type Arrangement,
  type ArrangementInput,
  type Division,
  type Problem,
  type Project,
} from '../../../shared/model';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { NodePicker } from './NodePicker';
import { nodeOptions, toggled } from './nodeOptions';
import { arrangementDraftOf, arrangementInputOf, type ArrangementDraft } from './arrangementsModel';

interface Props {
  project: Project;
  division: Division;
  arrangement?: Arrangement;
  onSave(input: Omit<ArrangementInput, 'id'>): Problem[];
  onClose(): void;
}

/** An arrangement of the chosen draft: its name and kind, who leads, who else takes part, and what it covers. */
export function ArrangementForm({ project, division, arrangement, onSave, onClose }: Props) {
  const t = useT();
  const names = useDerived().names;
  const [d, setD] = useState<ArrangementDraft>(() => arrangementDraftOf(arrangement, division));
  const [problems, setProblems] = useState<Problem[]>([]);
  const set = <K extends keyof ArrangementDraft>(k: K, v: ArrangementDraft[K]) => setD((x) => ({ ...x, [k]: v }));
  const options = useMemo(() => nodeOptions(project), [project]);
  const subjects = useMemo(() => new Set(project.subjects.map((s) => s.id)), [project.subjects]);

  const save = () => {
    const found = onSave(arrangementInputOf(d, division));
    if (found.length) setProblems(found);
    else onClose();
  };
  const fieldError = (...fields: string[]) =>
    problems.some((p) => fields.includes(String(p.path?.[1] ?? ''))) ? t('app.form.checkField') : undefined;
  const scopeLabel = t('app.coalition.arrangementScope');

  return (
    <FormDialog
      fieldLabels={{
        name: t('app.coalition.arrangementName'),
        kind: t('app.coalition.kindLabel'),
        leadId: t('app.coalition.lead'),
        holderIds: t('app.coalition.otherHolders'),
        subjectIds: scopeLabel,
        goalIds: scopeLabel,
        note: t('app.coalition.note'),
      }}
      title={arrangement ? t('app.coalition.arrangementEdit') : t('app.coalition.arrangementAdd')}
      problems={problems}
      onSave={save}
      onClose={onClose}
    >
      <Field
        label={t('app.coalition.arrangementName')}
        hint={t('app.coalition.arrangementNameHint')}
        error={fieldError('name')}
      >
        <input value={d.name} onChange={(e) => set('name', e.target.value)} required maxLength={160} />
      </Field>
      <Field label={t('app.coalition.kindLabel')}>
        <select value={d.kind} onChange={(e) => set('kind', e.target.value as ArrangementDraft['kind'])}>
          {ARRANGEMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`app.coalition.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('app.coalition.lead')} hint={t('app.coalition.leadHint')} error={fieldError('leadId')}>
        <select value={d.leadId} onChange={(e) => set('leadId', e.target.value)}>
          {division.portfolioIds.map((h) => (
            <option key={h} value={h}>
              {names.portfolio(h)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className={`checks${fieldError('holderIds') ? ' field-invalid' : ''}`}>
        <legend>{t('app.coalition.otherHolders')}</legend>
        {division.portfolioIds
          .filter((h) => h !== d.leadId)
          .map((h) => (
            <label key={h}>
              <input
                type="checkbox"
                checked={d.holderIds.includes(h)}
                onChange={() => set('holderIds', toggled(d.holderIds, h))}
              />{' '}
              {names.portfolio(h)}
            </label>
          ))}
      </fieldset>
      <NodePicker
        legend={scopeLabel}
        hint={t('app.coalition.arrangementScopeHint')}
        options={options}
        chosen={[...d.subjectIds, ...d.goalIds]}
        onChange={(chosen) =>
          setD((x) => ({
            ...x,
            subjectIds: chosen.filter((id) => subjects.has(id)),
            goalIds: chosen.filter((id) => !subjects.has(id)),
          }))
        }
        {...(fieldError('subjectIds', 'goalIds') ? { error: t('app.form.checkField') } : {})}
      />
      <Field label={t('app.coalition.note')}>
        <textarea value={d.note} onChange={(e) => set('note', e.target.value)} rows={2} maxLength={2000} />
      </Field>
    </FormDialog>
  );
}
