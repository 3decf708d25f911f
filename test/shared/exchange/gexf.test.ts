// @vitest-environment jsdom
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { exportGexf } from '../../../shared/exchange';
import { expectWellFormed, graphProject } from './graphFixture';

describe('GEXF export', () => {
  it('is well-formed GEXF 1.3 with declared, typed attributes', () => {
    const doc = expectWellFormed(exportGexf(graphProject()));
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://gexf.net/1.3');
    expect(root.getAttribute('version')).toBe('1.3');
    const types = Object.fromEntries(
      [...doc.getElementsByTagName('attribute')].map((a) => [
        `${(a.parentNode as Element).getAttribute('class')}.${a.getAttribute('id')}`,
        a.getAttribute('type'),
      ]),
    );
    expect(types).toEqual({
      'node.type': 'string',
      'node.domain': 'string',
      'node.subject': 'string',
      'node.budget': 'double',
      'node.taakvelden': 'liststring',
      'node.themes': 'liststring',
      'node.description': 'string',
      'node.holder': 'string',
      'node.party': 'string',
      'node.exception': 'boolean',
      'edge.kind': 'string',
      'edge.rationale': 'string',
      'edge.omgevingswet': 'boolean',
      'edge.split': 'boolean',
    });
  });

  it('reads back in graphology-gexf: goals and subjects as nodes, links as edges, with their attributes', () => {
    const p = graphProject();
    const g = parse(Graph, exportGexf(p));
    expect(g.order).toBe(p.goals.length + p.subjects.length);
    expect(g.size).toBe(p.links.length);
    const w1 = g.getNodeAttributes('w1');
    expect(w1).toMatchObject({
      label: p.goals[0]!.title,
      type: 'doel',
      domain: 'Sociaal',
      subject: 'Werk en inkomen',
      budget: 10,
      taakvelden: ['6.3', '6.81'],
      themes: ['werk, inkomen', 'zorg "thuis"', '[haakjes]', 'back\\slash'],
      description: 'regel 1\nregel 2\rregel 3',
      holder: 'Wethouder Een',
      party: '',
      exception: false,
      color: 'rgb(31,95,168)',
    });
    expect(g.getNodeAttributes('w3')).toMatchObject({
      holder: 'Wethouder Twee',
      party: 'Lokaal & Sterk',
      exception: true,
    });
    // An unknown budget has no value; a subject is a node of its own, held by its (lead) holder.
    expect(g.getNodeAttributes('z2')).not.toHaveProperty('budget');
    expect(g.getNodeAttributes('H')).toMatchObject({
      label: 'Wonen',
      type: 'onderwerp',
      holder: 'Wethouder Drie',
      taakvelden: [],
    });
    expect(g.getNodeAttributes('Z')).toMatchObject({ holder: 'Wethouder Twee' });

    const ow = g.getEdgeAttributes('z1_H');
    expect(ow).toEqual({
      weight: 2.5,
      kind: 'omgevingswet',
      rationale: 'Gezonde <leefomgeving> & "wonen"',
      omgevingswet: true,
      split: true,
    });
    expect(g.getEdgeAttributes('w1_z1')).toMatchObject({
      kind: 'versterkt',
      split: true,
      omgevingswet: false,
      weight: 3,
    });
    expect(g.getEdgeAttributes('x_w1')).toMatchObject({ split: false });
    // Only a prerequisite has a direction, from what is needed to what needs it.
    expect(g.isDirected('w1_w2')).toBe(true);
    expect([g.source('w1_w2'), g.target('w1_w2')]).toEqual(['w1', 'w2']);
    expect(g.getEdgeAttribute('w1_w2', 'kind')).toBe('voorwaarde');
    expect(g.isDirected('w1_z1')).toBe(false);
  });

  it('titles attributes in English and leaves the draft out when there is none', () => {
    const p = { ...graphProject(), divisions: [] };
    const xml = exportGexf(p, { locale: 'en' });
    expect(xml).toContain('<attribute id="domain" title="domain" type="string"/>');
    expect(xml).not.toContain('id="holder"');
    const g = parse(Graph, xml);
    expect(g.getNodeAttributes('w1')).not.toHaveProperty('holder');
    expect(g.getEdgeAttributes('w1_z1')).not.toHaveProperty('split');
    expect(g.getNodeAttribute('H', 'type')).toBe('subject');
    expect(g.getEdgeAttribute('w1_w2', 'kind')).toBe('prerequisite');
  });

  it('uses the chosen draft', () => {
    const p = graphProject();
    p.divisions.push({
      ...p.divisions[0]!,
      id: 'E',
      name: 'Alles bij Drie',
      assignments: {},
      subjects: { W: ['P3'], Z: ['P3'], H: ['P3'] },
    });
    const g = parse(Graph, exportGexf(p, { divisionId: 'E' }));
    expect(g.getNodeAttribute('w1', 'holder')).toBe('Wethouder Drie');
    expect(g.getNodeAttribute('x', 'holder')).toBe('');
    expect(g.filterEdges((_, a) => a.split as boolean)).toEqual([]);
  });
});
