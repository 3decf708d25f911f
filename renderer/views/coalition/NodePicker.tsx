import { useId, useMemo, useState } from 'react';
import { useT } from '../../app/StoreContext';
import { filterNodeOptions, toggled, type NodeOption } from './nodeOptions';

interface Props {
  legend: string;
  hint?: string;
  options: readonly NodeOption[];
  chosen: readonly string[];
  onChange(chosen: string[]): void;
  /** Marks the fieldset invalid (a problem names it). */
  error?: string;
}

/**
 * Subjects and goals to tick, with a filter box above the list: a searchable multi-select made of plain checkboxes,
 * so it works with the keyboard and a screen reader as any form does. What is chosen stays listed and is summed up.
 */
export function NodePicker({ legend, hint, options, chosen, onChange, error }: Props) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const chosenSet = useMemo(() => new Set(chosen), [chosen]);
  const shown = useMemo(() => filterNodeOptions(options, query, chosenSet), [options, query, chosenSet]);
  const groups = (['subject', 'goal'] as const)
    .map((kind) => ({ kind, items: shown.filter((o) => o.kind === kind) }))
    .filter((g) => g.items.length);
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const described = [hint ? `${id}-hint` : '', `${id}-count`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <fieldset className={`node-picker${error ? ' field-invalid' : ''}`} aria-describedby={described}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <label className="search node-picker-filter">
        <span className="sr-only">{t('app.coalition.pickerFilter', { legend })}</span>
        <input
          type="search"
          placeholder={t('app.coalition.pickerFilterPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Enter would submit the whole form from the filter box; here it means nothing.
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
      </label>
      <div className="node-picker-list">
        {groups.length === 0 ? <p className="empty">{t('app.coalition.pickerNone')}</p> : null}
        {groups.map((g) => (
          <div key={g.kind} role="group" aria-labelledby={`${id}-${g.kind}`}>
            <p id={`${id}-${g.kind}`} className="node-picker-group">
              {g.kind === 'subject' ? t('app.coalition.subjects') : t('app.coalition.goals')}
            </p>
            {g.items.map((o) => (
              <label key={o.id}>
                <input type="checkbox" checked={chosenSet.has(o.id)} onChange={() => onChange(toggled(chosen, o.id))} />{' '}
                {o.name}
                {o.subjectName !== undefined ? <span className="coalition-muted"> · {o.subjectName}</span> : null}
              </label>
            ))}
          </div>
        ))}
      </div>
      <p id={`${id}-count`} className="field-hint" aria-live="polite">
        {chosen.length
          ? t('app.coalition.pickerChosen', {
              count: chosen.length,
              names: chosen.map((c) => byId.get(c)?.name ?? c).join(', '),
            })
          : t('app.coalition.pickerNoneChosen')}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
