import { useMemo, useState } from 'react';
import type { DeliberateSplit, Division, Problem, Project } from '../../../shared/model';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { nodeOptions, type NodeOption } from './nodeOptions';
import { EMPTY_DELIBERATE, isDeliberatePair, type DeliberateDraft } from './splitsModel';

interface Props {
  project: Project;
  division: Division;
  /** Given: only its reason is edited (the two ends are what the split is). */
  split?: DeliberateSplit;
  onSave(d: DeliberateDraft): Problem[];
  onClose(): void;
}

/** A select of subjects and goals, grouped, with an empty first choice. */
function NodeSelect({
  options,
  value,
  onChange,
  ...aria
}: {
  options: readonly NodeOption[];
  value: string;
  onChange(v: string): void;
  /** Set by Field: the label's target and the hint and error that describe it. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const t = useT();
  return (
    <select {...aria} value={value} onChange={(e) => onChange(e.target.value)} required>
      <option value="">{t('app.coalition.choose')}</option>
      {(['subject', 'goal'] as const).map((kind) => (
        <optgroup key={kind} label={kind === 'subject' ? t('app.coalition.subjects') : t('app.coalition.goals')}>
          {options
            .filter((o) => o.kind === kind)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.subjectName !== undefined ? `${o.name} (${o.subjectName})` : o.name}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

export function DeliberateForm({ project, division, split, onSave, onClose }: Props) {
  const t = useT();
  const names = useDerived().names;
  const [d, setD] = useState<DeliberateDraft>(() =>
    split ? { a: split.a, b: split.b, reason: split.reason } : EMPTY_DELIBERATE,
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const options = useMemo(() => nodeOptions(project), [project]);
  const save = () => {
    const found: Problem[] = [];
    if (!split && (d.a === '' || d.b === ''))
      found.push({ code: 'deliberateChooseBoth', path: ['deliberate', d.a === '' ? 'a' : 'b'] });
    else if (!split && isDeliberatePair(division, d.a, d.b))
      found.push({
        code: 'duplicateDeliberate',
        params: { a: names.node(d.a), b: names.node(d.b) },
        path: ['deliberate', 'b'],
      });
    const all = found.length ? found : onSave(d);
    if (all.length) setProblems(all);
    else onClose();
  };
  const fieldError = (field: string) =>
    problems.some((p) => p.path?.[1] === field) ? t('app.form.checkField') : undefined;
  return (
    <FormDialog
      fieldLabels={{ a: t('app.coalition.endA'), b: t('app.coalition.endB'), reason: t('app.coalition.reason') }}
      title={split ? t('app.coalition.deliberateEdit') : t('app.coalition.deliberateAdd')}
      problems={problems}
      onSave={save}
      onClose={onClose}
    >
      {split ? (
        <p className="field-hint">
          {t('app.coalition.deliberateEnds', { a: names.node(split.a), b: names.node(split.b) })}
        </p>
      ) : (
        <>
          <Field label={t('app.coalition.endA')} error={fieldError('a')}>
            <NodeSelect options={options} value={d.a} onChange={(a) => setD({ ...d, a })} />
          </Field>
          <Field label={t('app.coalition.endB')} hint={t('app.coalition.endsHint')} error={fieldError('b')}>
            <NodeSelect options={options} value={d.b} onChange={(b) => setD({ ...d, b })} />
          </Field>
        </>
      )}
      <Field
        label={t('app.coalition.reason')}
        hint={t('app.coalition.deliberateReasonHint')}
        error={fieldError('reason')}
      >
        <textarea
          value={d.reason}
          onChange={(e) => setD({ ...d, reason: e.target.value })}
          rows={3}
          maxLength={2000}
          required
        />
      </Field>
    </FormDialog>
  );
}
