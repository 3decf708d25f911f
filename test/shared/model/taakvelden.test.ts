import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TaakveldCodeSchema, findTaakveld, map2017To2025, taakveldenOf, type Taakveld } from '../../../shared/model';

/**
 * The reference lists the app's tables were built from, copied byte for byte from the project's reference folder
 * into test/fixtures/model so the test runs from any checkout (comma-separated, double quotes around commas).
 */
function readReference(file: string): Taakveld[] {
  const text = readFileSync(new URL(`../../fixtures/model/${file}`, import.meta.url), 'utf8');
  const [header, ...rows] = text.trim().split(/\r?\n/);
  expect(header).toBe('code,name,hoofdtaakveld');
  return rows.map((row) => {
    const cells = [...row.matchAll(/"([^"]*)"|([^,]+)/g)].map((m) => m[1] ?? m[2]!);
    expect(cells).toHaveLength(3);
    const [code, name, hoofdtaakveld] = cells as [string, string, string];
    return { code, name, hoofdtaakveld };
  });
}

describe('taakveld lists', () => {
  it.each([
    ['2017', 'taakvelden-2017.csv', 53],
    ['2025', 'taakvelden-2025.csv', 69],
  ] as const)('the %s list equals the reference %s (%i entries) in order', (list, file, count) => {
    const reference = readReference(file);
    expect(reference).toHaveLength(count);
    expect(taakveldenOf(list)).toHaveLength(count);
    expect([...taakveldenOf(list)]).toEqual(reference);
  });

  it.each(['2017', '2025'] as const)('the %s list has unique, well-formed codes', (list) => {
    const codes = taakveldenOf(list).map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(TaakveldCodeSchema.safeParse(c).success).toBe(true);
  });
});

describe('findTaakveld', () => {
  it('finds a code in its own list only', () => {
    expect(findTaakveld('2017', '6.2')).toEqual({ code: '6.2', name: 'Wijkteams', hoofdtaakveld: '6 Sociaal domein' });
    expect(findTaakveld('2025', '6.2')).toBeUndefined();
    expect(findTaakveld('2025', '6.21')?.name).toBe('Toegang en eerstelijnsvoorzieningen Wmo');
    expect(findTaakveld('2017', '6.21')).toBeUndefined();
  });

  it('tells 0.1 from 0.10 and 6.6 from 6.60', () => {
    expect(findTaakveld('2025', '0.1')?.name).toBe('Bestuur');
    expect(findTaakveld('2025', '0.10')?.name).toBe('Mutaties reserves');
    expect(findTaakveld('2017', '6.6')?.name).toBe('Maatwerkvoorzieningen (WMO)');
    expect(findTaakveld('2017', '6.60')).toBeUndefined();
    expect(findTaakveld('2025', '6.6')).toBeUndefined();
  });

  it('gives the renamed name per list', () => {
    expect(findTaakveld('2017', '8.1')?.name).toBe('Ruimtelijke ordening');
    expect(findTaakveld('2025', '8.1')?.name).toBe('Ruimte en leefomgeving');
  });

  it('finds nothing for unknown or malformed codes', () => {
    for (const code of ['', '9.9', '6.71a', ' 6.3', 'constructor']) {
      expect(findTaakveld('2017', code)).toBeUndefined();
      expect(findTaakveld('2025', code)).toBeUndefined();
    }
  });
});

describe('map2017To2025', () => {
  it('maps a split code to every code it became', () => {
    expect(map2017To2025('6.2')).toEqual(['6.21', '6.22', '6.23']);
    expect(map2017To2025('6.71')).toEqual(['6.711', '6.712', '6.713', '6.714']);
    expect(map2017To2025('6.72')).toEqual(['6.751', '6.752', '6.753', '6.761', '6.762', '6.763']);
    expect(map2017To2025('6.81')).toEqual(['6.811', '6.812']);
    expect(map2017To2025('6.82')).toEqual(['6.821', '6.822']);
  });

  it('maps a renumbered code to its new number', () => {
    expect(map2017To2025('6.6')).toEqual(['6.60']);
  });

  it('maps a code both lists share to itself, also when only its name changed', () => {
    expect(map2017To2025('0.1')).toEqual(['0.1']);
    expect(map2017To2025('6.3')).toEqual(['6.3']);
    expect(map2017To2025('6.4')).toEqual(['6.4']);
    expect(map2017To2025('8.1')).toEqual(['8.1']);
  });

  it('maps a code it does not know to nothing', () => {
    for (const code of ['9.9', '6.71a', '', 'toString']) expect(map2017To2025(code)).toEqual([]);
  });

  it('maps every 2017 code to at least one existing 2025 code', () => {
    for (const { code } of taakveldenOf('2017')) {
      const targets = map2017To2025(code);
      expect(targets.length, code).toBeGreaterThan(0);
      for (const t of targets) expect(findTaakveld('2025', t), `${code} → ${t}`).toBeDefined();
    }
  });

  it('sends no two 2017 codes to the same 2025 code', () => {
    const targets = taakveldenOf('2017').flatMap((t) => map2017To2025(t.code));
    expect(new Set(targets).size).toBe(targets.length);
  });
});
