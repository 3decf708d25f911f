import { useState } from 'react';
import type { Problem } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { ProblemList } from '../../app/ProblemList';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { dispatch } from '../../store/commands/dispatch';
import { addDeliberateSplit } from '../../store/commands/coalitionCommands';
import { deliberateChoice } from './coverageModel';

/**
 * "Markeer als bewuste splitsing…": the reason (required: a deliberate split must say why) and, when both ends of
 * the link have subjects of their own, whether it is about these two goals or about their two subjects (then every
 * link between them counts). One undoable edit; nothing changes on Cancel.
 */
export function DeliberateSplitDialog({
  divisionId,
  source,
  target,
  onClose,
}: {
  divisionId: string;
  /** The link's ends: goals, or subject nodes at subject level. */
  source: string;
  target: string;
  onClose(): void;
}) {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const names = useDerived().names;
  const choice = deliberateChoice(project, source, target);
  const [scope, setScope] = useState<'nodes' | 'subjects'>('nodes');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [a, b] = scope === 'subjects' && choice.subjects ? choice.subjects : choice.nodes;
  const bothGoals = project.goals.some((g) => g.id === source) && project.goals.some((g) => g.id === target);

  const save = () => {
    setTried(true);
    if (!reason.trim()) return;
    const found = dispatch(
      store,
      addDeliberateSplit,
      { divisionId, input: { a, b, reason: reason.trim() } },
      { inline: true },
    );
    if (found.length) setProblems(found);
    else onClose();
  };

  return (
    <Dialog
      open
      title={t('app.deliberate.dialogTitle')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('app.action.cancel')}</Button>
          <Button variant="primary" onClick={save}>
            {t('app.deliberate.save')}
          </Button>
        </>
      }
    >
      <form
        className="deliberate-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <p>
          <strong>
            {names.node(source)} ↔ {names.node(target)}
          </strong>
        </p>
        <p className="explain">{t('app.deliberate.dialogExplain')}</p>
        {choice.subjects ? (
          <fieldset className="choice-list">
            <legend>{t('app.deliberate.appliesTo')}</legend>
            <label>
              <input
                type="radio"
                name="deliberate-scope"
                checked={scope === 'nodes'}
                onChange={() => setScope('nodes')}
              />{' '}
              {t(bothGoals ? 'app.deliberate.scopeGoals' : 'app.deliberate.scopeNodes', {
                a: names.node(source),
                b: names.node(target),
              })}
            </label>
            <label>
              <input
                type="radio"
                name="deliberate-scope"
                checked={scope === 'subjects'}
                onChange={() => setScope('subjects')}
              />{' '}
              {t('app.deliberate.scopeSubjects', {
                a: names.subject(choice.subjects[0]),
                b: names.subject(choice.subjects[1]),
              })}
            </label>
          </fieldset>
        ) : null}
        <Field
          label={t('app.deliberate.reason')}
          hint={t('app.deliberate.reasonHint')}
          error={tried && !reason.trim() ? t('app.deliberate.reasonRequired') : undefined}
        >
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2000} rows={3} />
        </Field>
        {problems.length ? (
          <div className="notice notice-error" role="alert">
            <ProblemList problems={problems} t={t} />
          </div>
        ) : null}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </form>
    </Dialog>
  );
}
