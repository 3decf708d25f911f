/**
 * A domain's mark on a card: its colour with letters on it (colour is never the only signal), and the ink that
 * reads on that colour.
 */
export interface DomainMark {
  letters: string;
  colour: string;
  /** Black or white, whichever contrasts more with `colour`. */
  ink: '#000000' | '#ffffff';
  name: string;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * Each domain's mark: the first letter of its name, or the shortest prefix no other domain shares ("Fy" and "Fi"
 * for Fysiek and Financieel), at most three letters, first one upper case.
 */
export function domainMarks(
  domains: readonly { id: string; name: string; colour: string }[],
): ReadonlyMap<string, DomainMark> {
  const clean = domains.map((d) => d.name.replace(/[^\p{L}\p{N}]/gu, '') || d.id);
  const out = new Map<string, DomainMark>();
  domains.forEach((d, i) => {
    const name = clean[i]!;
    let len = 1;
    while (
      len < 3 &&
      len < name.length &&
      clean.some((o, j) => j !== i && o.slice(0, len).toLowerCase() === name.slice(0, len).toLowerCase())
    )
      len++;
    const raw = name.slice(0, len);
    const letters = raw.charAt(0).toUpperCase() + raw.slice(1).toLowerCase();
    const ink = contrastRatio(d.colour, '#000000') >= contrastRatio(d.colour, '#ffffff') ? '#000000' : '#ffffff';
    out.set(d.id, { letters, colour: d.colour, ink, name: d.name });
  });
  return out;
}
