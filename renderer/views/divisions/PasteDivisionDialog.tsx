import { useEffect, useId, useMemo, useState } from 'react';
import { newId, type Problem } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { ProblemList } from '../../app/ProblemList';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { reportPlatformError } from '../../app/reportPlatformError';
import type { OpenedFile } from '../../platform/Platform';
import { dispatch } from '../../store/commands/dispatch';
import { takeInPublishedDivision } from '../../store/commands/divisionImportCommands';
import { takeInDivision } from '../../store/commands/takeInDivision';
import type { AppKey } from '../../i18n/translate';
import {
  blockerOf,
  previewOf,
  readPaste,
  sourceIsEmpty,
  summaryParams,
  takeInInput,
  uniqueDraftName,
  type Decisions,
  type PasteSource,
  type Blocker,
} from './pasteDivisionModel';
import { DIVISION_FILE_FILTERS, readDivisionFile } from './readDivisionFile';
import { PastePreviewPanel } from './PastePreviewPanel';
import './pasteDivision.css';

/** Typing settles for this long before the preview reads the text again. */
const SETTLE_MS = 250;

const BLOCKER_KEYS: Record<Blocker, AppKey> = {
  empty: 'app.paste.blockEmpty',
  refused: 'app.paste.blockRefused',
  noHolders: 'app.paste.blockNoHolders',
  noName: 'app.paste.blockNoName',
};

/**
 * "Verdeling plakken": a division as the municipality published it, pasted or read from a file, previewed as the
 * user types (holders, what each subject matched, what did not), with a choice per unmatched subject. Nothing is
 * stored until "Verdeling overnemen", which makes holders, subjects, the new draft and the catalogue's links one
 * undo step and chooses the new draft.
 */
export function PasteDivisionDialog({ file, onClose }: { file?: OpenedFile | undefined; onClose(): void }) {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const lang = useApp((s) => s.locale);
  const [source, setSource] = useState<PasteSource>({ kind: 'text', text: '' });
  const [settled, setSettled] = useState<PasteSource>(source);
  const [name, setName] = useState(() => uniqueDraftName(project, t('app.paste.defaultName')));
  const [decisions, setDecisions] = useState<Decisions>({});
  const [reopened, setReopened] = useState<ReadonlySet<string>>(new Set());
  const [reading, setReading] = useState(false);
  const [confirmProblems, setConfirmProblems] = useState<readonly Problem[]>([]);
  const blockerId = useId();

  useEffect(() => {
    if (source === settled) return undefined;
    // A file arrives whole: no reason to wait. Typing settles first, so the preview does not flicker per key.
    const timer = setTimeout(() => setSettled(source), source.kind === 'text' ? SETTLE_MS : 0);
    return () => clearTimeout(timer);
  }, [source, settled]);

  const load = async (f: OpenedFile) => {
    setReading(true);
    try {
      const next = await readDivisionFile(f);
      setSource(next);
      setSettled(next);
    } finally {
      setReading(false);
    }
  };
  useEffect(() => {
    if (file) void load(file);
    // Only the file the dialog was opened with; later files come through its own button.
  }, [file]);

  // Matching depends on the project's subjects only; other edits need not read the text again.
  const subjects = project.subjects;
  const read = useMemo(() => (sourceIsEmpty(settled) ? null : readPaste({ subjects }, settled)), [subjects, settled]);
  const preview = useMemo(
    () => (read ? previewOf(project, read, decisions, reopened, lang) : null),
    [project, read, decisions, reopened, lang],
  );
  const typing = source !== settled;
  const blocker = typing && !sourceIsEmpty(source) ? null : blockerOf(preview, name);

  const chooseFile = () => {
    void store
      .getState()
      .deps.platform.openFile(DIVISION_FILE_FILTERS)
      .then((f) => (f ? load(f) : undefined))
      .catch((error: unknown) => reportPlatformError(store, error, 'app.paste.chooseFile'));
  };

  const confirm = () => {
    const now = store.getState().project;
    if (!now) return;
    // Read what is in the box now: a click right after typing must not take in the text of a moment ago.
    const fresh = readPaste(now, source);
    if (blockerOf(previewOf(now, fresh, decisions, reopened, lang), name)) return;
    const args = { input: takeInInput(fresh, decisions, name, lang), divisionId: newId('div') };
    const planned = takeInDivision(now, args);
    if (!planned.ok) return setConfirmProblems(planned.problems);
    const problems = dispatch(store, takeInPublishedDivision, args, { inline: true });
    if (problems.length > 0) return setConfirmProblems(problems);
    onClose();
    store.getState().notify({ kind: 'info', key: 'app.paste.done', params: summaryParams(planned.summary, name) });
  };

  return (
    <Dialog
      open
      title={t('app.paste.title')}
      onClose={onClose}
      footer={
        <>
          {blocker ? (
            <p id={blockerId} className="paste-blocker">
              {t(BLOCKER_KEYS[blocker])}
            </p>
          ) : null}
          <Button onClick={onClose}>{t('app.action.cancel')}</Button>
          <Button
            variant="primary"
            disabled={blocker !== null || reading}
            aria-describedby={blocker ? blockerId : undefined}
            onClick={confirm}
          >
            {t('app.paste.confirm')}
          </Button>
        </>
      }
    >
      <div className="paste-division">
        <div className="paste-input">
          <p className="explain">{t('app.paste.intro')}</p>
          {source.kind === 'table' ? (
            <div className="paste-file">
              <p>{t('app.paste.fromFile', { name: source.fileName })}</p>
              <Button onClick={() => setSource({ kind: 'text', text: '' })}>{t('app.paste.backToText')}</Button>
            </div>
          ) : (
            <Field label={t('app.paste.textLabel')} hint={t('app.paste.textHint')}>
              <textarea
                className="paste-text"
                rows={10}
                spellCheck={false}
                value={source.text}
                placeholder={t('app.paste.placeholder')}
                onChange={(e) => {
                  setSource({ kind: 'text', text: e.target.value });
                  setConfirmProblems([]);
                }}
              />
            </Field>
          )}
          <Field label={t('app.paste.nameLabel')}>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
          </Field>
          <p className="paste-file-choice">
            <Button onClick={chooseFile} disabled={reading}>
              {t('app.paste.chooseFile')}
            </Button>{' '}
            <span className="explain">{t('app.paste.fileKinds')}</span>
          </p>
          {confirmProblems.length > 0 ? (
            <div className="notice notice-error" role="alert">
              <div className="notice-text">
                <strong>{t('app.paste.refused')}</strong>
                <ProblemList problems={confirmProblems} t={t} />
              </div>
            </div>
          ) : null}
        </div>
        <PastePreviewPanel
          project={project}
          preview={preview}
          decisions={decisions}
          reading={reading || typing}
          onDecisions={setDecisions}
          onReopen={(key) => setReopened((r) => new Set([...r, key]))}
        />
      </div>
    </Dialog>
  );
}
