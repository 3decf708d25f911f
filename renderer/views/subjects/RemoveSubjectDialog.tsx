import type { Project, Subject } from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { Button } from '../../components/Button';
import { useT } from '../../app/StoreContext';
import { removalOf } from './viewModel';

/** Asks before a subject goes, saying what goes with it (its links) and what stays (its goals, with their holders). */
export function RemoveSubjectDialog({
  project,
  subject,
  onConfirm,
  onClose,
}: {
  project: Project;
  subject: Subject;
  onConfirm(): void;
  onClose(): void;
}) {
  const t = useT();
  const { goals, links } = removalOf(project, subject.id);
  return (
    <Dialog
      open
      title={t('app.subject.removeTitle', { name: subject.name })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('app.action.cancel')}</Button>
          <Button variant="danger" onClick={onConfirm}>
            {t('app.action.delete')}
          </Button>
        </>
      }
    >
      <p>{links ? t('app.subject.removeLinks', { count: links }) : t('app.subject.removeNoLinks')}</p>
      <p>{goals ? t('app.subject.removeGoals', { count: goals }) : t('app.subject.removeNoGoals')}</p>
      <p>{t('app.subject.removeUndo')}</p>
    </Dialog>
  );
}
