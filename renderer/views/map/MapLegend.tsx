import { useT } from '../../app/StoreContext';
import { symbolMarkup, type LegendSection } from './mapLegend';

/** The legend: every mark on the map with what it means (the same list the exported images carry). */
export function MapLegend({ sections }: { sections: LegendSection[] }) {
  const t = useT();
  return (
    <details className="map-legend" open>
      <summary>{t('app.map.legend')}</summary>
      {sections.map((sec) => (
        <section key={sec.title} className="map-legend-section">
          <h4>{sec.title}</h4>
          <ul>
            {sec.items.map((item) => (
              <li key={item.label}>
                <svg
                  className="map-symbol"
                  width="36"
                  height="16"
                  aria-hidden="true"
                  dangerouslySetInnerHTML={{ __html: symbolMarkup(item.symbol) }}
                />
                {item.label}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
