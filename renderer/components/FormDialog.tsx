import type { ReactNode } from 'react';
import type { Problem } from '../../shared/model';
import { ProblemList } from '../app/ProblemList';
import { useT } from '../app/StoreContext';
import { Button } from './Button';
import { Dialog } from './Dialog';

interface FormDialogProps {
  title: string;
  problems: readonly Problem[];
  onSave(): void;
  onClose(): void;
  /** Field labels by the field's key in the problem path (`['goal', 'title']` → labels.title). */
  fieldLabels?: Record<string, string>;
  children: ReactNode;
}

/**
 * The edit form every entity uses: a modal with Cancel / Save, Enter submits, and the problems that stopped the
 * save listed above the fields (each with its place), so the user fixes them without losing what was typed.
 */
export function FormDialog({ title, problems, onSave, onClose, fieldLabels, children }: FormDialogProps) {
  const t = useT();
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('app.action.cancel')}</Button>
          <Button variant="primary" onClick={onSave}>
            {t('app.action.save')}
          </Button>
        </>
      }
    >
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        {problems.length ? (
          <div className="notice notice-error" role="alert">
            <ProblemList
              problems={problems}
              t={t}
              labelFor={(path) => (fieldLabels ? fieldLabels[String(path[1])] : undefined)}
            />
          </div>
        ) : null}
        {children}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </form>
    </Dialog>
  );
}
