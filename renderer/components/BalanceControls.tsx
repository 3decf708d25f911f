import { useApp, useAppStore, useT } from '../app/StoreContext';

/**
 * The one balance setting (balance by goals or budget, within ± %) that the board's bands, the suggestions and the
 * optimiser share: every place that shows it edits the same store value, so they can never disagree.
 */
export function BalanceControls({ disabled = false }: { disabled?: boolean }) {
  const t = useT();
  const store = useAppStore();
  const by = useApp((s) => s.balance.by);
  const percent = useApp((s) => Math.round(s.balance.tolerance * 100));
  return (
    <>
      <label className="inline-field">
        {t('app.balance.by')}{' '}
        <select
          value={by}
          disabled={disabled}
          onChange={(e) => store.getState().setBalance({ by: e.target.value as 'goals' | 'budget' })}
        >
          <option value="goals">{t('app.balance.goals')}</option>
          <option value="budget">{t('app.balance.budget')}</option>
        </select>
      </label>
      <label className="inline-field">
        {t('app.balance.tolerance')}{' '}
        <input
          type="number"
          min={0}
          max={100}
          step={1}
          className="num-input"
          value={percent}
          disabled={disabled}
          onChange={(e) => store.getState().setBalance({ tolerance: Math.max(0, Number(e.target.value) || 0) / 100 })}
        />
      </label>
    </>
  );
}
