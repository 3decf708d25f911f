import { useState } from 'react';
import { newId, type Division } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useAppStore, useT } from '../../app/StoreContext';
import { dispatch } from '../../store/commands/dispatch';
import { addDivision, duplicateDivision } from '../../store/commands/divisionCommands';

/**
 * "Nieuwe verdeling" asks where to start: a copy of the current draft (what people want most, so it is the
 * default) or an empty one with every holder and no goals given out.
 */
export function NewDraftDialog({
  current,
  suggestedName,
  onClose,
}: {
  current: Division | undefined;
  suggestedName: string;
  onClose(): void;
}) {
  const t = useT();
  const store = useAppStore();
  const [name, setName] = useState(suggestedName);
  const [start, setStart] = useState<'copy' | 'empty'>(current ? 'copy' : 'empty');
  const create = () => {
    if (!name.trim()) return;
    const id = newId('div');
    onClose();
    if (start === 'copy' && current)
      dispatch(store, duplicateDivision, { id: current.id, name: name.trim(), newId: id });
    else dispatch(store, addDivision, { id, name: name.trim() });
  };
  return (
    <Dialog
      open
      title={t('app.divisions.new')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('app.action.cancel')}</Button>
          <Button variant="primary" disabled={!name.trim()} onClick={create}>
            {t('app.action.create')}
          </Button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <Field label={t('app.divisions.name')}>
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
        </Field>
        <fieldset className="choice-list">
          <legend>{t('app.divisions.startFrom')}</legend>
          {current ? (
            <label>
              <input type="radio" name="start" checked={start === 'copy'} onChange={() => setStart('copy')} />{' '}
              {t('app.divisions.startCopy', { name: current.name })}
            </label>
          ) : null}
          <label>
            <input type="radio" name="start" checked={start === 'empty'} onChange={() => setStart('empty')} />{' '}
            {t('app.divisions.startEmpty')}
          </label>
        </fieldset>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </form>
    </Dialog>
  );
}
