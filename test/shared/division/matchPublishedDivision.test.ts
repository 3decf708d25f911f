import { describe, expect, it } from 'vitest';
import type { Subject } from '../../../shared/model';
import { matchPublishedDivision, decisionKey } from '../../../shared/division/matchPublishedDivision';
import { holders } from './applyFixture';

const subject = (id: string, name: string, catalogueId?: string): Subject => ({
  id,
  name,
  domainId: 'sociaal',
  taakvelden: [],
  description: '',
  ...(catalogueId === undefined ? {} : { catalogueId }),
});

describe('matchPublishedDivision', () => {
  it('proposes each distinct text once, in the order the division first names it', () => {
    const text = 'Wethouder Smit (CDA): Wonen, kermisbeleid\nWethouder De Wit (D66): wonen,  Kermisbeleid ';
    expect(matchPublishedDivision({ subjects: [] }, holders(text))).toEqual([
      { published: 'Wonen', subjectIds: [], catalogueIds: ['wonen'], unmatched: [] },
      { published: 'kermisbeleid', subjectIds: [], catalogueIds: [], unmatched: ['kermisbeleid'] },
    ]);
    expect(decisionKey('  Armoede  en Schulden ')).toBe(decisionKey('armoede en schulden'));
  });

  it("finds a project subject first, also by its catalogue subject's synonyms, and keeps the tiers' ids apart", () => {
    const text = 'Wethouder Smit (CDA): minimabeleid; grondbeleid & evenementen';
    // A project subject whose id happens to equal a catalogue id stays a project subject.
    const project = { subjects: [subject('p1', 'Armoede', 'armoede-en-schulden'), subject('wonen', 'Evenementen')] };
    expect(matchPublishedDivision(project, holders(text))).toEqual([
      { published: 'minimabeleid', subjectIds: ['p1'], catalogueIds: [], unmatched: [] },
      { published: 'grondbeleid & evenementen', subjectIds: ['wonen'], catalogueIds: ['grondbeleid'], unmatched: [] },
    ]);
  });

  it('lets the catalogue see a name with "en" whole when the project subjects match none of it', () => {
    const text = 'Wethouder Smit (CDA): Participatie en democratie; Personeel en organisatie';
    expect(matchPublishedDivision({ subjects: [subject('s', 'Sport')] }, holders(text))).toEqual([
      {
        published: 'Participatie en democratie',
        subjectIds: [],
        catalogueIds: ['participatie-en-democratie'],
        unmatched: [],
      },
      {
        published: 'Personeel en organisatie',
        subjectIds: [],
        catalogueIds: ['personeel-en-organisatie'],
        unmatched: [],
      },
    ]);
  });
});
