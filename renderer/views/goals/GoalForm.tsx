import { useState } from 'react';
import {
  LAWS,
  OW_ASPECTS,
  OW_INSTRUMENTS,
  findTaakveld,
  type Goal,
  type GoalInput,
  type Problem,
  type Project,
} from '../../../shared/model';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { useApp, useT } from '../../app/StoreContext';
import { draftOf, inputOf, type GoalDraft } from './goalDraft';

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
  const toggle = <V extends string>(list: V[], v: V) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

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

  const codes = d.taakvelden.split(/[,;|\s]+/).filter(Boolean);
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
      <Field label={t('app.goal.themes')} hint={t('app.goal.themesHint')}>
        <input value={d.themes} onChange={(e) => set('themes', e.target.value)} />
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
      <fieldset className="checks">
        <legend>{t('app.goal.laws')}</legend>
        {LAWS.map((law) => (
          <label key={law}>
            <input type="checkbox" checked={d.laws.includes(law)} onChange={() => set('laws', toggle(d.laws, law))} />{' '}
            {t(`app.law.${law}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('app.goal.instrument')}>
        <select value={d.instrument} onChange={(e) => set('instrument', e.target.value as GoalDraft['instrument'])}>
          <option value="">{t('app.goal.noInstrument')}</option>
          {OW_INSTRUMENTS.map((i) => (
            <option key={i} value={i}>
              {t(`app.ow.${i}`)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="checks">
        <legend>{t('app.goal.aspects')}</legend>
        {OW_ASPECTS.map((a) => (
          <label key={a}>
            <input
              type="checkbox"
              checked={d.aspects.includes(a)}
              onChange={() => set('aspects', toggle(d.aspects, a))}
            />{' '}
            {t(`app.aspect.${a}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('app.goal.budget')} hint={t('app.goal.budgetHint')} error={fieldError('budget')}>
        <input value={d.budget} onChange={(e) => set('budget', e.target.value)} inputMode="decimal" />
      </Field>
      <Field label={t('app.goal.source')} hint={t('app.goal.sourceHint')}>
        <input value={d.source} onChange={(e) => set('source', e.target.value)} maxLength={300} />
      </Field>
    </FormDialog>
  );
}
