// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pairMatrixSvg, type PairPicture } from '../../../../renderer/views/matrix/matrixSvg';

const texts = {
  title: 'Afstemming per paar',
  subtitle: 'Gemeente <Voorbeeld> — verdeling ‘A & B’',
  lead: 'Het zwaarste paar: A en B.',
  desc: 'Drie portefeuillehouders in rijen en kolommen.',
  less: 'weinig',
  more: 'veel',
  legend: ['In elk vakje het gesplitste gewicht.', '— dezelfde portefeuillehouder'],
  number: (x: number) => String(x).replace('.', ','),
};

function picture(k: number, weightOf: (a: number, b: number) => number, marks = false): PairPicture {
  const weight: number[] = [];
  const count: number[] = [];
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++) {
      const w = a === b ? 0 : weightOf(Math.min(a, b), Math.max(a, b));
      weight.push(w);
      count.push(w > 0 ? Math.ceil(w / 2) : 0);
    }
  return {
    holders: Array.from({ length: k }, (_, i) => ({ name: `Wethouder ${i + 1} "de" <Vries>`, colour: '#1f5fa8' })),
    weight,
    count,
    marks: marks ? weight.map((w) => (w > 0 ? '✓' : '')) : null,
    texts,
  };
}

function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull();
  return doc;
}

describe('the coordination matrix as a picture', () => {
  it('is well-formed, standalone SVG with its size, a title and a description, and every name escaped', () => {
    const doc = parse(pairMatrixSvg(picture(3, (a, b) => a + b + 1.5)));
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(0);
    expect(root.getAttribute('role')).toBe('img');
    expect(doc.querySelector('title')!.textContent).toBe(texts.title);
    expect(doc.querySelector('desc')!.textContent).toBe(texts.desc);
    expect(root.textContent).toContain('Gemeente <Voorbeeld> — verdeling ‘A & B’');
    expect(root.textContent).toContain('"de"');
  });

  it('writes each pair’s weight (as the interface writes numbers) and count in both triangles, and dashes elsewhere', () => {
    const svg = pairMatrixSvg(picture(3, (a, b) => (a === 0 && b === 2 ? 0 : a + b + 1.5)));
    const cells = [...parse(svg).querySelectorAll('text[font-size="15"]')].map((t) => t.textContent);
    // Pairs (0,1) weight 2,5 and (1,2) weight 4,5, each twice; (0,2) has nothing split.
    expect(cells.sort()).toEqual(['2,5', '2,5', '4,5', '4,5']);
    const dashes = [...parse(svg).querySelectorAll('text[font-size="14"]')].map((t) => t.textContent);
    expect(dashes.filter((d) => d === '—')).toHaveLength(3);
    expect(dashes.filter((d) => d === '–')).toHaveLength(2);
  });

  it('shades the heavier pair darker, and marks covered pairs only when marks are given', () => {
    const svg = pairMatrixSvg(picture(2, () => 4, true));
    expect(svg).toContain('(2) ✓');
    const plain = pairMatrixSvg(picture(3, (a, b) => (b === 2 ? 6 : 1)));
    expect(plain).not.toContain('✓');
    const shades = [...parse(plain).querySelectorAll('rect[fill-opacity]')]
      .filter((r) => Number(r.getAttribute('width')) > 30)
      .map((r) => Number(r.getAttribute('fill-opacity')));
    expect(Math.max(...shades)).toBeGreaterThan(Math.min(...shades));
  });

  it('refuses input it cannot draw, saying what is wrong', () => {
    expect(() => pairMatrixSvg({ ...picture(1, () => 0), holders: [] })).toThrow(/no holders/);
    expect(() => pairMatrixSvg({ ...picture(2, () => 1), weight: [0, 1, 1] })).toThrow(/weight has 3 cells, not 2 × 2/);
    expect(() => pairMatrixSvg({ ...picture(2, () => 1), weight: [0, -1, -1, 0] })).toThrow(/cell 1, 2/);
  });

  it('stays well-formed for any names and weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 60 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.float({ min: 0, max: 100, noNaN: true }), { minLength: 64, maxLength: 64 }),
        (names, weights) => {
          const k = names.length;
          const p = picture(k, (a, b) => weights[a * 8 + b]!);
          const doc = parse(pairMatrixSvg({ ...p, holders: names.map((name) => ({ name, colour: '#000' })) }));
          expect(doc.documentElement.localName).toBe('svg');
          expect(doc.querySelectorAll('text[font-weight="600"][text-anchor="end"]')).toHaveLength(k);
        },
      ),
      { numRuns: 60 },
    );
  });
});
