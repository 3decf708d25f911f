import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_SUBJECTS,
  TYPICAL_LINK_REFERENCES,
  TYPICAL_LINKS,
  typicalLinksAmong,
} from '../../../shared/catalogue';
import { IdSchema } from '../../../shared/model/ids';
import { LINK_KINDS } from '../../../shared/model/link';

const subjectIds = new Set(CATALOGUE_SUBJECTS.map((s) => s.id));
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

describe('typical links', () => {
  it('stay selective: fewer than a fifth of all subject pairs are linked', () => {
    const n = CATALOGUE_SUBJECTS.length;
    const allPairs = (n * (n - 1)) / 2;
    const linked = new Set(TYPICAL_LINKS.map((l) => pairKey(l.source, l.target)));
    expect(linked.size).toBeLessThan(allPairs / 5);
    // And no subject is tied to everything: the busiest one reaches fewer than a quarter of the others.
    const degree = new Map<string, number>();
    for (const l of TYPICAL_LINKS) {
      degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
      degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
    }
    expect(Math.max(...degree.values())).toBeLessThan((n - 1) / 4);
  });

  it('join two different catalogue subjects, each pair at most once', () => {
    const pairs = new Set<string>();
    for (const l of TYPICAL_LINKS) {
      expect(subjectIds.has(l.source), l.id).toBe(true);
      expect(subjectIds.has(l.target), l.id).toBe(true);
      expect(l.source, l.id).not.toBe(l.target);
      const key = pairKey(l.source, l.target);
      expect(pairs.has(key), `pair linked twice: ${l.id}`).toBe(false);
      pairs.add(key);
    }
  });

  it('have stable ids from their ends, valid as model ids, sorted', () => {
    const ids = TYPICAL_LINKS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const l of TYPICAL_LINKS) {
      expect(l.id).toBe(`${l.source}--${l.target}`);
      expect(IdSchema.safeParse(l.id).success).toBe(true);
      expect(l.id.length).toBeLessThanOrEqual(80);
    }
  });

  it('have a model link kind and a strength of 1, 2 or 3; only a prerequisite has a direction', () => {
    for (const l of TYPICAL_LINKS) {
      expect(LINK_KINDS).toContain(l.kind);
      expect([1, 2, 3]).toContain(l.strength);
      if (l.kind !== 'prerequisite') expect(l.source < l.target, `${l.id} is written in alphabetical order`).toBe(true);
    }
    expect(new Set(TYPICAL_LINKS.map((l) => l.kind))).toEqual(new Set(LINK_KINDS));
  });

  it('explain themselves in one Dutch and one English sentence', () => {
    for (const l of TYPICAL_LINKS) {
      for (const text of [l.rationale.nl, l.rationale.en]) {
        expect(text.trim().length, l.id).toBeGreaterThan(40);
        expect(text.length, l.id).toBeLessThanOrEqual(300);
        expect(text, l.id).toMatch(/^\p{Lu}.*\.$/u);
        // One sentence: no full stop followed by a new sentence inside.
        expect(text.slice(0, -1), l.id).not.toMatch(/[.!?]\s+\p{Lu}/u);
      }
      expect(l.rationale.nl).not.toBe(l.rationale.en);
    }
  });

  it('name a public source with title, publisher and URL, and every listed source is used', () => {
    for (const l of TYPICAL_LINKS) {
      expect(l.reference).toBe(TYPICAL_LINK_REFERENCES[l.referenceKey]);
      expect(l.reference.title.trim(), l.id).not.toBe('');
      expect(l.reference.publisher.trim(), l.id).not.toBe('');
      expect(() => new URL(l.reference.url), l.id).not.toThrow();
      expect(l.reference.url, l.id).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    }
    const used = new Set(TYPICAL_LINKS.map((l) => l.referenceKey));
    expect(Object.keys(TYPICAL_LINK_REFERENCES).filter((k) => !used.has(k as never))).toEqual([]);
    const keys = Object.keys(TYPICAL_LINK_REFERENCES);
    expect(keys).toEqual([...keys].sort());
  });

  it.each([
    ['armoede-en-schulden', 'werk-en-inkomen'],
    ['armoede-en-schulden', 'welzijn'],
    ['welzijn', 'werk-en-inkomen'],
    ['omgevingswet', 'volksgezondheid'],
    ['wonen', 'zorg-en-ondersteuning'],
    ['wonen', 'beschermd-wonen-en-opvang'],
    ['wonen', 'integratie-en-inburgering'],
    ['jeugd', 'onderwijs'],
    ['sport', 'volksgezondheid'],
    ['mobiliteit', 'openbare-ruimte'],
    ['duurzaamheid-en-energie', 'wonen'],
    ['armoede-en-schulden', 'duurzaamheid-en-energie'],
    ['arbeidsmarkt', 'economie'],
    ['handhaving', 'openbare-orde-en-veiligheid'],
    ['grondbeleid', 'ruimtelijke-ordening'],
    ['ruimtelijke-ordening', 'wonen'],
    ['grondbeleid', 'wonen'],
  ])('include the relation practice keeps pointing at: %s and %s', (a, b) => {
    expect(TYPICAL_LINKS.some((l) => pairKey(l.source, l.target) === pairKey(a, b))).toBe(true);
  });

  it('point a prerequisite from what is needed to what needs it', () => {
    const prerequisites = TYPICAL_LINKS.filter((l) => l.kind === 'prerequisite').map((l) => l.id);
    expect(prerequisites).toContain('wonen--integratie-en-inburgering');
    expect(prerequisites).toContain('toegang-sociaal-domein--jeugd');
  });

  it('typicalLinksAmong gives exactly the links with both ends among the subjects', () => {
    const among = typicalLinksAmong(['wonen', 'zorg-en-ondersteuning', 'welzijn', 'havens']);
    expect(among.map((l) => l.id).sort()).toEqual(['welzijn--zorg-en-ondersteuning', 'wonen--zorg-en-ondersteuning']);
    expect(typicalLinksAmong([])).toEqual([]);
    expect(typicalLinksAmong(subjectIds)).toHaveLength(TYPICAL_LINKS.length);
  });
});
