// @vitest-environment jsdom
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { exportGraphml } from '../../../shared/exchange';
import { expectWellFormed, graphProject } from './graphFixture';

describe('GraphML export', () => {
  it('is well-formed GraphML with every key declared once, typed, in the file’s language', () => {
    const doc = expectWellFormed(exportGraphml(graphProject()));
    expect(doc.documentElement.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    const keys = [...doc.getElementsByTagName('key')].filter((k) => k.hasAttribute('attr.name'));
    expect(new Set(keys.map((k) => k.getAttribute('id'))).size).toBe(keys.length);
    const declared = Object.fromEntries(
      keys.map((k) => [`${k.getAttribute('for')}.${k.getAttribute('attr.name')}`, k.getAttribute('attr.type')]),
    );
    expect(declared).toEqual({
      'node.label': 'string',
      'node.type': 'string',
      'node.domein': 'string',
      'node.onderwerp': 'string',
      'node.budget': 'double',
      'node.taakvelden': 'string',
      'node.themas': 'string',
      'node.omschrijving': 'string',
      'node.houder': 'string',
      'node.partij': 'string',
      'node.uitzondering': 'boolean',
      'edge.weight': 'double',
      'edge.soort': 'string',
      'edge.toelichting': 'string',
      'edge.omgevingswet': 'boolean',
      'edge.gesplitst': 'boolean',
    });
    // Every data element names a declared key.
    const ids = new Set([...doc.getElementsByTagName('key')].map((k) => k.getAttribute('id')));
    for (const d of doc.getElementsByTagName('data')) expect(ids.has(d.getAttribute('key'))).toBe(true);
  });

  it('reads back in graphology-graphml with the right nodes, edges and attributes', () => {
    const p = graphProject();
    const g = parse(Graph, exportGraphml(p));
    expect(g.order).toBe(p.goals.length + p.subjects.length);
    expect(g.size).toBe(p.links.length);
    expect(g.getNodeAttributes('w1')).toMatchObject({
      label: p.goals[0]!.title,
      type: 'doel',
      domein: 'Sociaal',
      onderwerp: 'Werk en inkomen',
      budget: 10,
      taakvelden: '6.3 | 6.81',
      themas: 'werk, inkomen | zorg "thuis" | [haakjes] | back\\slash',
      omschrijving: 'regel 1\nregel 2\rregel 3',
      houder: 'Wethouder Een',
      uitzondering: false,
    });
    expect(g.getNodeAttributes('w3')).toMatchObject({
      houder: 'Wethouder Twee',
      partij: 'Lokaal & Sterk',
      uitzondering: true,
    });
    expect(g.getNodeAttributes('z2')).not.toHaveProperty('budget');
    expect(g.getNodeAttributes('H')).toMatchObject({ label: 'Wonen', type: 'onderwerp', houder: 'Wethouder Drie' });
    expect(g.getEdgeAttributes('z1_H')).toMatchObject({
      weight: 2.5,
      soort: 'omgevingswet',
      toelichting: 'Gezonde <leefomgeving> & "wonen"',
      omgevingswet: true,
      gesplitst: true,
    });
    expect(g.getEdgeAttributes('x_w1')).toMatchObject({ gesplitst: false, weight: 1 });
    expect(g.isDirected('w1_w2')).toBe(true);
    expect([g.source('w1_w2'), g.target('w1_w2')]).toEqual(['w1', 'w2']);
    expect(g.isDirected('w1_z1')).toBe(false);
  });

  it('carries yEd’s node graphics with the title, and English names when asked', () => {
    const p = graphProject();
    const xml = exportGraphml(p, { locale: 'en' });
    const doc = expectWellFormed(xml);
    const labels = [...doc.getElementsByTagNameNS('http://www.yworks.com/xml/graphml', 'NodeLabel')].map(
      (l) => l.textContent,
    );
    expect(labels).toEqual([...p.goals.map((g) => g.title), ...p.subjects.map((s) => s.name)]);
    const g = parse(Graph, xml);
    expect(g.getNodeAttributes('w3')).toMatchObject({ holder: 'Wethouder Twee', exception: true, domain: 'Sociaal' });
    expect(g.getEdgeAttributes('w1_w2')).toMatchObject({ kind: 'prerequisite', split: false });
  });
});
