import type { LinkKind } from '../../../shared/model';
import { FILLED_GLYPHS, KIND_MARK, cellFill, glyphPath, inkOn } from './kindMarks';

/** A link kind's mark as the matrix draws it (colour, shade and glyph), for the legend and the detail panel. */
export function KindSwatch({ kind, weight = 2, size = 18 }: { kind: LinkKind; weight?: number; size?: number }) {
  const fill = cellFill(kind, weight);
  const ink = inkOn(fill);
  const filled = FILLED_GLYPHS.has(kind);
  return (
    <svg width={size} height={size} aria-hidden="true" className="legend-swatch">
      <rect x={0.5} y={0.5} width={size - 1} height={size - 1} fill={fill} stroke={KIND_MARK[kind].colour} />
      <path
        d={glyphPath(kind, size / 2, size / 2, size * 0.28)}
        fill={filled ? ink : 'none'}
        stroke={filled ? 'none' : ink}
        strokeWidth={Math.max(1.6, size * 0.11)}
        strokeLinecap="round"
      />
    </svg>
  );
}
