import { useId } from 'react';
import { useT } from '../../app/StoreContext';
import type { PartyBandSetting } from './partyBand';
import './coverage.css';

/**
 * "Houd partijen binnen ± … procentpunt van hun zetelaandeel (doelen / begroting)": a constraint beside the
 * balance between holders. Without parties with seats there is no seat share to keep to: disabled, and it says so.
 */
export function PartyBandControl({
  value,
  onChange,
  hasSeats,
  disabled,
}: {
  value: PartyBandSetting;
  onChange(next: PartyBandSetting): void;
  hasSeats: boolean;
  disabled: boolean;
}) {
  const t = useT();
  const hintId = useId();
  const off = disabled || !hasSeats;
  return (
    <fieldset className="party-band no-print" disabled={off} aria-describedby={hintId}>
      <legend>{t('app.partyBand.legend')}</legend>
      <label>
        <input
          type="checkbox"
          checked={value.on && hasSeats}
          onChange={(e) => onChange({ ...value, on: e.target.checked })}
        />{' '}
        {t('app.partyBand.keep')}
      </label>
      <label className="inline-field">
        {t('app.partyBand.within')}{' '}
        <input
          type="number"
          className="num-input"
          min={0}
          max={100}
          step={1}
          value={value.points}
          disabled={off || !value.on}
          onChange={(e) =>
            onChange({ ...value, points: Math.max(0, Math.min(100, Math.round(Number(e.target.value) || 0))) })
          }
        />{' '}
        {t('app.partyBand.points')}
      </label>
      <label className="inline-field">
        {t('app.partyBand.by')}{' '}
        <select
          value={value.by}
          disabled={off || !value.on}
          onChange={(e) => onChange({ ...value, by: e.target.value as PartyBandSetting['by'] })}
        >
          <option value="goals">{t('app.partyBand.byGoals')}</option>
          <option value="budget">{t('app.partyBand.byBudget')}</option>
        </select>
      </label>
      <p id={hintId} className="field-hint">
        {t(hasSeats ? 'app.partyBand.hint' : 'app.partyBand.noSeats')}
      </p>
    </fieldset>
  );
}
