import { useT } from '../../app/StoreContext';
import { Button } from '../../components/Button';
import { MAP_LAYOUTS, type MapLayout } from './layoutInput';

interface MapToolbarProps {
  layout: MapLayout;
  onLayout(layout: MapLayout): void;
  colourBy: 'domain' | 'holder';
  onColourBy(by: 'domain' | 'holder'): void;
  search: string;
  onSearch(query: string): void;
  found: number;
  onSearchEnter(): void;
  linkMode: boolean;
  onLinkMode(on: boolean): void;
  /** How many goals are pinned (unpinning all is offered beside "Opnieuw schikken"). */
  pins: number;
  onRelayout(): void;
  onUnpinAll(): void;
  onExport(kind: 'png' | 'svg'): void;
}

/**
 * The map's settings and actions, above the canvas; every one is a plain control, reachable by Tab. Those marked
 * `map-authoring` (search, drawing, arranging, export) are left out in workshop mode, which only presents.
 */
export function MapToolbar(p: MapToolbarProps) {
  const t = useT();
  return (
    <div className="map-toolbar no-print" role="toolbar" aria-label={t('app.map.toolbar')}>
      <label className="inline-field">
        {t('app.map.layout')}{' '}
        <select value={p.layout} onChange={(e) => p.onLayout(e.target.value as MapLayout)}>
          {MAP_LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t(`app.map.layoutOption.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="map-segment" role="group" aria-label={t('app.map.colourBy')}>
        <span aria-hidden="true">{t('app.map.colourBy')}</span>
        <Button aria-pressed={p.colourBy === 'domain'} onClick={() => p.onColourBy('domain')}>
          {t('app.map.colourByDomain')}
        </Button>
        <Button aria-pressed={p.colourBy === 'holder'} onClick={() => p.onColourBy('holder')}>
          {t('app.map.colourByHolder')}
        </Button>
      </div>
      <label className="search map-search map-authoring">
        <span className="sr-only">{t('app.map.search')}</span>
        <input
          type="search"
          placeholder={t('app.map.search')}
          value={p.search}
          onChange={(e) => p.onSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') p.onSearchEnter();
          }}
        />
      </label>
      {p.search.trim() ? (
        <span className="map-found map-authoring" role="status">
          {t('app.map.found', { count: p.found })}
        </span>
      ) : null}
      <Button className="map-authoring" aria-pressed={p.linkMode} onClick={() => p.onLinkMode(!p.linkMode)}>
        {t('app.map.drawLink')}
      </Button>
      <Button className="map-authoring" onClick={p.onRelayout}>
        {t('app.map.relayout')}
      </Button>
      {p.pins ? (
        <Button className="map-authoring" onClick={p.onUnpinAll}>
          {t('app.map.unpinAll', { count: p.pins })}
        </Button>
      ) : null}
      <div className="map-segment map-authoring" role="group" aria-label={t('app.map.export')}>
        <Button onClick={() => p.onExport('png')}>{t('app.map.exportPng')}</Button>
        <Button onClick={() => p.onExport('svg')}>{t('app.map.exportSvg')}</Button>
      </div>
    </div>
  );
}
