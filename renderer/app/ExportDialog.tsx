import { useId } from 'react';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { useChosenDraft } from '../derived/useDraft';
import { EXPORT_IDS, EXPORTS, exportAvailable, runExport, type ExportGroup, type ExportId } from './exchangeExports';
import { reportPlatformError } from './reportPlatformError';
import { useApp, useAppStore, useT } from './StoreContext';

const GROUPS: readonly ExportGroup[] = ['tables', 'workbook', 'network', 'kumu'];

/**
 * Every export in one place, grouped by the program that opens it: each button writes one file for the draft the
 * header shows, in the UI's language. Subjects appear with subjects; the division and agenda need a draft.
 */
export function ExportDialog() {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project);
  const draft = useChosenDraft();
  const close = () => store.getState().setDialog(null);
  const go = (id: ExportId) => {
    close();
    void runExport(store, id).catch((error: unknown) => reportPlatformError(store, error, EXPORTS[id].labelKey));
  };
  if (!project) return null;
  const shown = EXPORT_IDS.filter((id) => !EXPORTS[id].needsSubjects || project.subjects.length > 0);
  return (
    <Dialog
      open
      title={t('app.export.title')}
      onClose={close}
      footer={<Button onClick={close}>{t('app.action.cancel')}</Button>}
    >
      <p>{draft ? t('app.export.explain', { draft: draft.name }) : t('app.export.noDraft')}</p>
      {GROUPS.map((group) => (
        <ExportGroupSection key={group} group={group}>
          {shown
            .filter((id) => EXPORTS[id].group === group)
            .map((id) => (
              <Button key={id} variant="primary" disabled={!exportAvailable(id, project)} onClick={() => go(id)}>
                {t(EXPORTS[id].labelKey)}
              </Button>
            ))}
        </ExportGroupSection>
      ))}
    </Dialog>
  );
}

function ExportGroupSection({ group, children }: { group: ExportGroup; children: React.ReactNode }) {
  const t = useT();
  const id = useId();
  return (
    <section className="export-group" aria-labelledby={id}>
      <h3 id={id}>{t(`app.export.group.${group}`)}</h3>
      <p className="explain">{t(`app.export.group.${group}Hint`)}</p>
      <div className="choice-row">{children}</div>
    </section>
  );
}
