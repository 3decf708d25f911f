import { expect } from 'vitest';
import type { PublishedDivision } from '../../../shared/division/publishedDivision';

const squeeze = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Nothing invented: every holder's name and party occur in the text, and every subject starts in the text exactly
 * where its line and column say (an item wrapped over lines starts there and goes on on the next line).
 */
export function expectFromText(text: string, result: PublishedDivision): void {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const flat = squeeze(text);
  for (const h of result.holders) {
    if (h.name !== 'Burgemeester') expect(flat, `name ${h.name}`).toContain(h.name);
    if (h.party !== null) expect(flat, `party ${h.party}`).toContain(h.party);
    if (h.roleNote !== undefined) expect(flat.toLowerCase()).toContain(h.roleNote.toLowerCase());
    expect(lines[h.line - 1], `holder line ${h.line}`).toBeDefined();
    for (const s of h.subjects) {
      const from = (lines[s.line - 1] ?? '').slice(s.column - 1);
      const firstPart = s.published.slice(0, from.trimEnd().length);
      expect(
        from.startsWith(firstPart) && firstPart.length > 0,
        `subject ‘${s.published}’ at ${s.line}:${s.column}`,
      ).toBe(true);
    }
  }
}

/** Holders as plain `name → [subjects]` pairs, for short exact assertions. */
export const subjectsByHolder = (result: PublishedDivision) =>
  result.holders.map((h) => [h.name, h.subjects.map((s) => s.published)] as const);

export const codes = (result: PublishedDivision) => result.problems.map((p) => p.code);
