import type { ReactNode } from 'react';
import type { GridGeometry } from './gridGeometry';
import type { MatrixModel } from './viewModel';
import { clip } from './DsmRows';

/** The field between two holders' blocks, where every link is a split one: a light tint of the split colour. */
export const SPLIT_FIELD = '#fbe9e2';
const BLOCK_FIELD = '#eef1f4';
const SELECTED = '#fff1c2';
const POINTED = 'rgba(11, 92, 173, 0.12)';

export interface FrameProps {
  model: MatrixModel;
  g: GridGeometry;
  left: number;
  top: number;
  /** Height of the column numbers, the lower part of `top`. */
  numbers: number;
  selected: ReadonlySet<number>;
  /** Rows (and columns) the pointer or focus rests on. */
  pointed: readonly number[];
}

/**
 * Behind the cells: the split fields, each block's field (hatched when nobody holds it), the bands of the selected
 * and pointed goals, and the grid lines.
 */
export function DsmBackground({ model, g, selected, pointed, lines }: FrameProps & { lines: string }) {
  const band = (r: number, fill: string) => (
    <g key={`${fill}${r}`}>
      <rect x={0} y={g.at(r)} width={g.size} height={g.cell} fill={fill} />
      <rect x={g.at(r)} y={0} width={g.cell} height={g.size} fill={fill} />
    </g>
  );
  const blocks = model.blocks;
  return (
    <g aria-hidden="true">
      {blocks.flatMap((rb, r) =>
        blocks.map((cb, c) =>
          g.blockSize(r) && g.blockSize(c) && (r === c || (rb.holderId !== null && cb.holderId !== null)) ? (
            <rect
              key={`${r}-${c}`}
              x={g.blockAt(c)}
              y={g.blockAt(r)}
              width={g.blockSize(c)}
              height={g.blockSize(r)}
              fill={r !== c ? SPLIT_FIELD : rb.holderId === null ? 'url(#dsm-hatch)' : BLOCK_FIELD}
            />
          ) : null,
        ),
      )}
      {[...selected].map((r) => band(r, SELECTED))}
      {pointed.map((r) => band(r, POINTED))}
      <path d={lines} stroke="#e3e7eb" strokeWidth={1} fill="none" />
    </g>
  );
}

/** In front of the cells: each holder's block outlined (dashed for the unassigned), and the chosen pair's fields. */
export function DsmOutlines({
  model,
  g,
  pair,
}: Pick<FrameProps, 'model' | 'g'> & { pair: readonly [number, number] | null }) {
  return (
    <g aria-hidden="true" fill="none">
      {model.blocks.map((b, i) =>
        g.blockSize(i) > 0 ? (
          <rect
            key={i}
            x={g.blockAt(i)}
            y={g.blockAt(i)}
            width={g.blockSize(i)}
            height={g.blockSize(i)}
            stroke="#1b1f24"
            strokeWidth={2}
            strokeDasharray={b.holderId === null ? '6 3' : undefined}
          />
        ) : null,
      )}
      {pair
        ? [pair, [pair[1], pair[0]] as const].map(([r, c]) => (
            <rect
              key={`${r}-${c}`}
              x={g.blockAt(c) - 2}
              y={g.blockAt(r) - 2}
              width={g.blockSize(c) + 4}
              height={g.blockSize(r) + 4}
              stroke="#0b5cad"
              strokeWidth={3}
              strokeDasharray="8 4"
            />
          ))
        : null}
    </g>
  );
}

/**
 * The label column's backdrop, kept in view when the matrix scrolls sideways (class `dsm-sticky-left`): each
 * holder's name above its goals, and the bands of selected and pointed goals. The goals' own headers sit in the
 * grid's rows, with the same class.
 */
export function DsmLeftLabels({
  model,
  g,
  left,
  top,
  selected,
  pointed,
  blockLabel,
  holderColour,
}: FrameProps & { blockLabel(b: number): string; holderColour(id: string | null): string }) {
  return (
    <g aria-hidden="true" className="dsm-sticky-left">
      <rect x={-left} y={-top} width={left - 2} height={top + g.size + 8} fill="#ffffff" />
      {[...selected].map((r) => (
        <rect key={`s${r}`} x={-left} y={g.at(r)} width={left - 2} height={g.cell} fill={SELECTED} />
      ))}
      {pointed.map((r) => (
        <rect key={`p${r}`} x={-left} y={g.at(r)} width={left - 2} height={g.cell} fill={POINTED} />
      ))}
      {model.blocks.map((b, i) => (
        <g key={i}>
          <rect x={-left} y={g.bandAt(i) + 3} width={8} height={g.gap - 6} fill={holderColour(b.holderId)} />
          <text x={-left + 14} y={g.bandAt(i) + g.gap / 2} dominantBaseline="central" fontSize={12} fontWeight={700}>
            {clip(blockLabel(i), left - 20, 12)}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * The header band kept in view when the matrix scrolls down (class `dsm-sticky-top`): each holder's colour bar
 * and name over its columns, and the column numbers (`children`, the grid's header row).
 */
export function DsmTopLabels({
  model,
  g,
  top,
  numbers,
  selected,
  pointed,
  holderName,
  holderColour,
  children,
}: FrameProps & {
  holderName(id: string | null): string;
  holderColour(id: string | null): string;
  children: ReactNode;
}) {
  return (
    <g className="dsm-sticky-top">
      <g aria-hidden="true">
        <rect x={0} y={-top} width={g.size + 8} height={top - 1} fill="#ffffff" />
        {[...selected].map((c) => (
          <rect key={`s${c}`} x={g.at(c)} y={-numbers} width={g.cell} height={numbers - 1} fill={SELECTED} />
        ))}
        {pointed.map((c) => (
          <rect key={`p${c}`} x={g.at(c)} y={-numbers} width={g.cell} height={numbers - 1} fill={POINTED} />
        ))}
        {model.blocks.map((b, i) => {
          const x = g.blockAt(i);
          const size = g.blockSize(i);
          if (size === 0) return null;
          return (
            <g key={i}>
              <rect x={x} y={-top} width={size} height={5} fill={holderColour(b.holderId)} />
              {size >= 28 ? (
                <text x={x + 2} y={-top + 16} fontSize={11} fill="#1b1f24">
                  {clip(holderName(b.holderId), size - 4, 11)}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
      {children}
    </g>
  );
}

/** The top left corner, over both sticky bands. */
export function DsmCorner({ left, top }: Pick<FrameProps, 'left' | 'top'>) {
  return (
    <rect
      aria-hidden="true"
      className="dsm-sticky-corner"
      x={-left}
      y={-top}
      width={left}
      height={top}
      fill="#ffffff"
    />
  );
}
