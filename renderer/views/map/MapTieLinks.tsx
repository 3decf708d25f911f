import { useMemo } from 'react';
import { useApp, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { formatNumber } from '../../i18n/format';

/**
 * The goal-level links behind a tie at subject level, each with its two goals, kind, strength and rationale, so
 * every figure on the map can be traced to the links a user drew or took from the catalogue.
 */
export function MapTieLinks({ linkIds }: { linkIds: readonly string[] }) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const project = useApp((s) => s.project);
  const names = useDerived().names;
  const byId = useMemo(() => new Map((project?.links ?? []).map((l) => [l.id, l])), [project?.links]);
  const links = linkIds
    .map((id) => byId.get(id))
    .filter((l) => l !== undefined)
    .sort((a, b) => b.strength - a.strength);
  return (
    <details className="map-tie-links">
      <summary>{t('app.map.tieLinks', { count: links.length })}</summary>
      <ul>
        {links.map((l) => (
          <li key={l.id}>
            {names.node(l.source)} — <em>{t(`app.kind.${l.kind}`)}</em>,{' '}
            {t('app.map.strengthValue', { value: formatNumber(l.strength, locale, 1) })} — {names.node(l.target)}
            {l.rationale ? <span className="map-link-rationale">{l.rationale}</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
