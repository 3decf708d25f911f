import { memo } from 'react';
import type { LinkKind } from '../../../shared/model';
import type { MatrixModel } from './viewModel';
import type { GridGeometry, GridWindow } from './gridGeometry';
import { FILLED_GLYPHS, KIND_MARK, cellFill, glyphPath, inkOn } from './kindMarks';

/** Text that fits a width at a font size, cut with an ellipsis (SVG text does not wrap or clip by itself). */
export function clip(text: string, width: number, font: number): string {
  const max = Math.max(1, Math.floor(width / (font * 0.52)));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Everything a row needs besides its own index; built once per model, locale and size. */
export interface RowContext {
  model: MatrixModel;
  g: GridGeometry;
  labelWidth: number;
  font: number;
  /** Accessible name of a row (and column) header, and of a cell (by cell index). */
  headerLabel(i: number): string;
  cellLabel(cell: number): string;
  domainShort(domainId: string): string;
  /** The row's title as drawn in the label column (a subject with its goal count, an exception marked). */
  rowTitle(i: number): string;
}

/**
 * The cells that hold a link inside the window, drawn once per model and window: a rect per cell (its colour, shade and frame; `data-pos`
 * for the pointer, `data-outside` for split links) and the glyphs batched into a few paths. It is hidden from
 * assistive technology: the grid's rows carry the meaning, and the focused cell its name.
 */
export const DsmCells = memo(function DsmCells({ ctx, win }: { ctx: RowContext; win: GridWindow }) {
  const { model, g } = ctx;
  const n = model.nodes.length;
  const shown: MatrixModel['cells'] = [];
  for (let row = win.r0; row < win.r1; row++)
    for (const col of model.rowCols[row]!)
      if (col >= win.c0 && col < win.c1) shown.push(model.cells[model.cellAt.get(row * n + col)!]!);
  const glyphs = g.cell >= 14;
  const r = g.cell * 0.26;
  const paths = new Map<string, { kind: LinkKind; ink: string; d: string[] }>();
  const dots: string[] = [];
  const rects = shown.map((cell) => {
    const fill = cellFill(cell.kind, cell.weight);
    const x = g.at(cell.col);
    const y = g.at(cell.row);
    if (glyphs) {
      const ink = inkOn(fill);
      const key = `${cell.kind}|${ink}`;
      let p = paths.get(key);
      if (!p) paths.set(key, (p = { kind: cell.kind, ink, d: [] }));
      p.d.push(glyphPath(cell.kind, x + g.cell / 2, y + g.cell / 2, r));
      if (cell.links.length > 1) dots.push(`M${x + g.cell - 6} ${y + 4}a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0`);
    }
    return (
      <rect
        key={`${cell.row}:${cell.col}`}
        data-pos={`${cell.row}:${cell.col}`}
        data-outside={cell.outsideBlock ? 'true' : undefined}
        x={x + 1}
        y={y + 1}
        width={g.cell - 2}
        height={g.cell - 2}
        fill={fill}
        stroke={KIND_MARK[cell.kind].colour}
        strokeDasharray={cell.status === 'open' ? '3 2' : undefined}
      />
    );
  });
  return (
    <g aria-hidden="true" className="dsm-cells">
      {rects}
      <g pointerEvents="none" strokeLinecap="round">
        {[...paths.entries()].map(([key, p]) => {
          const filled = FILLED_GLYPHS.has(p.kind);
          return (
            <path
              key={key}
              d={p.d.join('')}
              fill={filled ? p.ink : 'none'}
              stroke={filled ? 'none' : p.ink}
              strokeWidth={Math.max(1.6, g.cell * 0.1)}
            />
          );
        })}
        {dots.length ? <path d={dots.join('')} fill="#1b1f24" stroke="#ffffff" /> : null}
      </g>
    </g>
  );
});

/** Tab stop of a row: the column that takes Tab (−1 the header), or null when the stop is elsewhere. */
type TabCol = number | null;

/**
 * One goal's row of the ARIA grid: its header in the label column and, when the tab stop is on one of its cells,
 * that cell. Only the tab stop's cell is an element of the grid (aria-rowindex and aria-colindex place it): a
 * matrix of 500 goals would otherwise carry thousands of focusable elements nobody reaches but by arrow keys.
 */
export const DsmRow = memo(function DsmRow({
  ctx,
  row,
  tabCol,
  selected,
}: {
  ctx: RowContext;
  row: number;
  tabCol: TabCol;
  selected: boolean;
}) {
  const { model, g, labelWidth, font } = ctx;
  const node = model.nodes[row]!;
  const y = g.at(row);
  const mid = y + g.cell / 2;
  const cell = tabCol !== null && tabCol >= 0 ? model.cellAt.get(row * model.nodes.length + tabCol) : undefined;
  return (
    <g role="row" aria-rowindex={row + 2}>
      <g
        role="rowheader"
        aria-colindex={1}
        aria-label={ctx.headerLabel(row)}
        aria-selected={selected}
        data-pos={`${row}:-1`}
        tabIndex={tabCol === -1 ? 0 : -1}
        className="dsm-header dsm-sticky-left"
      >
        <rect x={-labelWidth} y={y} width={labelWidth - 4} height={g.cell} fill="transparent" />
        <g aria-hidden="true" fontSize={font} fontWeight={selected ? 700 : 400}>
          {selected ? (
            <text x={-labelWidth + 2} y={mid} dominantBaseline="central" fill="#c75300">
              ▶
            </text>
          ) : null}
          <text x={-labelWidth + 40} y={mid} dominantBaseline="central" textAnchor="end" fill="#4a525c">
            {row + 1}
          </text>
          <text x={-labelWidth + 46} y={mid} dominantBaseline="central" fill="#4a525c" fontSize={font - 2}>
            {ctx.domainShort(node.domainId)}
          </text>
          <text x={-labelWidth + 76} y={mid} dominantBaseline="central" fill="#1b1f24">
            {clip(ctx.rowTitle(row), labelWidth - 84, font)}
          </text>
        </g>
      </g>
      {cell !== undefined ? (
        <g
          role="gridcell"
          aria-colindex={tabCol! + 2}
          aria-label={ctx.cellLabel(cell)}
          data-pos={`${row}:${tabCol}`}
          data-outside={model.cells[cell]!.outsideBlock ? 'true' : undefined}
          tabIndex={0}
          className="dsm-cell"
        >
          <rect x={g.at(tabCol!)} y={y} width={g.cell} height={g.cell} fill="transparent" />
        </g>
      ) : null}
    </g>
  );
});

/** The column headers: the goals' numbers, in the same order as the rows (ARIA header row of the grid). */
export const DsmColumnHeaders = memo(function DsmColumnHeaders({
  ctx,
  top,
  tabCol,
  selected,
  win,
}: {
  ctx: RowContext;
  top: number;
  tabCol: TabCol;
  selected: ReadonlySet<number>;
  win: GridWindow;
}) {
  const { model, g, font } = ctx;
  const vertical = g.cell < 20 && model.nodes.length > 99;
  const cols: number[] = [];
  for (let c = win.c0; c < win.c1; c++) cols.push(c);
  if (tabCol !== null && tabCol >= 0 && (tabCol < win.c0 || tabCol >= win.c1)) cols.push(tabCol);
  return (
    <g role="row" aria-rowindex={1}>
      {cols.map((col) => {
        const x = g.at(col);
        const on = selected.has(col);
        return (
          <g
            key={col}
            role="columnheader"
            aria-colindex={col + 2}
            aria-label={ctx.headerLabel(col)}
            aria-selected={on}
            data-pos={`-1:${col}`}
            tabIndex={tabCol === col ? 0 : -1}
            className="dsm-header"
          >
            <rect x={x} y={top} width={g.cell} height={-top} fill="transparent" />
            <text
              aria-hidden="true"
              x={x + g.cell / 2}
              y={-4}
              fontSize={font - 1}
              fontWeight={on ? 700 : 400}
              fill={on ? '#c75300' : '#4a525c'}
              textAnchor={vertical ? 'start' : 'middle'}
              dominantBaseline={vertical ? 'central' : 'auto'}
              transform={vertical ? `rotate(-90 ${x + g.cell / 2} -4)` : undefined}
            >
              {col + 1}
            </text>
          </g>
        );
      })}
    </g>
  );
});
