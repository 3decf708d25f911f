import { describe, expect, it } from 'vitest';
import { contrastRatio, domainMarks } from '../../../../renderer/views/board/domainMarks';
import { smallExample } from '../../../fixtures/smallExample';
import { PORTFOLIO_PALETTE } from '../../../../shared/model';

describe('domain marks', () => {
  it('gives each domain letters no other domain shares, so colour is never the only signal', () => {
    const marks = domainMarks([
      { id: 'f', name: 'Fysiek', colour: '#2f7d32' },
      { id: 'i', name: 'Financieel', colour: '#8a5a00' },
      { id: 's', name: 'Sociaal', colour: '#1f5fa8' },
      { id: 'v', name: 'veiligheid', colour: '#ffffff' },
    ]);
    expect([...marks.values()].map((m) => m.letters)).toEqual(['Fy', 'Fi', 'S', 'V']);
    const example = [...domainMarks(smallExample().domains).values()].map((m) => m.letters);
    expect(new Set(example).size).toBe(example.length);
  });

  it('picks the ink that reads on the colour (at least 4.5:1 for the palette and the default domains)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    const colours = [...PORTFOLIO_PALETTE, ...smallExample().domains.map((d) => d.colour), '#ffff00', '#000080'];
    for (const colour of colours) {
      const m = domainMarks([{ id: 'x', name: 'X', colour }]).get('x')!;
      expect(contrastRatio(colour, m.ink)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
