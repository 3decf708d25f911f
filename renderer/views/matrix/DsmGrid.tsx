import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { clampWindow, gridLinesPath, type GridWindow } from './gridGeometry';
import { useGridWindow } from './useGridWindow';
import { GRID_KEYS, goalsAt, keepPosition, moveFocus, type GridKey, type GridPos } from './gridNavigation';
import { DsmCells, DsmColumnHeaders, DsmRow, type RowContext } from './DsmRows';
import { DsmBackground, DsmCorner, DsmLeftLabels, DsmOutlines, DsmTopLabels } from './DsmFrame';

const BAR = 22;
const NUMBERS = 30;
const FOCUS = '#c75300';

export interface DsmGridProps {
  ctx: RowContext;
  /** Accessible name of the grid. */
  label: string;
  holderName(holderId: string | null): string;
  holderColour(holderId: string | null): string;
  blockLabel(block: number): string;
  /** Positions (row indices) of the selected goals. */
  selected: ReadonlySet<number>;
  /** Two blocks whose split links the coordination matrix points at, or null. */
  pair: readonly [number, number] | null;
  /** Select the goals of a row, column or cell; `additive` adds or removes them (Ctrl, Shift). */
  onPick(rows: number[], additive: boolean): void;
  onClear(): void;
  /** The position the detail panel explains: hovered, else focused; null when neither. */
  onShow(pos: GridPos | null): void;
}

/** The window's rows, and the tab stop's row wherever it is (it must stay in the page to keep the focus). */
function rowsIn(win: GridWindow, stopRow: number): number[] {
  const rows: number[] = [];
  for (let r = win.r0; r < win.r1; r++) rows.push(r);
  if (stopRow >= 0 && (stopRow < win.r0 || stopRow >= win.r1)) rows.push(stopRow);
  return rows;
}

const posOf = (target: EventTarget | null): GridPos | null => {
  const el = (target as Element | null)?.closest?.('[data-pos]');
  const raw = el?.getAttribute('data-pos');
  if (!raw) return null;
  const [row, col] = raw.split(':').map(Number);
  return { row: row!, col: col! };
};

/**
 * The design-structure matrix: goals in rows and columns by holder, each link a coloured, glyph-marked cell,
 * each holder's block outlined on the diagonal. It is an ARIA grid with one tab stop: arrow keys move between the
 * cells that hold a link and the headers, Enter or Space selects, Esc clears the selection.
 */
export const DsmGrid = memo(function DsmGrid(props: DsmGridProps) {
  const { ctx, selected, pair, onPick, onClear, onShow } = props;
  const { model, g, labelWidth } = ctx;
  const n = model.nodes.length;
  const svgRef = useRef<SVGSVGElement>(null);
  const [pos, setPos] = useState<GridPos>({ row: 0, col: -1 });
  const [focused, setFocused] = useState(false);
  const [hover, setHover] = useState<GridPos | null>(null);
  const at = keepPosition(pos, n, (r, c) => model.cellAt.has(r * n + c));
  const scrollRef = useRef<HTMLDivElement>(null);
  const win = clampWindow(useGridWindow(scrollRef, g, n, labelWidth, BAR + NUMBERS), n);
  // The labels follow the scroll through two CSS variables (see matrix.css), set on every scroll event: a
  // re-render per scroll step would cost a frame each.
  useLayoutEffect(() => {
    const box = scrollRef.current;
    const svg = svgRef.current;
    if (!box || !svg) return;
    const follow = () => {
      svg.style.setProperty('--sx', `${box.scrollLeft}px`);
      svg.style.setProperty('--sy', `${box.scrollTop}px`);
    };
    follow();
    box.addEventListener('scroll', follow, { passive: true });
    return () => box.removeEventListener('scroll', follow);
  }, []);
  const shown = hover ?? (focused ? at : null);

  useEffect(() => onShow(shown), [shown?.row, shown?.col]); // eslint-disable-line react-hooks/exhaustive-deps
  const lines = useMemo(() => gridLinesPath(model, g, win), [model, g, win]);

  // A cell's element exists only while it is the tab stop, so moving there is: make it the stop, render, focus.
  const focusNext = useRef(false);
  useLayoutEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    svgRef.current?.querySelector<SVGGElement>(`[tabindex="0"][data-pos="${at.row}:${at.col}"]`)?.focus();
  });
  const focusAt = (p: GridPos) => {
    focusNext.current = true;
    setPos(p);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (GRID_KEYS.has(e.key)) {
      e.preventDefault();
      focusAt(moveFocus(model.rowCols, at, e.key as GridKey));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPick(goalsAt(at), e.ctrlKey || e.metaKey || e.shiftKey);
    } else if (e.key === 'Escape' && selected.size) {
      e.preventDefault();
      onClear();
    }
  };
  const onClick = (e: MouseEvent) => {
    const p = posOf(e.target);
    if (!p) return;
    focusAt(p);
    onPick(goalsAt(p), e.ctrlKey || e.metaKey || e.shiftKey);
  };

  const left = labelWidth;
  const top = BAR + NUMBERS;
  const pointed = shown ? goalsAt(shown) : [];
  const frame = { model, g, left, top, numbers: NUMBERS, selected, pointed };
  const ring = (p: GridPos) => {
    const x = p.col === -1 ? -left : g.at(p.col);
    const y = p.row === -1 ? -NUMBERS : g.at(p.row);
    const w = p.col === -1 ? left - 4 : g.cell;
    const h = p.row === -1 ? NUMBERS : g.cell;
    const sticky = p.col === -1 ? 'dsm-sticky-left' : p.row === -1 ? 'dsm-sticky-top' : undefined;
    return (
      <rect
        aria-hidden="true"
        className={sticky}
        x={x - 1.5}
        y={y - 1.5}
        width={w + 3}
        height={h + 3}
        fill="none"
        stroke={FOCUS}
        strokeWidth={3}
      />
    );
  };

  return (
    <div className="matrix-scroll" ref={scrollRef}>
      <svg
        ref={svgRef}
        role="grid"
        aria-label={props.label}
        aria-rowcount={n + 1}
        aria-colcount={n + 1}
        width={left + g.size + 8}
        height={top + g.size + 8}
        className="dsm"
        fontFamily="'Segoe UI', system-ui, Arial, sans-serif"
        onKeyDown={onKeyDown}
        onClick={onClick}
        onFocus={(e) => {
          const p = posOf(e.target);
          if (p) setPos(p);
          setFocused(true);
        }}
        onBlur={() => setFocused(false)}
        onMouseOver={(e) => setHover(posOf(e.target))}
        onMouseLeave={() => setHover(null)}
      >
        <defs>
          <pattern id="dsm-hatch" width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={6} height={6} fill="#f3f5f7" />
            <line x1={0} y1={0} x2={0} y2={6} stroke="#c3c9d0" strokeWidth={2} />
          </pattern>
        </defs>
        <g transform={`translate(${left},${top})`}>
          <DsmBackground {...frame} lines={lines} />
          <DsmCells ctx={ctx} win={win} />
          <DsmOutlines model={model} g={g} pair={pair} />
          <DsmLeftLabels {...frame} blockLabel={props.blockLabel} holderColour={props.holderColour} />
          {rowsIn(win, at.row).map((row) => (
            <DsmRow
              key={row}
              ctx={ctx}
              row={row}
              tabCol={at.row === row ? at.col : null}
              selected={selected.has(row)}
            />
          ))}
          <DsmTopLabels {...frame} holderName={props.holderName} holderColour={props.holderColour}>
            <DsmColumnHeaders
              ctx={ctx}
              top={-NUMBERS}
              tabCol={at.row === -1 ? at.col : null}
              selected={selected}
              win={win}
            />
          </DsmTopLabels>
          <DsmCorner left={left} top={top} />
          {focused ? ring(at) : null}
        </g>
      </svg>
    </div>
  );
});
