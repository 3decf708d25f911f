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
    </div>
  );
}
