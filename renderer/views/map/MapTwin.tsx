import { useMemo, useState } from 'react';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { Button } from '../../components/Button';
import { linkWords } from './cursorText';
import { visibility, type MapFilters } from './mapFilters';
import { linkOrder, otherEnd, type MapModel } from './viewModel';
import { nodeTitle } from './nodeWords';

/**
 * The map as a list: every goal the map shows (after the filters), its domain and holder, and each of its links
 * in words. It is the canvas's accessible twin: a screen reader reads the map here, and a keyboard user can
 * select any goal from it. Drawn only while open, so a map of thousands of goals costs nothing until then.
 */
export function MapTwin({
  model,
  filters,
  onSelect,
}: {
  model: MapModel;
  filters: MapFilters;
  onSelect(id: string): void;
}) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const selection = useApp((s) => s.selection);
  const [open, setOpen] = useState(false);
  const vis = useMemo(() => visibility(model, filters), [model, filters]);
  const holder = (id: string | null) =>
    id ? (model.holders.find((h) => h.id === id)?.name ?? id) : t('app.map.unassigned');
  const domain = (id: string) => model.domains.find((d) => d.id === id)?.name ?? id;
  const summary =
    model.level === 'subject'
      ? t('app.map.twinSubjects', { nodes: vis.nodeCount, ties: vis.linkCount })
      : t('app.map.twin', { goals: vis.nodeCount, links: vis.linkCount });
  return (
    <details className="map-twin" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>
        {summary}
        {vis.nodeCount < model.nodes.length
          ? ` ${t('app.map.twinHidden', { count: model.nodes.length - vis.nodeCount })}`
          : ''}
      </summary>
      {open ? (
        <table className="table map-twin-table">
          <caption className="sr-only">{summary}</caption>
          <thead>
            <tr>
              <th scope="col">{t('app.goal.title')}</th>
              <th scope="col">{t('app.goal.domain')}</th>
              <th scope="col">{t('app.map.holder')}</th>
              <th scope="col">{t('app.map.links')}</th>
            </tr>
          </thead>
          <tbody>
            {model.nodes.map((n, v) =>
              vis.nodes[v] ? (
                <tr key={n.id}>
                  <th scope="row">
                    <Button
                      variant="ghost"
                      aria-pressed={selection.includes(n.id)}
                      onClick={() => {
                        store.getState().select([n.id]);
                        onSelect(n.id);
                      }}
                    >
                      {nodeTitle(n, t)}
                    </Button>
                  </th>
                  <td>{domain(n.domainId)}</td>
                  <td>{holder(n.holderId)}</td>
                  <td>
                    <ul className="map-twin-links">
                      {linkOrder(model, v, locale)
                        .filter((e) => vis.links[e])
                        .map((e) => (
                          <li key={model.links[e]!.id}>
                            {nodeTitle(model.nodes[otherEnd(model.links[e]!, v)]!, t)} — {linkWords(model.links[e]!, t)}
                          </li>
                        ))}
                    </ul>
                  </td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
