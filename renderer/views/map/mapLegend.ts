import type { Translate } from '../../i18n/translate';
import {
  COMPARE_STYLES,
  HALO,
  INK,
  KIND_MARKS,
  LINK_STYLES,
  lineStyle,
  linkWidth,
  shapeAt,
  shapePath,
  type NodeShape,
} from './mapStyle';
import { UNASSIGNED_COLOUR, type CoverMark, type LinkStatus, type MapModel } from './viewModel';

export type LegendSymbol =
  | { type: 'node'; shape: NodeShape; colour: string }
  | { type: 'line'; status: LinkStatus; strength: number; compare?: 'splitHere' | 'splitThere'; cover?: CoverMark }
  | { type: 'mark'; glyph: 'diamond' | 'cross' | 'arrow'; colour: string }
  | { type: 'moved' }
  | { type: 'pinned' }
  | { type: 'subject' }
  | { type: 'exception' };

export interface LegendItem {
  symbol: LegendSymbol;
  label: string;
}

export interface LegendSection {
  title: string;
  items: LegendItem[];
}

/**
 * Every mark the map can show, explained in the user's language: goals by domain or holder (colour and shape),
 * links by what the draft does with them, strength, kinds with marks of their own, and, with a compare draft,
 * what differs. The on-screen legend and the exported images both list these.
 */
export function legendSections(
  model: MapModel,
  colourBy: 'domain' | 'holder',
  t: Translate,
  names: { draft: string; compare: string | null },
): LegendSection[] {
  const groups = colourBy === 'domain' ? model.domains : model.holders;
  const goals: LegendItem[] = groups.map((g, i) => ({
    symbol: { type: 'node', shape: shapeAt(i), colour: g.colour },
    label: g.name,
  }));
  if (colourBy === 'holder' && model.nodes.some((n) => n.holderId === null))
    goals.push({ symbol: { type: 'node', shape: 'ring', colour: UNASSIGNED_COLOUR }, label: t('app.map.unassigned') });
  // Covered and deliberate splits get lines of their own; the plain split line then says it is the uncovered one.
  const covered = model.links.some((l) => l.cover === 'covered');
  const deliberate = model.links.some((l) => l.cover === 'deliberate');
  const links: LegendItem[] = [
    {
      symbol: { type: 'line', status: 'split', strength: 2 },
      label: t(covered || deliberate ? 'app.map.legendSplitUncovered' : 'app.map.legendSplit', { draft: names.draft }),
    },
  ];
  if (covered)
    links.push({
      symbol: { type: 'line', status: 'split', strength: 2, cover: 'covered' },
      label: t('app.map.legendCovered'),
    });
  if (deliberate)
    links.push({
      symbol: { type: 'line', status: 'split', strength: 2, cover: 'deliberate' },
      label: t('app.map.legendDeliberate'),
    });
  links.push({ symbol: { type: 'line', status: 'kept', strength: 2 }, label: t('app.map.legendKept') });
  if (model.counts.unassigned)
    links.push({ symbol: { type: 'line', status: 'unassigned', strength: 2 }, label: t('app.map.legendUnassigned') });
  const strength: LegendItem[] = [1, 2, 3].map((s) => ({
    symbol: { type: 'line', status: 'kept', strength: s },
    label: t(`app.strength.${s as 1 | 2 | 3}`),
  }));
  const kinds: LegendItem[] = (['omgevingswet', 'conflicts', 'prerequisite'] as const).map((k) => ({
    symbol: { type: 'mark', glyph: KIND_MARKS[k]!.glyph, colour: KIND_MARKS[k]!.colour },
    label: t(`app.map.legendKind.${k}`),
  }));
  kinds.push({ symbol: { type: 'pinned' }, label: t('app.map.legendPinned') });
  const nodes: LegendItem[] = [];
  if (model.nodes.some((n) => n.kind === 'subject'))
    nodes.push({
      symbol: { type: 'subject' },
      label: t(model.level === 'subject' ? 'app.map.legendSubject' : 'app.map.legendSubjectNode'),
    });
  if (model.level === 'subject' && model.nodes.some((n) => n.kind === 'goal'))
    nodes.push({
      symbol: { type: 'node', shape: 'circle', colour: LINK_STYLES.kept.colour },
      label: t('app.map.legendLoose'),
    });
  if (model.nodes.some((n) => n.apart?.reason === 'exception'))
    nodes.push({ symbol: { type: 'exception' }, label: t('app.map.legendException') });
  if (model.level === 'subject')
    nodes.push({ symbol: { type: 'line', status: 'kept', strength: 3 }, label: t('app.map.legendTie') });
  const sections: LegendSection[] = [
    { title: colourBy === 'domain' ? t('app.map.legendByDomain') : t('app.map.legendByHolder'), items: goals },
    ...(nodes.length ? [{ title: t('app.map.legendNodes'), items: nodes }] : []),
    { title: t('app.map.legendLinks'), items: links },
    { title: t('app.map.legendStrength'), items: strength },
    { title: t('app.map.legendMarks'), items: kinds },
  ];
  if (names.compare !== null)
    sections.push({
      title: t('app.map.legendCompare', { compare: names.compare }),
      items: [
        {
          symbol: { type: 'line', status: 'split', strength: 2, compare: 'splitHere' },
          label: t('app.map.legendSplitHere', { draft: names.draft, compare: names.compare }),
        },
        {
          symbol: { type: 'line', status: 'kept', strength: 2, compare: 'splitThere' },
          label: t('app.map.legendSplitThere', { draft: names.draft, compare: names.compare }),
        },
        { symbol: { type: 'moved' }, label: t('app.map.legendMoved', { compare: names.compare }) },
      ],
    });
  return sections;
}

/** A legend symbol as SVG markup in a 36 × 16 box at x, y (the on-screen legend and the export share it). */
export function symbolMarkup(symbol: LegendSymbol, x = 0, y = 0): string {
  const cy = y + 8;
  switch (symbol.type) {
    case 'node':
      return symbol.shape === 'ring'
        ? `<circle cx="${x + 18}" cy="${cy}" r="5.5" fill="${HALO}" stroke="${symbol.colour}" stroke-width="3"/>`
        : `<path d="${shapePath(symbol.shape, x + 18, cy, 6)}" fill="${symbol.colour}" stroke="${HALO}" stroke-width="1"/>`;
    case 'line': {
      const st = lineStyle(symbol.status, symbol.cover);
      const width = linkWidth(symbol.status, symbol.strength, symbol.cover);
      const under = symbol.compare
        ? `<line x1="${x + 2}" y1="${cy}" x2="${x + 34}" y2="${cy}" stroke="${COMPARE_STYLES[symbol.compare].colour}" stroke-width="${COMPARE_STYLES[symbol.compare].width}"/>`
        : '';
      const dash = st.dash.length ? ` stroke-dasharray="${st.dash.join(' ')}"` : '';
      const core = st.core
        ? `<line x1="${x + 2}" y1="${cy}" x2="${x + 34}" y2="${cy}" stroke="${HALO}" stroke-width="${width * st.core}"/>`
        : '';
      return `${under}<line x1="${x + 2}" y1="${cy}" x2="${x + 34}" y2="${cy}" stroke="${st.colour}" stroke-width="${width}"${dash}/>${core}`;
    }
    case 'mark': {
      const line = `<line x1="${x + 2}" y1="${cy}" x2="${x + 34}" y2="${cy}" stroke="${LINK_STYLES.kept.colour}" stroke-width="1.5"/>`;
      const m = x + 18;
      if (symbol.glyph === 'diamond')
        return `${line}<path d="M${m + 7} ${cy}L${m} ${cy - 5.5}L${m - 7} ${cy}L${m} ${cy + 5.5}Z" fill="${symbol.colour}" stroke="${HALO}"/>`;
      if (symbol.glyph === 'cross')
        return `${line}<path d="M${m - 5} ${cy - 5}L${m + 5} ${cy + 5}M${m - 5} ${cy + 5}L${m + 5} ${cy - 5}" stroke="${symbol.colour}" stroke-width="2.2"/>`;
      return `${line}<path d="M${x + 34} ${cy}L${x + 24} ${cy - 5.5}L${x + 24} ${cy + 5.5}Z" fill="${symbol.colour}"/>`;
    }
    case 'moved':
      return `<circle cx="${x + 18}" cy="${cy}" r="5" fill="${LINK_STYLES.kept.colour}"/><circle cx="${x + 18}" cy="${cy}" r="8.5" fill="none" stroke="${INK}" stroke-width="1.6" stroke-dasharray="3 2"/>`;
    case 'subject':
      return `<circle cx="${x + 18}" cy="${cy}" r="6.5" fill="${LINK_STYLES.kept.colour}" stroke="${HALO}"/><circle cx="${x + 18}" cy="${cy}" r="8.3" fill="none" stroke="${INK}" stroke-width="1.4"/>`;
    case 'exception':
      return `<circle cx="${x + 18}" cy="${cy}" r="6" fill="${LINK_STYLES.kept.colour}"/><path d="M${x + 13.2} ${cy + 0.6}L${x + 17.4} ${cy + 4.8}L${x + 13.2} ${cy + 9}L${x + 9} ${cy + 4.8}Z" fill="${INK}" stroke="${HALO}"/>`;
    case 'pinned':
      return `<circle cx="${x + 16}" cy="${cy}" r="6" fill="${LINK_STYLES.kept.colour}"/><rect x="${x + 18.5}" y="${cy - 8.5}" width="6.4" height="6.4" fill="${INK}" stroke="${HALO}"/>`;
  }
}

/** After the map's summary: how many of the split links an arrangement covers and how many are deliberate. */
export function coverSummary(model: Pick<MapModel, 'covers'>, t: Translate): string {
  const c = model.covers;
  if (!c || c.covered + c.deliberate === 0) return '';
  return ` ${t('app.map.summaryCover', { covered: c.covered, deliberate: c.deliberate })}`;
}
