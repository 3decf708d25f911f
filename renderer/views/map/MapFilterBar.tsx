import { useApp, useT } from '../../app/StoreContext';
import { Button } from '../../components/Button';
import type { Translate } from '../../i18n/translate';
import {
  FILTER_DIMENSIONS,
  NO_FILTERS,
  NO_HOLDER,
  addFilter,
  filterChips,
  filterOptions,
  hasFilters,
  removeChip,
  type FilterChip,
  type FilterDimension,
  type MapFilters,
} from './mapFilters';
import type { MapModel } from './viewModel';

/** A filter value in words: names for domains, holders and laws; themes and taakveld codes as they are. */
export function filterValueLabel(model: MapModel, d: FilterDimension, value: string, t: Translate): string {
  if (d === 'domain') return model.domains.find((x) => x.id === value)?.name ?? value;
  if (d === 'holder')
    return value === NO_HOLDER ? t('app.map.unassigned') : (model.holders.find((x) => x.id === value)?.name ?? value);
  if (d === 'law') return t(`app.law.${value as 'wmo2015'}`);
  return value;
}

export function chipLabel(model: MapModel, chip: FilterChip, t: Translate): string {
  if (chip.type === 'onlySplit') return t('app.map.onlySplit');
  if (chip.type === 'ego')
    return t('app.map.egoChip', {
      title: model.nodes[model.index.get(chip.id) ?? -1]?.label ?? chip.id,
      depth: chip.depth,
    });
  return `${t(`app.map.filter.${chip.dimension}`)}: ${filterValueLabel(model, chip.dimension, chip.value, t)}`;
}

/**
 * Filters as pickers that add a chip each; every chip removes itself with one click, "Filters wissen" removes
 * them all. Filtered goals are hidden, not moved: clearing a filter brings back the same map.
 */
export function MapFilterBar({
  model,
  filters,
  onChange,
}: {
  model: MapModel;
  filters: MapFilters;
  onChange(f: MapFilters): void;
}) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const chips = filterChips(filters);
  return (
    <div className="map-filters no-print">
      <div className="map-filter-pickers" role="group" aria-label={t('app.map.filters')}>
        {FILTER_DIMENSIONS.map((d) => {
          const options = filterOptions(model, d).filter((v) => !filters.values[d].includes(v));
          if (!options.length && !filters.values[d].length) return null;
          return (
            <label key={d} className="inline-field">
              <span className="sr-only">{t('app.map.addFilter', { what: t(`app.map.filter.${d}`) })}</span>
              <select
                value=""
                onChange={(e) => {
                  if (e.target.value) onChange(addFilter(filters, d, e.target.value));
                }}
              >
                <option value="">{t(`app.map.filter.${d}`)}…</option>
                {options
                  .map((v) => ({ v, label: filterValueLabel(model, d, v, t) }))
                  .sort((a, b) => (d === 'holder' || d === 'domain' ? 0 : a.label.localeCompare(b.label, locale)))
                  .map(({ v, label }) => (
                    <option key={v} value={v}>
                      {label}
                    </option>
                  ))}
              </select>
            </label>
          );
        })}
        <label className="inline-field map-check">
          <input
            type="checkbox"
            checked={filters.onlySplit}
            onChange={(e) => onChange({ ...filters, onlySplit: e.target.checked })}
          />{' '}
          {t('app.map.onlySplit')}
        </label>
      </div>
      {chips.length ? (
        <ul className="map-chips" aria-label={t('app.map.activeFilters')}>
          {chips.map((c) => {
            const label = chipLabel(model, c, t);
            return (
              <li key={c.type === 'value' ? `${c.dimension}:${c.value}` : c.type} className="map-chip">
                {label}
                <Button
                  variant="ghost"
                  icon="✕"
                  label={t('app.map.removeFilter', { filter: label })}
                  onClick={() => onChange(removeChip(filters, c))}
                />
              </li>
            );
          })}
          {hasFilters(filters) ? (
            <li>
              <Button variant="ghost" onClick={() => onChange(NO_FILTERS)}>
                {t('app.map.clearFilters')}
              </Button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
