import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkProject, emptyProject, linkKey } from '../../../shared/model';
import { CATALOGUE_SUBJECTS, typicalLinksAmong } from '../../../shared/catalogue';
import { applyPublishedDivision } from '../../../shared/division/applyPublishedDivision';
import type { PublishedHolder } from '../../../shared/division/publishedDivision';

// Holders built directly (the parser has its own tests), each publishing catalogue subjects by their Dutch name,
// some under more than one holder.
const holdersArb = fc
  .array(fc.uniqueArray(fc.integer({ min: 0, max: CATALOGUE_SUBJECTS.length - 1 }), { maxLength: 8 }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((lists): PublishedHolder[] =>
    lists.map((subjects, i) => ({
      name: `Houder ${i + 1}`,
      role: 'wethouder',
      party: null,
      fte: null,
      line: i + 1,
      subjects: subjects.map((s, j) => ({ published: CATALOGUE_SUBJECTS[s]!.name.nl, line: i + 1, column: j + 1 })),
    })),
  );

describe('applyPublishedDivision: properties', () => {
  it('gives every published catalogue subject to exactly the holders that published it, and takes exactly the catalogue links among them', () => {
    fc.assert(
      fc.property(holdersArb, (holders) => {
        const start = emptyProject({ id: 'p', name: 'P', now: '2026-01-05T09:00:00.000Z' });
        const r = applyPublishedDivision(start, { holders, lang: 'nl', divisionName: 'D' });
        if (!r.ok) return expect.fail(JSON.stringify(r.problems));
        const p = r.project;
        expect(checkProject(p)).toEqual([]);
        const division = p.divisions[0]!;
        const byCatalogue = new Map(p.subjects.map((s) => [s.catalogueId!, s.id]));
        const published = new Map<string, string[]>();
        holders.forEach((h, i) =>
          h.subjects.forEach((s) => {
            const id = CATALOGUE_SUBJECTS.find((c) => c.name.nl === s.published)!.id;
            published.set(id, [...(published.get(id) ?? []), division.portfolioIds[i]!]);
          }),
        );
        expect(new Set(p.subjects.map((s) => s.catalogueId))).toEqual(new Set(published.keys()));
        for (const [catalogueId, pfs] of published)
          expect(division.subjects[byCatalogue.get(catalogueId)!]).toEqual(pfs);
        const expected = typicalLinksAmong(published.keys()).map((t) =>
          linkKey({ source: byCatalogue.get(t.source)!, target: byCatalogue.get(t.target)!, kind: t.kind }),
        );
        expect(p.links.map(linkKey).sort()).toEqual(expected.sort());
        expect(r.summary.unmatched).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
