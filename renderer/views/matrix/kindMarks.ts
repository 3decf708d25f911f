import type { LinkKind } from '../../../shared/model';

/** Glyphs drawn filled; the others are drawn as strokes. */
export const FILLED_GLYPHS: ReadonlySet<LinkKind> = new Set<LinkKind>(['sharedTargetGroup', 'omgevingswet']);

/**
 * A kind's glyph as path data centred on (cx, cy) with half-size r: drawn as geometry rather than text, so a
 * matrix of thousands of cells needs one path per kind instead of one text element per cell, and the glyph looks
 * the same in every font and in the SVG file.
 */
export function glyphPath(kind: LinkKind, cx: number, cy: number, r: number): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  switch (kind) {
    case 'reinforces':
      return `M${f(cx - r)} ${f(cy)}h${f(2 * r)}M${f(cx)} ${f(cy - r)}v${f(2 * r)}`;
    case 'conflicts':
      return `M${f(cx - r)} ${f(cy - r)}l${f(2 * r)} ${f(2 * r)}M${f(cx + r)} ${f(cy - r)}l${f(-2 * r)} ${f(2 * r)}`;
    case 'prerequisite':
      return `M${f(cx - r)} ${f(cy)}h${f(2 * r)}M${f(cx + 0.1 * r)} ${f(cy - 0.8 * r)}L${f(cx + r)} ${f(cy)}L${f(cx + 0.1 * r)} ${f(cy + 0.8 * r)}`;
    case 'sharedBudget':
      return `M${f(cx + 0.75 * r)} ${f(cy - 0.7 * r)}A${f(r)} ${f(r)} 0 1 0 ${f(cx + 0.75 * r)} ${f(cy + 0.7 * r)}M${f(cx - 1.1 * r)} ${f(cy - 0.25 * r)}h${f(1.3 * r)}M${f(cx - 1.1 * r)} ${f(cy + 0.3 * r)}h${f(1.3 * r)}`;
    case 'sharedTargetGroup':
      return `M${f(cx - 0.8 * r)} ${f(cy)}a${f(0.8 * r)} ${f(0.8 * r)} 0 1 0 ${f(1.6 * r)} 0a${f(0.8 * r)} ${f(0.8 * r)} 0 1 0 ${f(-1.6 * r)} 0Z`;
    case 'omgevingswet':
      return `M${f(cx)} ${f(cy - r)}L${f(cx + r)} ${f(cy)}L${f(cx)} ${f(cy + r)}L${f(cx - r)} ${f(cy)}Z`;
  }
}

/**
 * Each link kind's colour in the matrix; `glyphPath` gives its glyph, so the kind never rests on colour alone. Colours are
 * dark enough for a 3:1 frame on white; the kinds the map marks too (Omgevingswet, conflict, prerequisite) keep
 * the map's colours and meaning.
 */
export const KIND_MARK: Readonly<Record<LinkKind, { colour: string }>> = {
  reinforces: { colour: '#0b5cad' },
  prerequisite: { colour: '#5b3f8c' },
  conflicts: { colour: '#9b1c1c' },
  sharedTargetGroup: { colour: '#a3306f' },
  sharedBudget: { colour: '#8a5a00' },
  omgevingswet: { colour: '#1b6e3a' },
};

/** How much of the kind's colour a cell shows: strength 1 light, 3 (or more) nearly full. */
export function shadeOf(weight: number): number {
  return 0.25 + (0.65 * Math.min(Math.max(weight, 0), 3)) / 3;
}

function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** The kind's colour laid over white at the cell's shade, as #rrggbb (the export needs plain colours). */
export function cellFill(kind: LinkKind, weight: number): string {
  const t = shadeOf(weight);
  return `#${channels(KIND_MARK[kind].colour)
    .map((c) =>
      Math.round(255 + (c - 255) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Black or white ink for a glyph on `fill`, whichever contrasts more. */
export function inkOn(fill: string): '#1b1f24' | '#ffffff' {
  const l = luminance(fill);
  const onWhite = 1.05 / (l + 0.05);
  const onInk = (l + 0.05) / (luminance('#1b1f24') + 0.05);
  return onWhite > onInk ? '#ffffff' : '#1b1f24';
}
