import { describe, expect, it } from 'vitest';
import { exportKumuJson, exportKumuXlsx } from '../../../shared/exchange';
import { unescapeFormula } from '../../../shared/io/readCsvTable';
import { graphProject } from './graphFixture';
import { readWorkbook } from './readBack';

describe('Kumu blueprint (JSON)', () => {
  it('has elements and connections with label, type, description, tags and custom fields; ids link them', () => {
    const p = graphProject();
    const bp = JSON.parse(exportKumuJson(p));
    expect(Object.keys(bp)).toEqual(['elements', 'connections']);
    expect(bp.elements).toHaveLength(p.goals.length + p.subjects.length);
    expect(bp.connections).toHaveLength(p.links.length);
    expect(bp.elements[0]).toEqual({
      id: 'w1',
      label: p.goals[0]!.title,
      type: 'Doel',
      description: 'regel 1\nregel 2\rregel 3',
      tags: ['werk, inkomen', 'zorg "thuis"', '[haakjes]', 'back\\slash'],
      Domein: 'Sociaal',
      Onderwerp: 'Werk en inkomen',
      Budget: 10,
      Taakvelden: ['6.3', '6.81'],
      Houder: 'Wethouder Een',
      Partij: '',
      Uitzondering: 'nee',
    });
    const h = bp.elements.find((e: { id: string }) => e.id === 'H');
    expect(h).toMatchObject({ label: 'Wonen', type: 'Onderwerp', Houder: 'Wethouder Drie' });
    const ids = new Set(bp.elements.map((e: { id: string }) => e.id));
    for (const c of bp.connections) expect(ids.has(c.from) && ids.has(c.to)).toBe(true);
    expect(bp.connections.find((c: { id: string }) => c.id === 'z1_H')).toEqual({
      id: 'z1_H',
      from: 'z1',
      to: 'H',
      type: 'omgevingswet',
      direction: 'undirected',
      description: 'Gezonde <leefomgeving> & "wonen"',
      strength: 2.5,
      Omgevingswet: 'ja',
      Gesplitst: 'ja',
    });
    expect(bp.connections.find((c: { id: string }) => c.id === 'w1_w2')).toMatchObject({
      direction: 'directed',
      type: 'voorwaarde',
    });
  });

  it('keeps ids unique across elements and connections, as Kumu asks', () => {
    const p = graphProject();
    p.links[0] = { ...p.links[0]!, id: 'w1' };
    const bp = JSON.parse(exportKumuJson(p, { locale: 'en' }));
    const all = [...bp.elements, ...bp.connections].map((x: { id: string }) => x.id);
    expect(new Set(all).size).toBe(all.length);
    expect(bp.elements[0]).toMatchObject({ type: 'Goal', Domain: 'Sociaal', Holder: 'Wethouder Een', Exception: 'no' });
  });
});

describe('Kumu spreadsheet (XLSX)', () => {
  it('has the sheets Elements and Connections with ID first, then Label, or From and To', async () => {
    const p = graphProject();
    const sheets = await readWorkbook(await exportKumuXlsx(p));
    expect([...sheets.keys()]).toEqual(['Elements', 'Connections']);
    const elements = sheets.get('Elements')!;
    const connections = sheets.get('Connections')!;
    expect(elements[0]!.slice(0, 5)).toEqual(['ID', 'Label', 'Type', 'Description', 'Tags']);
    expect(connections[0]!.slice(0, 7)).toEqual(['ID', 'From', 'To', 'Type', 'Direction', 'Description', 'Strength']);
    expect(elements).toHaveLength(1 + p.goals.length + p.subjects.length);
    expect(connections).toHaveLength(1 + p.links.length);
    const col = (rows: unknown[][], name: string) => rows.slice(1).map((r) => r[rows[0]!.indexOf(name)]);
    expect(col(elements, 'Tags')[0]).toBe('werk, inkomen|zorg "thuis"|[haakjes]|back\\slash');
    expect(col(elements, 'Taakvelden')[0]).toBe('6.3|6.81');
    expect(col(elements, 'Budget')[0]).toBe(10);
    expect(col(elements, 'Houder')).toEqual([
      ...p.goals.map(
        (g) => ({ w3: 'Wethouder Twee', z1: 'Wethouder Twee', z2: 'Wethouder Twee' })[g.id] ?? 'Wethouder Een',
      ),
      'Wethouder Een',
      'Wethouder Twee',
      'Wethouder Drie',
    ]);
    expect(col(connections, 'Strength')).toEqual(p.links.map((l) => l.strength));
    expect(col(connections, 'From')).toEqual(p.links.map((l) => l.source));
  });

  it('neutralises formula cells like every other XLSX', async () => {
    const p = graphProject();
    p.goals = p.goals.map((g) => ({ ...g, title: `=${g.id}` }));
    p.links = p.links.map((l) => ({ ...l, rationale: `-${l.id}` }));
    const sheets = await readWorkbook(await exportKumuXlsx(p));
    const labels = sheets
      .get('Elements')!
      .slice(1, 1 + p.goals.length)
      .map((r) => r[1] as string);
    expect(labels).toEqual(p.goals.map((g) => `'=${g.id}`));
    expect(labels.map(unescapeFormula)).toEqual(p.goals.map((g) => g.title));
    const descriptions = sheets
      .get('Connections')!
      .slice(1)
      .map((r) => r[5]);
    expect(descriptions).toEqual(p.links.map((l) => `'-${l.id}`));
  });
});
