import { BALANCE_KINDS, type BalanceKind } from '../../shared/analysis/balanceRule';
import type { DraftLoads } from '../../shared/analysis/draftLoads';
import { useApp, useAppStore, useT } from '../app/StoreContext';
import { useChosenDraft } from '../derived/useDraft';
import type { BalanceSetting } from '../store/viewSlice';
import { Button } from './Button';
import { KIND_LABEL } from './balanceText';
import { useDraftLoads } from './useDraftLoads';
import './balanceControls.css';

type Measure = BalanceSetting['by'];

/** Today's load of every holder taking part, as maxima: where a maximum starts, so nothing is outside at once. */
const todayAsMax = (loads: DraftLoads | null, by: Measure): Record<string, number> =>
  Object.fromEntries((loads?.holders ?? []).map((h) => [h.holderId, h[by]]));

/**
 * The one balance setting (by goals or budget; measured against an equal share, the FTE share, today's load or a
 * maximum per holder; within ± %) that the board's bands, the suggestions and the optimiser share: every place that
 * shows it edits the same store value, so they can never disagree.
 */
export function BalanceControls({ disabled = false }: { disabled?: boolean }) {
  const t = useT();
  const store = useAppStore();
  const by = useApp((s) => s.balance.by);
  const kind = useApp((s) => s.balance.kind);
  const percent = useApp((s) => Math.round(s.balance.tolerance * 100));
  const project = useApp((s) => s.project);
  const loads = useDraftLoads(project, useChosenDraft());
  const set = (change: Partial<BalanceSetting>) => store.getState().setBalance(change);
  return (
    <>
      <label className="inline-field">
        {t('app.balance.by')}{' '}
        <select
          value={by}
          disabled={disabled}
          onChange={(e) => {
            const next = e.target.value as Measure;
            // Maxima count in the measure's unit: under a new measure they start again at today's load.
            set({ by: next, max: kind === 'max' ? todayAsMax(loads, next) : {} });
          }}
        >
          <option value="goals">{t('app.balance.goals')}</option>
          <option value="budget">{t('app.balance.budget')}</option>
        </select>
      </label>
      <label className="inline-field">
        {t('app.balance.kind')}{' '}
        <select
          value={kind}
          disabled={disabled}
          onChange={(e) => {
            const next = e.target.value as BalanceKind;
            const max = store.getState().balance.max;
            set(next === 'max' ? { kind: next, max: { ...todayAsMax(loads, by), ...max } } : { kind: next });
          }}
        >
          {BALANCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_LABEL[k])}
            </option>
          ))}
        </select>
      </label>
      {kind === 'max' ? (
        <HolderMaxima loads={loads} by={by} disabled={disabled} />
      ) : (
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
            onChange={(e) => set({ tolerance: Math.max(0, Number(e.target.value) || 0) / 100 })}
          />
        </label>
      )}
    </>
  );
}

/** A maximum per holder taking part, in goals or euros; an empty field is no maximum. */
function HolderMaxima({ loads, by, disabled }: { loads: DraftLoads | null; by: Measure; disabled: boolean }) {
  const t = useT();
  const store = useAppStore();
  const max = useApp((s) => s.balance.max);
  const names = useApp((s) => s.project?.portfolios);
  const holders = loads?.holders ?? [];
  const nameOf = (id: string) => names?.find((p) => p.id === id)?.holder ?? id;
  const setMax = (id: string, raw: string) => {
    const next = { ...store.getState().balance.max };
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v)) delete next[id];
    else next[id] = Math.max(0, by === 'goals' ? Math.floor(v) : v);
    store.getState().setBalance({ max: next });
  };
  const set = holders.filter((h) => max[h.holderId] !== undefined).length;
  return (
    <details className="balance-max">
      <summary>{t('app.balance.maxSummary', { count: set, of: holders.length })}</summary>
      <p className="explain">{t(by === 'goals' ? 'app.balance.maxExplainGoals' : 'app.balance.maxExplainBudget')}</p>
      <div className="balance-max-fields">
        {holders.map((h) => (
          <label key={h.holderId} className="inline-field">
            {nameOf(h.holderId)}{' '}
            <input
              type="number"
              min={0}
              step={by === 'goals' ? 1 : 1000}
              className={by === 'goals' ? 'num-input' : 'num-input money-input'}
              value={max[h.holderId] ?? ''}
              placeholder={t('app.balance.maxNone')}
              disabled={disabled}
              onChange={(e) => setMax(h.holderId, e.target.value)}
            />
          </label>
        ))}
      </div>
      <Button
        variant="ghost"
        disabled={disabled || holders.length === 0}
        onClick={() => store.getState().setBalance({ max: todayAsMax(loads, by) })}
      >
        {t('app.balance.maxToday')}
      </Button>
    </details>
  );
}
