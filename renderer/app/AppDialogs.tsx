import { DataTable } from '../components/DataTable';
import { useState } from 'react';
import { emptyProject, newId } from '../../shared/model';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { APP_COMMANDS, VIEW_COMMANDS } from '../store/commands/appCommands';
import { importCsv } from './fileActions';
import { ExportDialog } from './ExportDialog';
import { ReportDialog } from './ReportDialog';
import { FileImportDialog } from './FileImportDialog';
import { reportPlatformError } from './reportPlatformError';
import { useApp, useAppStore, useT } from './StoreContext';
import { PasteDivisionDialog } from '../views/divisions/PasteDivisionDialog';
import { ExchangeImportDialog } from './ExchangeImportDialog';
import { importExchangeFile } from './exchangeImport';
import { chooseDivisionFile } from '../views/divisions/readDivisionFile';
import { RestoreExampleDialog } from './RestoreExampleDialog';
import { TourDialog } from './tour/TourDialog';

/** Dialogs that menus and shortcuts can raise as well as buttons, the progress of a file being read, and the tour. */
export function AppDialogs() {
  return (
    <>
      <RaisedDialog />
      <FileImportDialog />
      <TourDialog />
    </>
  );
}

function RaisedDialog() {
  const store = useAppStore();
  const dialog = useApp((s) => s.dialog);
  if (dialog === 'newProject') return <NewProjectDialog />;
  if (dialog === 'csvImport') return <CsvImportDialog />;
  if (dialog === 'csvExport') return <ExportDialog />;
  if (dialog === 'report') return <ReportDialog />;
  if (dialog === 'help') return <HelpDialog />;
  if (dialog === 'restoreExample') return <RestoreExampleDialog />;
  if (typeof dialog === 'object' && dialog?.kind === 'divisionPaste')
    return <PasteDivisionDialog file={dialog.file} onClose={() => store.getState().setDialog(null)} />;
  if (typeof dialog === 'object' && dialog?.kind === 'exchangeImport') return <ExchangeImportDialog review={dialog} />;
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

function CsvImportDialog() {
  const t = useT();
  const store = useAppStore();
  const close = () => store.getState().setDialog(null);
  const go = (kind: 'goals' | 'links') => {
    close();
    void importCsv(store, kind).catch((error: unknown) => reportPlatformError(store, error, 'app.cmd.importCsv'));
  };
  // A division is not added as rows: the file opens in the paste dialog, which previews it before anything is stored.
  const goDivision = () => {
    close();
    void chooseDivisionFile(store).catch((error: unknown) => reportPlatformError(store, error, 'app.cmd.importCsv'));
  };
  // A workbook or network file is checked whole in the background, then shown before anything is stored.
  const goExchange = () => {
    close();
    void importExchangeFile(store).catch((error: unknown) =>
      reportPlatformError(store, error, 'app.cmd.importExchange'),
    );
  };
  return (
    <Dialog
      open
      title={t('app.csv.importTitle')}
      onClose={close}
      footer={<Button onClick={close}>{t('app.action.cancel')}</Button>}
    >
      <p>{t('app.csv.importExplain')}</p>
      <div className="choice-row">
        <Button variant="primary" onClick={() => go('goals')}>
          {t('app.csv.goals')}
        </Button>
        <Button variant="primary" onClick={() => go('links')}>
          {t('app.csv.links')}
        </Button>
        <Button variant="primary" onClick={goDivision}>
          {t('app.csv.division')}
        </Button>
        <Button variant="primary" onClick={goExchange}>
          {t('app.csv.exchange')}
        </Button>
      </div>
      <p className="explain">{t('app.csv.divisionExplain')}</p>
      <p className="explain">{t('app.csv.exchangeExplain')}</p>
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
