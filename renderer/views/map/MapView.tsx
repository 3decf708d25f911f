import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useChosenDraft, useCompareDraft } from '../../derived/useDraft';
import { dispatch } from '../../store/commands/dispatch';
import { addLink } from '../../store/commands/editCommands';
import { unpinGoals } from '../../store/commands/mapCommands';
import { LinkForm } from '../links/LinkForm';
import { Button } from '../../components/Button';
import { walkFocus } from '../workshop/walkFocus';
import { useProjectorScale } from '../workshop/useProjectorScale';
import { createMapEngine, mapModelOf, type MapEngine } from './engine';
import { NO_FILTERS, searchNodes, type MapFilters } from './mapFilters';
import type { MapLayout } from './layoutInput';
import { coverSummary, legendSections } from './mapLegend';
import { exportMap } from './mapExport';
import { MapToolbar } from './MapToolbar';
import { MapFilterBar } from './MapFilterBar';
import { MapPanel } from './MapPanel';
import { MapTwin } from './MapTwin';
import { MapMenu } from './MapMenu';
import { cursorText } from './cursorText';
import { nodeNote } from './nodeWords';
import { nodeOf, type MapModel } from './viewModel';
import type { Translate } from '../../i18n/translate';
import './map.css';

/** The bench reads frame times through this (only with #bench in the address; nothing else uses it). */
declare global {
  interface Window {
    samenhangMapBench?: MapEngine;
  }
}

/**
 * The goal map (tab "Kaart"): goals as a graph, laid out in a worker and drawn on a canvas by the engine; this
 * component only holds the view's settings and the panels around the canvas. The engine is created once and
 * reads the store itself, so nothing here re-renders while the layout moves.
 */
export function MapView() {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const model = useApp((s) => mapModelOf(s))!;
  const selection = useApp((s) => s.selection);
  const pins = useApp((s) => s.project?.mapPositions.length ?? 0);
  // Larger titles on a projector.
  const labelScale = useProjectorScale();
  const draft = useChosenDraft();
  const compare = useCompareDraft();
  const [layout, setLayout] = useState<MapLayout>('free');
  const [colourBy, setColourBy] = useState<'domain' | 'holder'>('domain');
  const [filters, setFilters] = useState<MapFilters>(NO_FILTERS);
  const [search, setSearch] = useState('');
  const [linkMode, setLinkMode] = useState(false);
  const [linkDraft, setLinkDraft] = useState<{ source: string; target?: string } | null>(null);
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<MapEngine | null>(null);

  const groupLabel = useCallback(
    (name: string | null, count: number) => t('app.map.groupLabel', { name: name ?? t('app.map.unassigned'), count }),
    [t],
  );
  const note = useCallback((node: Parameters<typeof nodeNote>[0]) => nodeNote(node, t), [t]);
  const options = { layout, colourBy, filters, search, linkMode, groupLabel, labelScale, nodeNote: note };
  // The engine starts with the first settings; the effect below hands it every later change.
  const optionsRef = useRef(options);

  useEffect(() => {
    // In a workshop the guided walk lights up one pair's split links at a time and zooms to them. The zoom waits
    // two frames: starting the walk opens its panel beside the map, and the map must have its new width first;
    // it is done again once the layout settles, as goals still moving would leave the pair off screen.
    let fitFrame = 0;
    const fitWalk = () => {
      cancelAnimationFrame(fitFrame);
      fitFrame = requestAnimationFrame(() => {
        fitFrame = requestAnimationFrame(() => {
          const focus = walkFocus(store.getState());
          if (focus?.linkIds.length) engineRef.current?.fitToLinks(focus.linkIds);
        });
      });
    };
    const engine = createMapEngine(canvasRef.current!, store, optionsRef.current, {
      onDrawLink: (source, target) => setLinkDraft({ source, target }),
      onContextMenu: (id, x, y) => setMenu({ id, x, y }),
      onCursor: setCursor,
      onLayout: (state) => {
        if (state === 'settled') fitWalk();
      },
    });
    engineRef.current = engine;
    if (location.hash === '#bench') window.samenhangMapBench = engine;
    const applyWalk = () => {
      engine.highlight(walkFocus(store.getState()));
      fitWalk();
    };
    applyWalk();
    const off = store.subscribe((s, prev) => {
      if (s.walkStep !== prev.walkStep || s.workshop !== prev.workshop) applyWalk();
    });
    return () => {
      cancelAnimationFrame(fitFrame);
      off();
      engine.destroy();
      engineRef.current = null;
      if (window.samenhangMapBench === engine) delete window.samenhangMapBench;
    };
  }, [store]);

  // The map takes the rest of the window below the controls (never less than 420 px), so it is seen whole.
  useEffect(() => {
    const stage = stageRef.current!;
    const size = () => {
      const top = stage.getBoundingClientRect().top + window.scrollY;
      stage.style.height = `${Math.max(420, Math.floor(window.innerHeight - top - 12))}px`;
    };
    size();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(size) : null;
    const main = stage.closest('main');
    if (main) observer?.observe(main);
    window.addEventListener('resize', size);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', size);
    };
  }, []);

  useEffect(() => {
    engineRef.current?.setOptions({
      layout,
      colourBy,
      filters,
      search,
      linkMode,
      groupLabel,
      labelScale,
      nodeNote: note,
    });
  }, [layout, colourBy, filters, search, linkMode, groupLabel, labelScale, note]);

  const found = useMemo(() => searchNodes(model, search), [model, search]);
  // At subject level a goal selected elsewhere selects the node it is grouped in.
  const selectedAt = [...selection]
    .reverse()
    .map((id) => nodeOf(model, id))
    .find((v) => v !== undefined);
  const selectedId = selectedAt === undefined ? null : model.nodes[selectedAt]!.id;
  const names = { draft: draft?.name ?? '', compare: compare?.name ?? null };
  const legend = useMemo(
    () => legendSections(model, colourBy, t, { draft: draft?.name ?? '', compare: compare?.name ?? null }),
    [model, colourBy, t, draft?.name, compare?.name],
  );
  const engine = () => engineRef.current;

  const onExport = (kind: 'png' | 'svg') => {
    const e = engine();
    if (!e) return;
    void exportMap(store, e, kind, {
      title: `${store.getState().project?.name ?? ''} — ${t('app.tabs.map')}`,
      subtitle: compare
        ? t('app.map.exportSubtitleCompare', { draft: names.draft, compare: names.compare ?? '' })
        : t('app.map.exportSubtitle', { draft: names.draft }),
      legend,
    });
  };

  return (
    <section aria-labelledby="map-heading" className="map-view">
      <div className="view-head">
        <h2 id="map-heading">{t(model.level === 'subject' ? 'app.map.headingSubjects' : 'app.map.heading')}</h2>
        <p className="map-summary">
          {mapSummary(model, names.draft, t, 'summary')}
          {coverSummary(model, t)}
        </p>
      </div>
      <MapToolbar
        layout={layout}
        onLayout={setLayout}
        colourBy={colourBy}
        onColourBy={setColourBy}
        search={search}
        onSearch={setSearch}
        found={found.length}
        onSearchEnter={() => {
          const first = found[0];
          if (first === undefined) return;
          const id = model.nodes[first]!.id;
          store.getState().select([id]);
          engine()?.centreOn(id);
        }}
        linkMode={linkMode}
        onLinkMode={setLinkMode}
        pins={pins}
        onRelayout={() => engine()?.relayout()}
        onUnpinAll={() => dispatch(store, unpinGoals, 'all')}
        onExport={onExport}
      />
      <MapFilterBar model={model} filters={filters} onChange={setFilters} />
      {linkMode ? (
        <p className="map-mode-hint" role="status">
          {t('app.map.linkModeHint')}
        </p>
      ) : null}
      <div className="map-stage" ref={stageRef}>
        <div className="map-canvas-wrap">
          <div className="map-zoom no-print" role="group" aria-label={t('app.map.view')}>
            <Button icon="+" label={t('app.map.zoomIn')} onClick={() => engine()?.zoomBy(1.25)} />
            <Button icon="−" label={t('app.map.zoomOut')} onClick={() => engine()?.zoomBy(0.8)} />
            <Button onClick={() => engine()?.fit()}>{t('app.map.fit')}</Button>
          </div>
          {/* A keyboard-operated widget (arrow keys, Enter, Esc, +/−): 'application' hands it the keys; its text
              twin is the list below and the side panel. */}
          <canvas
            ref={canvasRef}
            className="map-canvas"
            tabIndex={0}
            // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
            role="application"
            aria-roledescription={t('app.map.roleDescription')}
            aria-label={mapSummary(model, names.draft, t, 'canvasLabel')}
            aria-describedby="map-keys"
          />
          <p id="map-keys" className="sr-only">
            {t('app.map.keys')}
          </p>
          <p className="sr-only" aria-live="polite">
            {cursor ? cursorText(model, cursor, selectedId, t, locale) : ''}
          </p>
        </div>
        <MapPanel
          model={model}
          goalId={selectedId}
          cursor={cursor}
          draft={draft}
          compare={compare}
          layout={layout}
          legend={legend}
          onDrawFrom={(id) => setLinkDraft({ source: id })}
          onEgo={(id, depth) => setFilters((f) => ({ ...f, ego: { id, depth } }))}
          onCentre={(id) => engine()?.centreOn(id)}
        />
      </div>
      <MapTwin model={model} filters={filters} onSelect={(id) => engine()?.centreOn(id)} />
      {menu ? (
        <MapMenu
          {...menu}
          model={model}
          draft={draft}
          onClose={() => {
            setMenu(null);
            canvasRef.current?.focus();
          }}
          onDrawFrom={(id) => setLinkDraft({ source: id })}
          onEgo={(id) => setFilters((f) => ({ ...f, ego: { id, depth: 1 } }))}
          onCentre={(id) => engine()?.centreOn(id)}
        />
      ) : null}
      {linkDraft ? (
        <LinkForm
          project={store.getState().project!}
          sourceId={linkDraft.source}
          targetId={linkDraft.target}
          onClose={() => setLinkDraft(null)}
          onSave={(input) => dispatch(store, addLink, input, { inline: true })}
        />
      ) : null}
    </section>
  );
}

/** The line above the map and the canvas's name: goals and links, or at subject level nodes, ties and the links in them. */
function mapSummary(model: MapModel, draft: string, t: Translate, key: 'summary' | 'canvasLabel'): string {
  if (model.level === 'goal')
    return t(`app.map.${key}`, {
      goals: model.nodes.length,
      links: model.links.length,
      split: model.counts.split,
      draft,
    });
  const subjects = model.nodes.filter((n) => n.kind === 'subject').length;
  return t(`app.map.${key}Subjects`, {
    subjects,
    count: model.nodes.length - subjects,
    ties: model.links.length,
    links: model.counts.kept + model.counts.split + model.counts.unassigned,
    splitTies: model.ties.split,
    split: model.counts.split,
    draft,
  });
}
