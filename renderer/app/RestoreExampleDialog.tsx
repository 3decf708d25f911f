import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { putBackExample } from './exampleActions';
import { reportPlatformError } from './reportPlatformError';
import { useAppStore, useT } from './StoreContext';

/** Asked only when the example was changed: restoring replaces it, and only it. */
export function RestoreExampleDialog() {
  const t = useT();
  const store = useAppStore();
  const close = () => store.getState().setDialog(null);
  const restore = () => {
    close();
    void putBackExample(store).catch((error: unknown) => reportPlatformError(store, error, 'app.cmd.restoreExample'));
  };
  return (
    <Dialog
      open
      title={t('app.example.restoreTitle')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('app.action.cancel')}</Button>
          <Button variant="danger" onClick={restore}>
            {t('app.example.restore')}
          </Button>
        </>
      }
    >
      <p>{t('app.example.restoreConfirm')}</p>
    </Dialog>
  );
}
