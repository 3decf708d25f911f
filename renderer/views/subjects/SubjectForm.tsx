import { useMemo, useState } from 'react';
import type { Problem, Project, Subject } from '../../../shared/model';
import {
  catalogueDomain,
  catalogueSubjectEntries,
  findCatalogueSubject,
  taakveldEntries,
} from '../../../shared/catalogue';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { CataloguePicker, type PickerOption } from '../../components/CataloguePicker';
import { useApp, useT } from '../../app/StoreContext';
import {
  fillFromCatalogue,
  subjectDraftOf,
  subjectInputOf,
  type SubjectDraft,
  type SubjectFormInput,
} from './viewModel';

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
  // What the last catalogue pick filled in, said where the user is looking (and to screen readers).
  const [filled, setFilled] = useState('');
  const set = <K extends keyof SubjectDraft>(k: K, v: SubjectDraft[K]) => setD((x) => ({ ...x, [k]: v }));

  const catalogueOptions = useMemo((): PickerOption[] => {
    // A catalogue subject another subject of the project already stands for is marked, not hidden: a college may
    // publish it in two parts.
    const taken = new Map<string, string>();
    for (const s of project.subjects) if (s.catalogueId && s.id !== subject?.id) taken.set(s.catalogueId, s.name);
    return catalogueSubjectEntries(locale).map((e) => {
      const other = taken.get(e.value);
      return other === undefined ? e : { ...e, note: t('app.subject.catalogueInProject', { name: other }) };
    });
  }, [project.subjects, subject?.id, locale, t]);
  const taakveldOptions = useMemo(() => taakveldEntries(project.taakveldList), [project.taakveldList]);

  const pickCatalogue = (ids: string[]) => {
    const entry = ids[0] === undefined ? undefined : findCatalogueSubject(ids[0]);
    if (!entry) {
      set('catalogueId', '');
      setFilled('');
      return;
    }
    const { draft, exactDomain, keptName } = fillFromCatalogue(d, project, entry, locale);
    setD(draft);
    const name = entry.name[locale];
    const domain = project.domains.find((x) => x.id === draft.domainId)?.name ?? draft.domainId;
    setFilled(
      [
        t(keptName ? 'app.subject.catalogueFilledKeepName' : 'app.subject.catalogueFilled', { name }),
        exactDomain
          ? ''
          : t('app.subject.catalogueOtherDomain', {
              catalogueDomain: catalogueDomain(entry.domain).name[locale],
              domain,
            }),
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  const save = () => {
    const found = onSave(subjectInputOf(d, subject));
    if (found.length) setProblems(found);
    else onClose();
  };

  const fieldError = (field: string) =>
    problems.some((p) => p.path?.[1] === field) ? t('app.form.checkField') : undefined;
  const tied = d.catalogueId ? findCatalogueSubject(d.catalogueId) : undefined;

  return (
    <FormDialog
      fieldLabels={{
        name: t('app.subject.name'),
        domainId: t('app.goal.domain'),
        taakvelden: t('app.goal.taakvelden'),
        description: t('app.goal.description'),
        catalogueId: t('app.subject.catalogue'),
      }}
      title={subject ? t('app.subject.edit') : t('app.subject.add')}
      problems={problems}
      onSave={save}
      onClose={onClose}
    >
      <Field
        label={t('app.subject.catalogue')}
        hint={
          tied
            ? t('app.subject.catalogueNote', { name: tied.name[locale] })
            : d.catalogueId
              ? d.catalogueId
              : t('app.subject.catalogueHint')
        }
      >
        <CataloguePicker
          label={t('app.subject.catalogue')}
          options={catalogueOptions}
          value={d.catalogueId ? [d.catalogueId] : []}
          onChange={pickCatalogue}
        />
      </Field>
      <p className="field-hint picker-filled" role="status">
        {filled}
      </p>
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
        hint={t('app.goal.taakveldenHint', { list: project.taakveldList })}
        error={fieldError('taakvelden')}
      >
        <CataloguePicker
          label={t('app.goal.taakvelden')}
          options={taakveldOptions}
          value={d.taakvelden}
          onChange={(v) => set('taakvelden', v)}
          multiple
          unlistedNote={t('app.goal.unknownCode')}
        />
      </Field>
      <Field label={t('app.goal.description')}>
        <textarea
          value={d.description}
          onChange={(e) => set('description', e.target.value)}
          rows={3}
          maxLength={4000}
        />
      </Field>
    </FormDialog>
  );
}
