import { useState } from 'react';
import { findTaakveld, type Problem, type Project, type Subject } from '../../../shared/model';
import { CATALOGUE_SUBJECTS } from '../../../shared/catalogue';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { useApp, useT } from '../../app/StoreContext';
import { subjectDraftOf, subjectInputOf, type SubjectDraft, type SubjectFormInput } from './viewModel';

interface SubjectFormProps {
  project: Project;
  subject?: Subject;
  onSave(input: SubjectFormInput): Problem[];
  onClose(): void;
}

export function SubjectForm({ project, subject, onSave, onClose }: SubjectFormProps) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const [d, setD] = useState<SubjectDraft>(() => subjectDraftOf(subject, project.domains[0]?.id ?? ''));
  const [problems, setProblems] = useState<Problem[]>([]);
  const set = <K extends keyof SubjectDraft>(k: K, v: SubjectDraft[K]) => setD((x) => ({ ...x, [k]: v }));

  const save = () => {
    const found = onSave(subjectInputOf(d));
    if (found.length) setProblems(found);
    else onClose();
  };

  const codes = subjectInputOf(d).taakvelden;
  const fieldError = (field: string) =>
    problems.some((p) => p.path?.[1] === field) ? t('app.form.checkField') : undefined;
  const catalogue = subject?.catalogueId ? CATALOGUE_SUBJECTS.find((c) => c.id === subject.catalogueId) : undefined;

  return (
    <FormDialog
      fieldLabels={{
        name: t('app.subject.name'),
        domainId: t('app.goal.domain'),
        taakvelden: t('app.goal.taakvelden'),
        description: t('app.goal.description'),
      }}
      title={subject ? t('app.subject.edit') : t('app.subject.add')}
      problems={problems}
      onSave={save}
      onClose={onClose}
    >
      <Field label={t('app.subject.name')} hint={t('app.subject.nameHint')} error={fieldError('name')}>
        <input value={d.name} onChange={(e) => set('name', e.target.value)} required maxLength={200} />
      </Field>
      <Field label={t('app.goal.domain')} error={fieldError('domainId')}>
        <select value={d.domainId} onChange={(e) => set('domainId', e.target.value)}>
          {project.domains.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('app.goal.taakvelden')}
        hint={
          codes.length
            ? codes
                .map((c) => `${c} ${findTaakveld(project.taakveldList, c)?.name ?? '⚠ ' + t('app.goal.unknownCode')}`)
                .join(' · ')
            : t('app.goal.taakveldenHint', { list: project.taakveldList })
        }
        error={fieldError('taakvelden')}
      >
        <input value={d.taakvelden} onChange={(e) => set('taakvelden', e.target.value)} />
      </Field>
      <Field label={t('app.goal.description')}>
        <textarea
          value={d.description}
          onChange={(e) => set('description', e.target.value)}
          rows={3}
          maxLength={4000}
        />
      </Field>
      {subject?.catalogueId ? (
        <p className="field-hint">
          {t('app.subject.catalogueNote', { name: catalogue?.name[locale] ?? subject.catalogueId })}
        </p>
      ) : null}
    </FormDialog>
  );
}
