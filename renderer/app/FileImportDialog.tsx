import { useEffect, useState } from 'react';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { useApp, useT } from './StoreContext';

/** A file that is read within this time never flashes a dialog. */
const SHOW_AFTER_MS = 250;

/**
 * Progress and a stop button while a file is read in the background (fileImportSlice). Modal, so the project
 * cannot change underneath the check; Escape stops too. Stopping ends the worker and stores nothing.
 */
export function FileImportDialog() {
  const t = useT();
  const task = useApp((s) => s.fileImport);
  const [shown, setShown] = useState<number | null>(null);
  const id = task?.id ?? null;
  useEffect(() => {
    if (id === null) return undefined;
    const timer = setTimeout(() => setShown(id), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [id]);
  if (!task || shown !== task.id) return null;
  const { progress } = task;
  const rows = progress.stage === 'rows' && progress.total > 0 ? progress : null;
  return (
    <Dialog
      open
      title={t('app.fileImport.title')}
      onClose={task.cancel}
      footer={<Button onClick={task.cancel}>{t('app.fileImport.stop')}</Button>}
    >
      <p>{t('app.fileImport.reading', { name: task.name })}</p>
      <div className="progress">
        {/* Without a value the bar is indeterminate: decoding and splitting report no fraction. */}
        <progress
          max={1}
          value={rows ? rows.done / rows.total : undefined}
          aria-label={t('app.fileImport.title')}
        />{' '}
        {rows ? t('app.fileImport.rows', { done: rows.done, total: rows.total }) : null}
      </div>
      <p className="explain">{t('app.fileImport.explain')}</p>
    </Dialog>
  );
}
