import { NO_FILTERS, type MapFilters } from './mapFilters';
import type { MapLayout } from './layoutInput';
import type { MapScene } from './mapScene';
import type { MapNode } from './viewModel';

export interface MapOptions {
  layout: MapLayout;
  colourBy: 'domain' | 'holder';
  filters: MapFilters;
  search: string;
  /** Dragging from a goal draws a link instead of moving it. */
  linkMode: boolean;
  /** Hull labels: the name of each group (holder or domain) and how many goals it shows. */
  groupLabel: (name: string | null, count: number) => string;
  /** Size of the goal titles (1 normally; larger in workshop mode, for a projector). */
  labelScale?: number;
  /** Words after a node's title on the map ("uitzondering op Armoede en schulden"), or null for none. */
  nodeNote?: (node: MapNode) => string | null;
}

export interface MapCallbacks {
  /** A link was drawn from one goal onto another: the view opens the link form. */
  onDrawLink?(sourceId: string, targetId: string): void;
  /** Right click, Shift+F10 or the context-menu key on a goal. */
  onContextMenu?(goalId: string, clientX: number, clientY: number): void;
  /** The arrow keys moved to another goal (or left it): the view announces it. */
  onCursor?(goalId: string | null): void;
  onLayout?(state: 'running' | 'settled'): void;
}

export interface MapEngine {
  setOptions(options: Partial<MapOptions>): void;
  /** Zoom and pan so every goal on the map (or only these) fits the screen. */
  fit(ids?: readonly string[]): void;
  zoomBy(factor: number): void;
  centreOn(goalId: string): void;
  /** Lay out again what is not pinned, from scratch. */
  relayout(): void;
  /** Show these links and goals at full strength and dim the rest (workshop walk); null restores the selection. */
  highlight(h: { linkIds: readonly string[]; goalIds: readonly string[] } | null): void;
  /** Zoom to the goals at the ends of these links. */
  fitToLinks(linkIds: readonly string[]): void;
  /** The frame as it is drawn now, for the exports. */
  scene(): MapScene | null;
  cursor(): string | null;
  layoutState(): 'running' | 'settled';
  /** Milliseconds the last (up to 240) frames took to draw, newest last, for the bench. */
  drawTimes(): number[];
  /** Frames drawn since the engine was created. */
  frameCount(): number;
  destroy(): void;
}

export const DEFAULT_MAP_OPTIONS: Omit<MapOptions, 'groupLabel'> = {
  layout: 'free',
  colourBy: 'domain',
  filters: NO_FILTERS,
  search: '',
  linkMode: false,
};
