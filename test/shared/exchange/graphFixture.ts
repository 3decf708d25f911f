import { expect } from 'vitest';
import type { Project } from '../../../shared/model';
import { subjectDraft } from '../analysis/subjectDraftFixture';

/**
 * The subject draft (shared subject, exception, loose goal, a subject without goals) with a prerequisite, an
 * Omgevingswet link, themes, taakvelden and text that XML must escape.
 */
export function graphProject(): Project {
  const p = subjectDraft();
  p.goals = p.goals.map((g) =>
    g.id === 'w1'
      ? {
          ...g,
          title: 'Werk & "zorg" <samen> \'nu\'\r\nmet tab\t',
          themes: ['werk, inkomen', 'zorg "thuis"', '[haakjes]', 'back\\slash'],
          taakvelden: ['6.3', '6.81'],
          description: 'regel 1\nregel 2\rregel 3',
        }
      : g,
  );
  p.links = p.links.map((l) =>
    l.id === 'w1_w2'
      ? { ...l, kind: 'prerequisite' }
      : l.id === 'z1_H'
        ? { ...l, kind: 'omgevingswet', rationale: 'Gezonde <leefomgeving> & "wonen"', strength: 2.5 }
        : l,
  );
  p.portfolios = p.portfolios.map((h) => (h.id === 'P2' ? { ...h, party: 'Lokaal & Sterk' } : h));
  return p;
}

/**
 * Parses with jsdom's strict XML parser (the test file runs in the jsdom environment): a file that is not
 * well-formed fails the test.
 */
export function expectWellFormed(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}
