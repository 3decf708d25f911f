import { Button } from '../components/Button';
import { ProblemList } from './ProblemList';
import { useApp, useT } from './StoreContext';

/** Status messages in a live region: screen readers hear them, sighted users see them without a modal. */
export function NoticeArea() {
  const t = useT();
  const notices = useApp((s) => s.notices);
  const dismiss = useApp((s) => s.dismiss);
  const undo = useApp((s) => s.undo);
  const saveError = useApp((s) => s.saveError);
  return (
    // Each notice is its own live region (alert or status), so the container is not one as well.
    <div className="notices">
      {saveError ? (
        <div className="notice notice-error" role="alert">
          <strong>{t('app.notice.saveFailed')}</strong> {saveError}
        </div>
      ) : null}
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.kind}`}
          role={n.quiet ? undefined : n.kind === 'error' ? 'alert' : 'status'}
        >
          <div className="notice-text">
            <strong>{t(n.key, n.params)}</strong>
            {n.problems?.length ? <ProblemList problems={n.problems} t={t} /> : null}
          </div>
          {n.undo ? (
            <Button
              onClick={() => {
                dismiss(n.id);
                undo();
              }}
            >
              {t('app.cmd.undo')}
            </Button>
          ) : null}
          <Button variant="ghost" icon="✕" label={t('app.action.dismiss')} onClick={() => dismiss(n.id)} />
        </div>
      ))}
    </div>
  );
}
