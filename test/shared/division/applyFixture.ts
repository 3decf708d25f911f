import { expect } from 'vitest';
import { checkProject, type Project } from '../../../shared/model';
import { parsePublishedDivision } from '../../../shared/division/parsePublishedDivision';
import {
  applyPublishedDivision,
  type ApplyPublishedDivisionInput,
  type ApplyPublishedDivisionResult,
} from '../../../shared/division/applyPublishedDivision';

// Written for these tests; names and parties are made up. "wonen" is published under Jansen and Bakker: shared.
export const TEXT = [
  'Burgemeester Van Dam: openbare orde en veiligheid, dienstverlening',
  'Wethouder Jansen (PvdA, 0,8 fte): werk en inkomen; armoede en schulden; wonen',
  'Wethouder Bakker (VVD): wonen, sport, kermisbeleid',
].join('\n');

export function holders(text = TEXT) {
  const parsed = parsePublishedDivision(text);
  expect(parsed.problems).toEqual([]);
  return parsed.holders;
}

/** Applies TEXT (unless input says otherwise), checks the input project untouched and the result valid. */
export function apply(p: Project, input: Partial<ApplyPublishedDivisionInput> = {}) {
  const before = structuredClone(p);
  const r = applyPublishedDivision(p, { holders: holders(), lang: 'nl', divisionName: 'Gepubliceerd', ...input });
  expect(p).toStrictEqual(before);
  if (!r.ok) expect.fail(`expected ok, got ${JSON.stringify(r.problems)}`);
  expect(checkProject(r.project)).toEqual([]);
  return r;
}

export function failCodes(r: ApplyPublishedDivisionResult): string[] {
  if (r.ok) expect.fail('expected the division to be refused');
  return r.problems.map((x) => x.code);
}

/** A portfolio's id by its holder's name. */
export const pf = (p: Project, holder: string) => p.portfolios.find((x) => x.holder === holder)!.id;
/** The project subject standing for a catalogue subject. */
export const subj = (p: Project, catalogueId: string) => p.subjects.find((s) => s.catalogueId === catalogueId)!.id;
