import { useMemo, useState } from 'react';
import type { Goal, GoalInput, Law, OwAspect, OwInstrument, Problem, Project } from '../../../shared/model';
import { lawEntries, owInstrumentEntries, owInterestEntries, taakveldEntries } from '../../../shared/catalogue';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { CataloguePicker } from '../../components/CataloguePicker';
import { useApp, useT } from '../../app/StoreContext';
import { draftOf, inputOf, projectThemes, type GoalDraft } from './goalDraft';

interface GoalFormProps {
  project: Project;
  goal?: Goal;
  onSave(input: Omit<GoalInput, 'id'>): Problem[];
  onClose(): void;
}

export function GoalForm({ project, goal, onSave, onClose }: GoalFormProps) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const [d, setD] = useState<GoalDraft>(() => draftOf(goal, project.domains[0]?.id ?? ''));
  const [problems, setProblems] = useState<Problem[]>([]);
  const set = <K extends keyof GoalDraft>(k: K, v: GoalDraft[K]) => setD((x) => ({ ...x, [k]: v }));
  // The pickers' lists, built once per list and language (the search index inside each picker keys on them).
  const taakvelden = useMemo(() => taakveldEntries(project.taakveldList), [project.taakveldList]);
  const laws = useMemo(() => lawEntries(locale), [locale]);
  const instruments = useMemo(() => owInstrumentEntries(locale), [locale]);
  const interests = useMemo(() => owInterestEntries(locale), [locale]);
  const themes = useMemo(
    () => projectThemes(project.goals, locale).map((name) => ({ value: name, name })),
    [project.goals, locale],
  );

  const save = () => {
    const input = inputOf(d, locale === 'nl' ? ',' : '.');
    if ('budgetError' in input) {
      setProblems([{ code: 'budgetNotANumber', params: { value: d.budget }, path: ['goal', 'budget'] }]);
      return;
    }
    const found = onSave(input);
    if (found.length) setProblems(found);
    else onClose();
  };

  const fieldError = (field: string) =>
    problems.some((p) => p.path?.[1] === field) ? t('app.form.checkField') : undefined;

  return (
    <FormDialog
      fieldLabels={{
        title: t('app.goal.title'),
        domainId: t('app.goal.domain'),
        description: t('app.goal.description'),
        themes: t('app.goal.themes'),
        taakvelden: t('app.goal.taakvelden'),
        laws: t('app.goal.laws'),
        omgevingswet: t('app.goal.instrument'),
        budget: t('app.goal.budget'),
        source: t('app.goal.source'),
        subjectId: t('app.goal.subject'),
      }}
      title={goal ? t('app.goal.edit') : t('app.goal.add')}
      problems={problems}
      onSave={save}
      onClose={onClose}
    >
      <Field label={t('app.goal.title')} error={fieldError('title')}>
        <input value={d.title} onChange={(e) => set('title', e.target.value)} required maxLength={200} />
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
      {project.subjects.length ? (
        <Field label={t('app.goal.subject')} hint={t('app.goal.subjectHint')} error={fieldError('subjectId')}>
          <select value={d.subjectId} onChange={(e) => set('subjectId', e.target.value)}>
            <option value="">{t('app.goal.noSubject')}</option>
            {project.subjects.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field label={t('app.goal.description')}>
        <textarea
          value={d.description}
          onChange={(e) => set('description', e.target.value)}
          rows={3}
          maxLength={4000}
        />
      </Field>
      <Field label={t('app.goal.themes')} hint={t('app.goal.themesHint')} error={fieldError('themes')}>
        <CataloguePicker
          label={t('app.goal.themes')}
          options={themes}
          value={d.themes}
          onChange={(v) => set('themes', v)}
          multiple
          allowOwn
        />
      </Field>
      <Field
        label={t('app.goal.taakvelden')}
        hint={t('app.goal.taakveldenHint', { list: project.taakveldList })}
        error={fieldError('taakvelden')}
      >
        <CataloguePicker
          label={t('app.goal.taakvelden')}
          options={taakvelden}
          value={d.taakvelden}
          onChange={(v) => set('taakvelden', v)}
          multiple
          unlistedNote={t('app.goal.unknownCode')}
        />
      </Field>
      <Field label={t('app.goal.laws')} hint={t('app.goal.lawsHint')} error={fieldError('laws')}>
        <CataloguePicker
          label={t('app.goal.laws')}
          options={laws}
          value={d.laws}
          // The model knows these laws only (LAWS): the picker offers no own entry, so every value is one of them.
          onChange={(v) => set('laws', v as Law[])}
          multiple
        />
      </Field>
      <Field label={t('app.goal.instrument')} hint={t('app.goal.instrumentHint')} error={fieldError('omgevingswet')}>
        <CataloguePicker
          label={t('app.goal.instrument')}
          options={instruments}
          value={d.instrument ? [d.instrument] : []}
          onChange={(v) => set('instrument', (v[0] ?? '') as OwInstrument | '')}
        />
      </Field>
      <Field label={t('app.goal.aspects')} hint={t('app.goal.aspectsHint')}>
        <CataloguePicker
          label={t('app.goal.aspects')}
          options={interests}
          value={d.aspects}
          onChange={(v) => set('aspects', v as OwAspect[])}
          multiple
        />
      </Field>
      <Field label={t('app.goal.budget')} hint={t('app.goal.budgetHint')} error={fieldError('budget')}>
        <input value={d.budget} onChange={(e) => set('budget', e.target.value)} inputMode="decimal" />
      </Field>
      <Field label={t('app.goal.source')} hint={t('app.goal.sourceHint')}>
        <input value={d.source} onChange={(e) => set('source', e.target.value)} maxLength={300} />
      </Field>
    </FormDialog>
  );
}
