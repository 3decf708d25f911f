// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { workbookXlsx } from '../../../../shared/exchange';
import {
  importExchangeBytes,
  importGraph,
  readGraphXml,
  type ExchangeResult,
} from '../../../../shared/exchange/import';
import { formatPath } from '../../../../shared/io/formatPath';
import type { Problem } from '../../../../shared/model';
import { projectFixture } from '../../model/projectFixture';

const enc = (s: string) => new TextEncoder().encode(s);
const parse = (t: string) => new DOMParser().parseFromString(t, 'application/xml');
const options = { divisionName: 'Uit het bestand' };
const errors = (r: ExchangeResult) => r.problems.filter((p) => p.severity !== 'warning');
const where = (p: Problem, locale: 'nl' | 'en' = 'nl') => formatPath(p.path, locale);

describe('a workbook refused at sheet, row and column', () => {
  it('names the sheet, the row as Excel shows it and the column as the file spells it', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => [`Doel ${i + 2}`, 'sociaal', 1000 * i]);
    const bytes = await workbookXlsx([
      { sheet: 'Doelen', header: ['titel', 'domein', 'budget'], rows: [...rows, ['Doel 14', 'sociaal', 'veel geld']] },
    ]);
    const r = await importExchangeBytes(projectFixture(), 'doelen.xlsx', bytes, options);
    expect(r.value).toBeUndefined();
    expect(errors(r)).toEqual([
      { code: 'csvBadBudget', params: { value: 'veel geld' }, path: ['sheet', 'Doelen', 14, 'budget'] },
    ]);
    expect(where(errors(r)[0]!)).toBe('Doelen, rij 14, kolom ‘budget’');
    expect(where(errors(r)[0]!, 'en')).toBe('Doelen, row 14, column ‘budget’');
  });

  it('reads a user’s own sheet by its header, rows counted from the top of the sheet, formula cells as written', async () => {
    const bytes = await workbookXlsx([
      {
        sheet: 'Blad1',
        header: ['Titel', 'Domein', 'Thema’s', 'Taakvelden'],
        rows: [
          ["'=SOM(A1)", 'Sociaal', 'armoede | schulden', '6.3'],
          ['Buurtbus', 'Fysiek', '', '9.99'],
        ],
      },
    ]);
    const r = await importExchangeBytes(projectFixture(), 'eigen.xlsx', bytes, options);
    expect(errors(r)).toEqual([
      {
        code: 'csvUnknownTaakveld',
        params: { row: 3, column: 'Taakvelden', code: '9.99', list: '2025' },
        path: ['sheet', 'Blad1', 3, 'Taakvelden'],
      },
    ]);
    const fixed = await workbookXlsx([
      {
        sheet: 'Blad1',
        header: ['Titel', 'Domein', 'Thema’s'],
        rows: [["'=SOM(A1)", 'Sociaal', 'armoede | schulden']],
      },
    ]);
    const ok = await importExchangeBytes(projectFixture(), 'eigen.xlsx', fixed, options);
    // The workbook writer neutralised "=SOM(A1)" to "'=SOM(A1)" once more; the import takes one apostrophe off.
    expect(ok.value!.goals.map((g) => [g.entity.title, g.entity.themes])).toEqual([
      ["'=SOM(A1)", ['armoede', 'schulden']],
    ]);
  });

  it('refuses unknown columns, kinds and links to nothing, each at its cell; agenda and other sheets are named', async () => {
    const bytes = await workbookXlsx([
      { sheet: 'Doelen', header: ['titel', 'kleur'], rows: [['Doel x', 'rood']] },
      {
        sheet: 'Verbanden',
        header: ['van', 'naar', 'soort'],
        rows: [
          ['a', 'b', 'vriendschap'],
          ['a', 'zz', 'versterkt'],
        ],
      },
      { sheet: 'Afstemmingsagenda', header: ['houder_a'], rows: [['X']] },
      { sheet: 'Notities', header: ['wat'], rows: [['iets']] },
    ]);
    const r = await importExchangeBytes(projectFixture(), 'fout.xlsx', bytes, options);
    expect(r.problems.map((p) => [p.code, where(p)])).toEqual(
      expect.arrayContaining([
        ['csvUnknownColumn', 'Doelen, rij 1, kolom ‘kleur’'],
        ['exchangeAgendaIgnored', ''],
        ['exchangeSheetsIgnored', ''],
      ]),
    );
    const fixedGoals = await workbookXlsx([
      {
        sheet: 'Verbanden',
        header: ['van', 'naar', 'soort'],
        rows: [
          ['a', 'b', 'vriendschap'],
          ['a', 'zz', 'versterkt'],
        ],
      },
    ]);
    const links = await importExchangeBytes(projectFixture(), 'fout.xlsx', fixedGoals, options);
    expect(errors(links).map((p) => [p.code, where(p)])).toEqual([
      ['csvUnknownKind', 'Verbanden, rij 2, kolom ‘soort’'],
      ['csvUnknownGoal', 'Verbanden, rij 3, kolom ‘naar’'],
    ]);
  });

  it('a division sheet: an unknown role and a goal twice at their cells; a good one is a new draft', async () => {
    const header = ['houder', 'rol', 'partij', 'fte', 'onderwerp', 'doel', 'uitzondering', 'onderwerp_id', 'doel_id'];
    const bad = await workbookXlsx([
      {
        sheet: 'Verdeling',
        header,
        rows: [
          ['Wethouder Een', 'koning', '', 1, '', '', 'nee', '', 'a'],
          ['Wethouder Twee', 'wethouder', '', 0.8, '', '', 'nee', '', 'a'],
        ],
      },
    ]);
    const r = await importExchangeBytes(projectFixture(), 'v.xlsx', bad, options);
    expect(errors(r).map((p) => [p.code, where(p)])).toEqual([
      ['divisionTableUnknownRole', 'Verdeling, rij 2, kolom ‘rol’'],
      ['exchangeGoalTwice', 'Verdeling, rij 3, kolom ‘doel’'],
    ]);
    const good = await workbookXlsx([
      {
        sheet: 'Verdeling',
        header,
        rows: [
          ['Wethouder Een', 'wethouder', '', 1, '', '', 'nee', '', 'b'],
          ['Wethouder Drie', 'burgemeester', 'Lokaal', 1, '', 'Doel a', 'nee', '', ''],
        ],
      },
    ]);
    const v = (await importExchangeBytes(projectFixture(), 'v.xlsx', good, options)).value!;
    expect(v.portfolios.map((p) => [p.entity.holder, p.entity.role, p.before?.id])).toEqual([
      ['Wethouder Een', 'wethouder', 'P1'],
      ['Wethouder Drie', 'burgemeester', undefined],
    ]);
    expect(v.division).toMatchObject({ name: 'Uit het bestand', assignments: { b: 'P1' } });
    expect(v.division!.assignments.a).toBe(v.portfolios[1]!.entity.id);
  });
});

const graphml = (nodes: string, edges: string, keys = '') => `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="domein" attr.type="string"/>
  <key id="d2" for="edge" attr.name="soort" attr.type="string"/>
  <key id="d3" for="edge" attr.name="weight" attr.type="double"/>${keys}
  <graph id="G" edgedefault="undirected">${nodes}${edges}
  </graph>
</graphml>`;

describe('GraphML and GEXF refused at their nodes and edges', () => {
  it('names the node or edge by id and the attribute as the file calls it', () => {
    const text = graphml(
      `<node id="n1"><data key="d0">Armoede</data><data key="d1">sociaal</data></node>
       <node id="n14"><data key="d0">Wonen</data><data key="d1">Ruimte</data></node>`,
      `<edge id="e1" source="n1" target="n14"><data key="d2">vriendschap</data></edge>
       <edge id="e2" source="n1" target="n99"><data key="d2">versterkt</data><data key="d3">20</data></edge>`,
    );
    const r = importGraph(projectFixture(), readGraphXml(enc(text), parse, 'graphml'), options);
    expect(errors(r).map((p) => [p.code, where(p)])).toEqual([
      ['csvUnknownDomain', 'GraphML, knoop n14, attribuut ‘domein’'],
      // The link to the refused node says so rather than that the node does not exist.
      ['exchangeEndRefused', 'GraphML, lijn e1, attribuut ‘target’'],
      ['csvUnknownKind', 'GraphML, lijn e1, attribuut ‘soort’'],
      ['csvUnknownGoal', 'GraphML, lijn e2, attribuut ‘target’'],
      ['csvBadStrength', 'GraphML, lijn e2, attribuut ‘weight’'],
    ]);
  });

  it('takes a foreign Cytoscape file: names as titles, defaults said once with their count, other attributes named', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" for="node" attr.name="name" attr.type="string"/>
  <key id="k1" for="node" attr.name="SUID" attr.type="long"/>
  <key id="k2" for="edge" attr.name="interaction" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="1"><data key="k0">Schuldhulp</data><data key="k1">52</data></node>
    <node id="2"><data key="k0">Werk</data><data key="k1">53</data></node>
    <node id="3"><data key="k1">54</data></node>
    <edge source="1" target="2"><data key="k2">pp</data></edge>
    <edge source="2" target="3"/>
  </graph>
</graphml>`;
    const r = importGraph(projectFixture(), readGraphXml(enc(text), parse, 'graphml'), options);
    expect(errors(r)).toEqual([]);
    expect(r.value!.goals.map((g) => [g.entity.id, g.entity.title, g.entity.domainId])).toEqual([
      ['1', 'Schuldhulp', 'fysiek'],
      ['2', 'Werk', 'fysiek'],
      ['3', '3', 'fysiek'],
    ]);
    expect(r.value!.links.map((l) => [l.entity.source, l.entity.target, l.entity.kind, l.entity.strength])).toEqual([
      ['1', '2', 'reinforces', 1],
      ['2', '3', 'reinforces', 1],
    ]);
    expect(r.problems.map((p) => [p.code, p.params])).toEqual(
      expect.arrayContaining([
        ['exchangeNodeAttributesIgnored', { names: 'SUID' }],
        ['exchangeEdgeAttributesIgnored', { names: 'interaction' }],
        ['exchangeDefaultTitle', { count: 1, examples: '3' }],
        ['exchangeDefaultDomain', { domain: 'Fysiek', count: 3, examples: '1, 2, 3' }],
        ['exchangeDefaultKind', { count: 2, examples: '#1, #2' }],
        ['exchangeDefaultStrength', { count: 2, examples: '#1, #2' }],
      ]),
    );
    // A second import of the same file updates what the first added instead of doubling it.
    const first = r.value!;
    const again = importGraph(
      {
        ...projectFixture(),
        goals: [...projectFixture().goals, ...first.goals.map((g) => g.entity)],
        links: [...projectFixture().links, ...first.links.map((l) => l.entity)],
      },
      readGraphXml(enc(text), parse, 'graphml'),
      options,
    );
    expect(again.value!.goals.every((g) => g.before !== undefined)).toBe(true);
    expect(again.value!.links.every((l) => l.before !== undefined)).toBe(true);
  });

  it('takes yEd’s node labels', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d6" for="node" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed">
    <node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel>Jeugdzorg dichtbij</y:NodeLabel></y:ShapeNode></data></node>
  </graph>
</graphml>`;
    const r = importGraph(projectFixture(), readGraphXml(enc(text), parse, 'graphml'), options);
    expect(r.value!.goals.map((g) => g.entity.title)).toEqual(['Jeugdzorg dichtbij']);
  });

  it('GEXF from Gephi: a bad budget at its node, Gephi’s own attributes named and left out', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.2" xmlns:viz="http://gexf.net/1.2/viz" version="1.2">
  <graph defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="budget" type="string"/>
      <attribute id="1" title="modularity_class" type="integer"/>
    </attributes>
    <nodes>
      <node id="a1" label="Armoede"><attvalues><attvalue for="0" value="1.250"/><attvalue for="1" value="2"/></attvalues><viz:size value="10"/></node>
      <node id="n2" label="Wonen"><attvalues><attvalue for="0" value="veel"/></attvalues></node>
    </nodes>
    <edges><edge id="0" source="a1" target="n2" weight="2.5"/></edges>
  </graph>
</gexf>`;
    const r = importGraph(projectFixture(), readGraphXml(enc(text), parse, 'gexf'), options);
    expect(errors(r).map((p) => [p.code, where(p)])).toEqual([
      ['csvBadBudget', 'GEXF, knoop n2, attribuut ‘budget’'],
      ['exchangeEndRefused', 'GEXF, lijn 0, attribuut ‘target’'],
    ]);
    expect(r.problems.map((p) => p.code)).toContain('exchangeNodeAttributesIgnored');
  });

  it('refuses a DOCTYPE (and with it every entity) before the XML is parsed', () => {
    const text = `<?xml version="1.0"?>
<!DOCTYPE graphml [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="&lol2;"/></graph></graphml>`;
    const spy = vi.fn(parse);
    const g = readGraphXml(enc(text), spy, 'graphml');
    expect(g.problems).toEqual([{ code: 'exchangeXmlDoctype' }]);
    expect(spy).not.toHaveBeenCalled();
    expect(errors(importGraph(projectFixture(), g, options))).toEqual([{ code: 'exchangeXmlDoctype' }]);
  });

  it('refuses XML that is not well-formed, or not a graph', () => {
    const broken = readGraphXml(enc('<graphml><node id="a"></graphml>'), parse, 'graphml');
    expect(broken.problems.map((p) => p.code)).toEqual(['exchangeXmlMalformed']);
    const other = readGraphXml(enc('<html xmlns="http://www.w3.org/1999/xhtml"/>'), parse, 'graphml');
    expect(other.problems).toEqual([{ code: 'exchangeXmlNotGraph', params: { root: 'html' } }]);
  });
});

describe('Kumu', () => {
  it('takes an export from Kumu (ids and fields under attributes) and locates a connection to nothing', async () => {
    const kumu = {
      elements: [
        { _id: 'elem-1', attributes: { label: 'Armoede', 'element type': 'Person', tags: ['geld'] } },
        { _id: 'elem-2', attributes: { label: 'Werk', description: 'Meer banen' } },
      ],
      connections: [
        {
          _id: 'conn-1',
          from: 'elem-1',
          to: 'elem-2',
          direction: 'directed',
          attributes: { 'connection type': 'voorwaarde' },
        },
        { _id: 'conn-2', from: 'elem-1', to: 'elem-9', direction: 'undirected', attributes: {} },
      ],
    };
    const r = await importExchangeBytes(projectFixture(), 'kaart.json', enc(JSON.stringify(kumu)), options);
    expect(errors(r).map((p) => [p.code, where(p)])).toEqual([
      ['csvUnknownGoal', 'Kumu, verbinding conn-2, veld ‘to’'],
    ]);
    kumu.connections.pop();
    const ok = await importExchangeBytes(projectFixture(), 'kaart.json', enc(JSON.stringify(kumu)), options);
    expect(ok.value!.goals.map((g) => [g.entity.id, g.entity.title, g.entity.themes, g.entity.description])).toEqual([
      ['elem-1', 'Armoede', ['geld'], ''],
      ['elem-2', 'Werk', [], 'Meer banen'],
    ]);
    expect(ok.value!.links.map((l) => [l.entity.id, l.entity.kind])).toEqual([['conn-1', 'prerequisite']]);
    expect(ok.problems.map((p) => [p.code, p.params])).toContainEqual(['exchangeTypesAsGoals', { types: 'Person' }]);
  });

  it('refuses JSON that does not parse, at its line and column', async () => {
    const r = await importExchangeBytes(projectFixture(), 'kaart.json', enc('{\n  "elements": [,]\n}'), options);
    expect(r.problems).toEqual([{ code: 'exchangeJsonSyntax', params: { line: 2, column: 16 } }]);
  });
});
