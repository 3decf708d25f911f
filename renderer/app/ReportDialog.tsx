import { useId, useState } from 'react';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { useChosenDraft } from '../derived/useDraft';
import { exportReport, REPORT_FORMATS, type ReportFileFormat, type ReportRequest } from './reportExport';
import { useApp, useAppStore, useT } from './StoreContext';

/**
 * "Rapport": the report of one draft (the chosen one by default) or a comparison of two (the compare draft of the
 * header by default), as PDF, HTML, Markdown or Word, saved through the platform like every export.
 */
export function ReportDialog() {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project);
  const chosen = useChosenDraft();
  const compareDefault = useApp((s) => s.compareDraftId);
  const divisions = project?.divisions ?? [];
  const [kind, setKind] = useState<ReportRequest['kind']>(compareDefault ? 'compare' : 'draft');
  const [draftId, setDraftId] = useState(chosen?.id ?? divisions[0]?.id ?? '');
  const [compareId, setCompareId] = useState(
    compareDefault ?? divisions.find((d) => d.id !== (chosen?.id ?? divisions[0]?.id))?.id ?? '',
  );
  const [format, setFormat] = useState<ReportFileFormat>('pdf');
  const ids = { draft: useId(), compare: useId() };
  const close = () => store.getState().setDialog(null);
  if (!project) return null;
  const comparing = kind === 'compare';
  const ready = divisions.some((d) => d.id === draftId) && (!comparing || (compareId !== '' && compareId !== draftId));
  const go = () => {
    if (!ready) return;
    close();
    void exportReport(store, { kind, draftId, compareId: comparing ? compareId : null, format });
  };
  const options = divisions.map((d) => (
    <option key={d.id} value={d.id}>
      {d.name}
    </option>
  ));
  return (
    <Dialog
      open
      title={t('report.ui.title')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('app.action.cancel')}</Button>
          <Button variant="primary" disabled={!ready} onClick={go}>
            {t('report.ui.make')}
          </Button>
        </>
      }
    >
      {divisions.length === 0 ? (
        <p>{t('report.ui.noDraft')}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            go();
          }}
        >
          <p className="explain">{t('report.ui.explain')}</p>
          <fieldset>
            <legend>{t('report.ui.what')}</legend>
            {(['draft', 'compare'] as const).map((k) => (
              <label key={k}>
                <input
                  type="radio"
                  name="report-kind"
                  value={k}
                  checked={kind === k}
                  disabled={k === 'compare' && divisions.length < 2}
                  onChange={() => setKind(k)}
                />{' '}
                {t(`report.ui.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          <p>
            <label htmlFor={ids.draft}>{t(comparing ? 'report.ui.firstDraft' : 'report.ui.draft')}</label>{' '}
            <select id={ids.draft} value={draftId} onChange={(e) => setDraftId(e.target.value)}>
              {options}
            </select>
          </p>
          {comparing ? (
            <p>
              <label htmlFor={ids.compare}>{t('report.ui.secondDraft')}</label>{' '}
              <select id={ids.compare} value={compareId} onChange={(e) => setCompareId(e.target.value)}>
                {options}
              </select>
              {compareId === draftId ? <span className="warning-line"> {t('report.ui.sameDraft')}</span> : null}
            </p>
          ) : null}
          <fieldset>
            <legend>{t('report.ui.format')}</legend>
            {REPORT_FORMATS.map((f) => (
              <label key={f}>
                <input
                  type="radio"
                  name="report-format"
                  value={f}
                  checked={format === f}
                  onChange={() => setFormat(f)}
                />{' '}
                {t(`report.ui.formatName.${f}`)}
              </label>
            ))}
          </fieldset>
          <p className="explain">{t(`report.ui.formatHint.${format}`)}</p>
          <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
        </form>
      )}
    </Dialog>
  );
}
