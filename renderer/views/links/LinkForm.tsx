import { useState } from 'react';
import {
  LINK_KINDS,
  type Link,
  type LinkInput,
  type LinkKind,
  type Problem,
  type Project,
} from '../../../shared/model';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { useT } from '../../app/StoreContext';
import { linkEndGroups } from './viewModel';

interface LinkFormProps {
  project: Project;
  link?: Link;
  /** Pre-selected first goal, when the form opens from a goal. */
  sourceId?: string;
  /** Pre-selected second goal, when a link was drawn on the map from one goal onto another. */
  targetId?: string;
  onSave(input: Omit<LinkInput, 'id'>): Problem[];
  onClose(): void;
}

export function LinkForm({ project, link, sourceId, targetId, onSave, onClose }: LinkFormProps) {
  const t = useT();
  const groups = linkEndGroups(project);
  const all = groups.flatMap((g) => g.options);
  const [source, setSource] = useState(link?.source ?? sourceId ?? all[0]?.id ?? '');
  const [target, setTarget] = useState(link?.target ?? targetId ?? all.find((o) => o.id !== source)?.id ?? '');
  const [kind, setKind] = useState<LinkKind>(link?.kind ?? 'reinforces');
  const [strength, setStrength] = useState(String(link?.strength ?? 2));
  const [rationale, setRationale] = useState(link?.rationale ?? '');
  const [problems, setProblems] = useState<Problem[]>([]);

  const save = () => {
    const value = Number(strength.replace(',', '.'));
    if (!Number.isFinite(value)) {
      setProblems([{ code: 'strengthNotANumber', params: { value: strength }, path: ['link', 'strength'] }]);
      return;
    }
    const found = onSave({ source, target, kind, strength: value, rationale });
    if (found.length) setProblems(found);
    else onClose();
  };

  // With subjects, a link end is a goal or a subject: one list, grouped, since their ids share one namespace.
  const endOptions =
    groups.length === 1
      ? groups[0]!.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))
      : groups.map((g) => (
          <optgroup key={g.group} label={t(g.group === 'goals' ? 'app.link.groupGoals' : 'app.link.groupSubjects')}>
            {g.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ));
  const withSubjects = groups.length > 1;
  const sourceLabel = t(withSubjects ? 'app.link.sourceNode' : 'app.link.source');
  const targetLabel = t(withSubjects ? 'app.link.targetNode' : 'app.link.target');
  return (
    <FormDialog
      fieldLabels={{
        source: sourceLabel,
        target: targetLabel,
        kind: t('app.link.kind'),
        strength: t('app.link.strength'),
        rationale: t('app.link.rationale'),
      }}
      title={link ? t('app.link.edit') : t('app.link.add')}
      problems={problems}
      onSave={save}
      onClose={onClose}
    >
      {link?.catalogueLinkId !== undefined ? <p className="field-hint">{t('app.link.catalogueEditNote')}</p> : null}
      <Field label={sourceLabel}>
        <select value={source} onChange={(e) => setSource(e.target.value)}>
          {endOptions}
        </select>
      </Field>
      <Field label={t('app.link.kind')} hint={t(`app.kindHint.${kind}`)}>
        <select value={kind} onChange={(e) => setKind(e.target.value as LinkKind)}>
          {LINK_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`app.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={targetLabel}>
        <select value={target} onChange={(e) => setTarget(e.target.value)}>
          {endOptions}
        </select>
      </Field>
      <Field label={t('app.link.strength')} hint={t('app.link.strengthHint')}>
        <select value={strength} onChange={(e) => setStrength(e.target.value)}>
          {['1', '2', '3'].includes(strength) ? null : <option value={strength}>{strength}</option>}
          <option value="1">{t('app.strength.1')}</option>
          <option value="2">{t('app.strength.2')}</option>
          <option value="3">{t('app.strength.3')}</option>
        </select>
      </Field>
      <Field label={t('app.link.rationale')} hint={t('app.link.rationaleHint')}>
        <textarea value={rationale} onChange={(e) => setRationale(e.target.value)} rows={3} maxLength={2000} />
      </Field>
    </FormDialog>
  );
}
