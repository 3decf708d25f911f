import { useMemo, useState } from 'react';
import { KEEP_KINDS, type KeepRule, type Problem, type Project } from '../../../shared/model';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { useT } from '../../app/StoreContext';
import { NodePicker } from './NodePicker';
import { nodeOptions } from './nodeOptions';
import { EMPTY_KEEP, type KeepDraft } from './keepModel';

interface Props {
  project: Project;
  rule?: KeepRule;
  onSave(d: KeepDraft): Problem[];
  onClose(): void;
}

/** A keep-together or keep-apart rule: two or more subjects or goals, the kind, and why. */
export function KeepForm({ project, rule, onSave, onClose }: Props) {
  const t = useT();
  const [d, setD] = useState<KeepDraft>(() =>
    rule ? { kind: rule.kind, nodeIds: [...rule.nodeIds], reason: rule.reason } : EMPTY_KEEP,
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const options = useMemo(() => nodeOptions(project), [project]);
  const save = () => {
    const found: Problem[] = d.nodeIds.length < 2 ? [{ code: 'keepChooseTwo', path: ['keep', 'nodeIds'] }] : onSave(d);
    if (found.length) setProblems(found);
    else onClose();
  };
  const fieldError = (field: string) =>
    problems.some((p) => p.path?.[1] === field) ? t('app.form.checkField') : undefined;
  return (
    <FormDialog
      fieldLabels={{
        kind: t('app.coalition.keepKind'),
        nodeIds: t('app.coalition.keepNodes'),
        reason: t('app.coalition.reason'),
      }}
      title={rule ? t('app.coalition.keepEdit') : t('app.coalition.keepAdd')}
      problems={problems}
      onSave={save}
      onClose={onClose}
    >
      <fieldset className="checks">
        <legend>{t('app.coalition.keepKind')}</legend>
        {KEEP_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="keep-kind"
              value={k}
              checked={d.kind === k}
              onChange={() => setD({ ...d, kind: k })}
            />{' '}
            {t(`app.coalition.keep.${k}`)}
          </label>
        ))}
      </fieldset>
      <NodePicker
        legend={t('app.coalition.keepNodes')}
        hint={d.kind === 'together' ? t('app.coalition.keepTogetherHint') : t('app.coalition.keepApartHint')}
        options={options}
        chosen={d.nodeIds}
        onChange={(nodeIds) => setD({ ...d, nodeIds })}
        {...(fieldError('nodeIds') ? { error: t('app.form.checkField') } : {})}
      />
      <Field label={t('app.coalition.reasonOptional')} error={fieldError('reason')}>
        <textarea value={d.reason} onChange={(e) => setD({ ...d, reason: e.target.value })} rows={2} maxLength={2000} />
      </Field>
    </FormDialog>
  );
}
