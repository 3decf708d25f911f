import { DataTable } from '../components/DataTable';
import { useState } from 'react';
import { emptyProject, newId } from '../../shared/model';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { APP_COMMANDS, VIEW_COMMANDS } from '../store/commands/appCommands';
import { exportCsv, importCsv } from './fileActions';
import { FileImportDialog } from './FileImportDialog';
import { reportPlatformError } from './reportPlatformError';
import { useApp, useAppStore, useT } from './StoreContext';

/** Dialogs that menus and shortcuts can raise as well as buttons, and the progress of a file being read. */
export function AppDialogs() {
  return (
    <>
      <RaisedDialog />
      <FileImportDialog />
    </>
  );
}

function RaisedDialog() {
  const dialog = useApp((s) => s.dialog);
  if (dialog === 'newProject') return <NewProjectDialog />;
  if (dialog === 'csvImport' || dialog === 'csvExport')
    return <CsvDialog mode={dialog === 'csvImport' ? 'import' : 'export'} />;
  if (dialog === 'help') return <HelpDialog />;
  return null;
}

function NewProjectDialog() {
  const t = useT();
  const store = useAppStore();
  const [name, setName] = useState('');
  const [municipality, setMunicipality] = useState('');
  const close = () => store.getState().setDialog(null);
  const create = async () => {
    if (!name.trim()) return;
    const s = store.getState();
    close();
    await s.adoptProject(
      emptyProject({ id: newId('project'), name: name.trim(), municipality: municipality.trim(), now: s.deps.now() }),
    );
  };
  return (
    <Dialog
      open
      title={t('app.home.new')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('app.action.cancel')}</Button>
          <Button variant="primary" disabled={!name.trim()} onClick={() => void create()}>
            {t('app.action.create')}
          </Button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Field label={t('app.project.name')} hint={t('app.project.nameHint')}>
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        </Field>
        <Field label={t('app.project.municipality')}>
          <input value={municipality} onChange={(e) => setMunicipality(e.target.value)} maxLength={120} />
        </Field>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </form>
    </Dialog>
  );
}

function CsvDialog({ mode }: { mode: 'import' | 'export' }) {
  const t = useT();
  const store = useAppStore();
  const close = () => store.getState().setDialog(null);
  const go = (kind: 'goals' | 'links') => {
    close();
    void (mode === 'import' ? importCsv(store, kind) : exportCsv(store, kind)).catch((error: unknown) =>
      reportPlatformError(store, error, mode === 'import' ? 'app.cmd.importCsv' : 'app.cmd.exportCsv'),
    );
  };
  return (
    <Dialog
      open
      title={mode === 'import' ? t('app.csv.importTitle') : t('app.csv.exportTitle')}
      onClose={close}
      footer={<Button onClick={close}>{t('app.action.cancel')}</Button>}
    >
      <p>{mode === 'import' ? t('app.csv.importExplain') : t('app.csv.exportExplain')}</p>
      <div className="choice-row">
        <Button variant="primary" onClick={() => go('goals')}>
          {t('app.csv.goals')}
        </Button>
        <Button variant="primary" onClick={() => go('links')}>
          {t('app.csv.links')}
        </Button>
      </div>
    </Dialog>
  );
}

function HelpDialog() {
  const t = useT();
  const store = useAppStore();
  const close = () => store.getState().setDialog(null);
  const mac = /Mac/.test(navigator.platform);
  return (
    <Dialog
      open
      title={t('app.help.title')}
      onClose={close}
      footer={<Button onClick={close}>{t('app.action.close')}</Button>}
    >
      <DataTable
        caption={t('app.help.title')}
        columns={[{ label: t('app.help.command') }, { label: t('app.help.shortcut') }]}
      >
        {[...APP_COMMANDS, ...VIEW_COMMANDS].map((c) => (
          <tr key={c.id}>
            <td>{c.id.startsWith('view.show.') ? t('app.help.showView', { view: t(c.labelKey) }) : t(c.labelKey)}</td>
            <td>
              <kbd>{c.kbd ? c.kbd.replace('Mod', mac ? '⌘' : 'Ctrl') : '–'}</kbd>
            </td>
          </tr>
        ))}
      </DataTable>
    </Dialog>
  );
}
