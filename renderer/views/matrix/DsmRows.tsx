import { memo } from 'react';
import type { MatrixModel } from './viewModel';
import type { GridGeometry } from './gridGeometry';
import { KIND_MARK, cellFill, inkOn } from './kindMarks';

/** Text that fits a width at a font size, cut with an ellipsis (SVG text does not wrap or clip by itself). */
export function clip(text: string, width: number, font: number): string {
  const max = Math.max(1, Math.floor(width / (font * 0.55)));
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
}

/** Tab stop of a row: the column that takes Tab (−1 the header), or null when the stop is elsewhere. */
type TabCol = number | null;

/** One goal's row: its header in the label column and the cells that hold a link (ARIA row of the grid). */
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
  const n = model.nodes.length;
  const mid = y + g.cell / 2;
  const glyphs = g.cell >= 14;
  return (
    <g role="row" aria-rowindex={row + 2}>
      <g
        role="rowheader"
        aria-colindex={1}
        aria-label={ctx.headerLabel(row)}
        aria-selected={selected}
        data-pos={`${row}:-1`}
        tabIndex={tabCol === -1 ? 0 : -1}
        className="dsm-header"
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
            {clip(node.title, labelWidth - 84, font)}
          </text>
        </g>
      </g>
      {Array.from(model.rowCols[row]!, (col) => {
        const index = model.cellAt.get(row * n + col)!;
        const cell = model.cells[index]!;
        const fill = cellFill(cell.kind, cell.weight);
        const x = g.at(col);
        return (
          <g
            key={col}
            role="gridcell"
            aria-colindex={col + 2}
            aria-label={ctx.cellLabel(index)}
            data-pos={`${row}:${col}`}
            data-outside={cell.outsideBlock ? 'true' : undefined}
            data-status={cell.status}
            tabIndex={tabCol === col ? 0 : -1}
            className="dsm-cell"
          >
            <rect
              x={x + 1}
              y={y + 1}
              width={g.cell - 2}
              height={g.cell - 2}
              fill={fill}
              stroke={KIND_MARK[cell.kind].colour}
              strokeWidth={1}
              strokeDasharray={cell.status === 'open' ? '3 2' : undefined}
            />
            {glyphs ? (
              <text
                aria-hidden="true"
                x={x + g.cell / 2}
                y={mid}
                dominantBaseline="central"
                textAnchor="middle"
                fontSize={g.cell * 0.6}
                fontWeight={700}
                fill={inkOn(fill)}
              >
                {KIND_MARK[cell.kind].glyph}
              </text>
            ) : null}
            {cell.links.length > 1 && glyphs ? (
              <circle aria-hidden="true" cx={x + g.cell - 4} cy={y + 4} r={2.5} fill="#1b1f24" stroke="#fff" />
            ) : null}
          </g>
        );
      })}
    </g>
  );
});

/** The column headers: the goals' numbers, in the same order as the rows (ARIA header row of the grid). */
export const DsmColumnHeaders = memo(function DsmColumnHeaders({
  ctx,
  top,
  tabCol,
  selected,
}: {
  ctx: RowContext;
  top: number;
  tabCol: TabCol;
  selected: ReadonlySet<number>;
}) {
  const { model, g, font } = ctx;
  const vertical = g.cell < 20 && model.nodes.length > 99;
  return (
    <g role="row" aria-rowindex={1}>
      {model.nodes.map((_, col) => {
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
