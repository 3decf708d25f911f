import { useApp, useAppStore, useT } from './StoreContext';

/**
 * The one place a draft is chosen: every view (table, map, board, matrix, report, optimiser) works on this draft,
 * and map, board and figures compare it with the second one when one is chosen. The choice survives a reload.
 */
export function DraftPicker() {
  const t = useT();
  const store = useAppStore();
  const divisions = useApp((s) => s.project?.divisions ?? []);
  const draftId = useApp((s) => s.draftId);
  const compareId = useApp((s) => s.compareDraftId);
  const hasSubjects = useApp((s) => (s.project?.subjects.length ?? 0) > 0);
  const level = useApp((s) => s.level);
  if (!divisions.length) return null;
  const chosen = divisions.find((d) => d.id === draftId) ?? divisions[0]!;
  return (
    <div className="draft-picker no-print">
      <label className="inline-field">
        {t('app.header.draft')}{' '}
        <select value={chosen.id} onChange={(e) => store.getState().chooseDraft(e.target.value)}>
          {divisions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {divisions.length > 1 ? (
        <label className="inline-field">
          {t('app.header.compare')}{' '}
          <select value={compareId ?? ''} onChange={(e) => store.getState().chooseCompareDraft(e.target.value || null)}>
            <option value="">{t('app.header.noCompare')}</option>
            {divisions
              .filter((d) => d.id !== chosen.id)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
          </select>
        </label>
      ) : null}
      {hasSubjects ? (
        <fieldset className="level-switch">
          <legend>{t('app.header.level')}</legend>
          {(['subject', 'goal'] as const).map((l) => (
            <label key={l}>
              <input
                type="radio"
                name="node-level"
                value={l}
                checked={level === l}
                onChange={() => store.getState().chooseLevel(l)}
              />
              {t(l === 'subject' ? 'app.header.levelSubjects' : 'app.header.levelGoals')}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
