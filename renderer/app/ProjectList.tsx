import { useState } from 'react';
import { DataTable } from '../components/DataTable';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { formatDateTime } from '../i18n/format';
import { openProjectFromFile } from './fileActions';
import { reportPlatformError } from './reportPlatformError';
import { useApp, useAppStore, useT } from './StoreContext';

/** Home: the projects stored on this computer. */
export function ProjectList() {
  const t = useT();
  const store = useAppStore();
  const library = useApp((s) => s.library);
  const locale = useApp((s) => s.locale);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  const toDelete = library.find((p) => p.id === confirmDelete);
  return (
    <main id="main" className="home">
      <div className="home-head">
        <h1>{t('app.home.title')}</h1>
        <p className="lead">{t('app.home.lead')}</p>
        <div className="toolbar">
          <Button variant="primary" onClick={() => store.getState().setDialog('newProject')}>
            {t('app.home.new')}
          </Button>
          <Button
            onClick={() =>
              void openProjectFromFile(store).catch((error: unknown) =>
                reportPlatformError(store, error, 'app.cmd.open'),
              )
            }
          >
            {t('app.home.open')}
          </Button>
        </div>
      </div>
      {library.length === 0 ? (
        <p>{t('app.home.empty')}</p>
      ) : (
        <DataTable
          caption={t('app.home.title')}
          columns={[
            { label: t('app.project.name') },
            { label: t('app.project.municipality') },
            { label: t('app.home.goals'), numeric: true },
            { label: t('app.home.links'), numeric: true },
            { label: t('app.home.divisions'), numeric: true },
            { label: t('app.home.updated') },
          ]}
          actions
        >
          {library.map((p) => (
            <tr key={p.id}>
              <td>
                <button type="button" className="link-button" onClick={() => void store.getState().openProject(p.id)}>
                  {p.name}
                </button>
              </td>
              <td>{p.municipality}</td>
              <td className="num">{p.goalCount}</td>
              <td className="num">{p.linkCount}</td>
              <td className="num">{p.divisionCount}</td>
              <td>{formatDateTime(p.updatedAt, locale)}</td>
              <td>
                <Button
                  variant="ghost"
                  icon="✕"
                  label={t('app.home.deleteNamed', { name: p.name })}
                  onClick={() => setConfirmDelete(p.id)}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}

      <Dialog
        open={toDelete !== undefined}
        title={t('app.home.deleteTitle')}
        onClose={() => setConfirmDelete(null)}
        footer={
          <>
            <Button onClick={() => setConfirmDelete(null)}>{t('app.action.cancel')}</Button>
            <Button
              variant="danger"
              onClick={() => {
                if (toDelete) void store.getState().deleteProject(toDelete.id);
                setConfirmDelete(null);
              }}
            >
              {t('app.action.delete')}
            </Button>
          </>
        }
      >
        <p>{t('app.home.deleteConfirm', { name: toDelete?.name ?? '' })}</p>
      </Dialog>
    </main>
  );
}
