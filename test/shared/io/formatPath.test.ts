import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../shared/io/formatPath';

describe('formatPath', () => {
  it('maps collections and fields to Dutch', () => {
    expect(formatPath(['goals', 3, 'title'], 'nl')).toBe('doelen[3].titel');
    expect(formatPath(['links', 0, 'source'], 'nl')).toBe('verbanden[0].van');
    expect(formatPath(['divisions', 1, 'portfolioIds', 2], 'nl')).toBe('verdelingen[1].portefeuilles[2]');
    expect(formatPath(['portfolios', 0, 'fte'], 'nl')).toBe('portefeuilles[0].fte');
    expect(formatPath(['domains', 2, 'colour'], 'nl')).toBe('domeinen[2].kleur');
  });

  it('keeps English names in English', () => {
    expect(formatPath(['goals', 3, 'title'], 'en')).toBe('goals[3].title');
    expect(formatPath(['divisions', 0, 'assignments', 'goal_x'], 'en')).toBe('divisions[0].assignments.goal_x');
  });

  it('takes a separator for the UI', () => {
    expect(formatPath(['goals', 3, 'title'], 'nl', ' → ')).toBe('doelen[3] → titel');
  });

  it('does not translate record keys that happen to be field names', () => {
    expect(formatPath(['divisions', 0, 'assignments', 'title'], 'nl')).toBe('verdelingen[0].toewijzingen.title');
  });

  it('reads CSV locations as Excel shows them', () => {
    expect(formatPath(['csv', 4, 'sterkte'], 'nl')).toBe('Rij 4, kolom ‘sterkte’');
    expect(formatPath(['csv', 1], 'en')).toBe('Row 1');
  });

  it('reads the exchange import’s sheet and graph locations', () => {
    expect(formatPath(['sheet', 'Doelen', 14, 'budget'], 'nl')).toBe('Doelen, rij 14, kolom ‘budget’');
    expect(formatPath(['sheet', 'Goals', 3], 'en')).toBe('Goals, row 3');
    expect(formatPath(['graph', 'GraphML', 'node', 'n14', 'domein'], 'nl')).toBe(
      'GraphML, knoop n14, attribuut ‘domein’',
    );
    expect(formatPath(['graph', 'GEXF', 'edge', 'e2'], 'en')).toBe('GEXF, edge e2');
    expect(formatPath(['graph', 'Kumu', 'connection', 'c1', 'to'], 'nl')).toBe('Kumu, verbinding c1, veld ‘to’');
  });

  it('gives nothing for no path', () => {
    expect(formatPath(undefined, 'nl')).toBe('');
    expect(formatPath([], 'en')).toBe('');
  });
});
