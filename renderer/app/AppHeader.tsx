import { LOCALES, type Locale } from '../i18n/translate';
import { Button } from '../components/Button';
import { runAppCommand } from '../store/commands/appCommands';
import { HelpMenu } from './HelpMenu';
import { useApp, useAppStore, useT } from './StoreContext';

export function AppHeader() {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project);
  const locale = useApp((s) => s.locale);
  const canUndo = useApp((s) => s.history.past.length > 0);
  const canRedo = useApp((s) => s.history.future.length > 0);
  const undoLabel = useApp((s) => s.history.past[s.history.past.length - 1]?.labelKey);
  const redoLabel = useApp((s) => s.history.future[0]?.labelKey);
  const workshop = useApp((s) => s.workshop);
  const saving = useApp((s) => s.pendingWrites > 0);
  const notStored = useApp((s) => s.saveError !== null);
  const run = (id: string) => runAppCommand(store, id);

  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="brand">
        {project ? (
          <button
            type="button"
            className="brand-button"
            onClick={() => store.getState().closeProject()}
            title={t('app.header.allProjects')}
          >
            <span aria-hidden="true">◈</span> Samenhang
          </button>
        ) : (
          <span className="brand-button">
            <span aria-hidden="true">◈</span> Samenhang
          </span>
        )}
        {project ? (
          <span
            className="save-state"
            data-saved={saving || notStored ? 'false' : 'true'}
            title={t('app.header.savedHint')}
          >
            {notStored ? t('app.header.notStored') : saving ? t('app.header.saving') : t('app.header.saved')}
          </span>
        ) : null}
        {project ? (
          <span className="project-name" title={project.name}>
            <span className="sr-only">{t('app.header.project')}: </span>
            {project.name}
          </span>
        ) : null}
      </div>
      <nav className="header-actions" aria-label={t('app.header.actions')}>
        {project ? (
          <>
            <Button
              variant="ghost"
              icon="↶"
              label={undoLabel ? t('app.header.undoWhat', { what: t(undoLabel) }) : t('app.cmd.undo')}
              disabled={!canUndo}
              onClick={() => run('edit.undo')}
            />
            <Button
              variant="ghost"
              icon="↷"
              label={redoLabel ? t('app.header.redoWhat', { what: t(redoLabel) }) : t('app.cmd.redo')}
              disabled={!canRedo}
              onClick={() => run('edit.redo')}
            />
            <Button onClick={() => run('file.save')}>{t('app.cmd.save')}</Button>
            <Button onClick={() => run('file.importCsv')}>{t('app.cmd.importCsv')}</Button>
            <Button onClick={() => run('file.exportCsv')}>{t('app.cmd.exportCsv')}</Button>
            <Button onClick={() => run('file.exportPdf')}>{t('app.cmd.exportPdf')}</Button>
            <Button onClick={() => run('file.exportReport')}>{t('app.cmd.exportReport')}</Button>
            <Button aria-pressed={workshop} onClick={() => run('view.workshop')}>
              {t('app.cmd.workshop')}
            </Button>
          </>
        ) : null}
        <label className="lang">
          <select
            aria-label={t('app.header.language')}
            value={locale}
            onChange={(e) => store.getState().setLocale(e.target.value as Locale)}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {l === 'nl' ? 'Nederlands' : 'English'}
              </option>
            ))}
          </select>
        </label>
        <HelpMenu />
      </nav>
    </header>
  );
}
