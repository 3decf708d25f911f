import type { LinkKind } from '../../../shared/model';

/**
 * Each link kind's mark in the matrix: a colour and a glyph, so the kind never rests on colour alone. Colours are
 * dark enough for a 3:1 frame on white; the kinds the map marks too (Omgevingswet, conflict, prerequisite) keep
 * the map's colours and meaning.
 */
export const KIND_MARK: Readonly<Record<LinkKind, { colour: string; glyph: string }>> = {
  reinforces: { colour: '#0b5cad', glyph: '+' },
  prerequisite: { colour: '#5b3f8c', glyph: '→' },
  conflicts: { colour: '#9b1c1c', glyph: '×' },
  sharedTargetGroup: { colour: '#a3306f', glyph: '●' },
  sharedBudget: { colour: '#8a5a00', glyph: '€' },
  omgevingswet: { colour: '#1b6e3a', glyph: '◆' },
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
