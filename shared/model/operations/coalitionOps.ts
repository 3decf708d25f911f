import type { Project } from '../project';
import type { Division } from '../division';
import {
  ArrangementSchema,
  DeliberateSplitSchema,
  KeepRuleSchema,
  PartySchema,
  partyKey,
  type ArrangementInput,
  type DeliberateSplitInput,
  type KeepRuleInput,
  type PartyInput,
} from '../coalition';
import { checkCoalition } from '../coalitionInvariants';
import { newId } from '../ids';
import { problem, type Problem } from '../problem';
import { fail, failAll, ok, replaceById, zodProblems, type OpResult } from './result';

type Entry = 'arrangements' | 'deliberate' | 'keep';

/** One draft after a change to its coalition entries, checked against the project before it is taken. */
function withEntries(p: Project, divisionId: string, fn: (d: Division) => Division | Problem[]): OpResult {
  const i = p.divisions.findIndex((x) => x.id === divisionId);
  const d = p.divisions[i];
  if (!d) return fail(problem('unknownDivision', { id: divisionId }));
  const next = fn(d);
  if (Array.isArray(next)) return failAll(next);
  const goalIds = new Set(p.goals.map((g) => g.id));
  const subjectIds = new Set(p.subjects.map((s) => s.id));
  const nodeIds = new Set([...goalIds, ...subjectIds]);
  const problems = checkCoalition(next, i, new Set(next.portfolioIds), nodeIds, subjectIds, goalIds, (...s) => s);
  return problems.length ? failAll(problems) : ok({ ...p, divisions: replaceById(p.divisions, next) });
}

function addEntry<T extends { id: string }>(
  p: Project,
  divisionId: string,
  key: Entry,
  parse: (d: Division) => { ok: true; value: T } | { ok: false; problems: Problem[] },
): OpResult {
  return withEntries(p, divisionId, (d) => {
    const r = parse(d);
    if (!r.ok) return r.problems;
    const list = d[key] as readonly { id: string }[];
    if (list.some((x) => x.id === r.value.id)) return [problem('duplicateId', { id: r.value.id }, [key, 'id'])];
    return { ...d, [key]: [...list, r.value] };
  });
}

function updateEntry<T extends { id: string }>(
  p: Project,
  divisionId: string,
  key: Entry,
  id: string,
  parse: (current: T) => { ok: true; value: T } | { ok: false; problems: Problem[] },
): OpResult {
  return withEntries(p, divisionId, (d) => {
    const list = d[key] as unknown as readonly T[];
    const current = list.find((x) => x.id === id);
    if (!current) return [problem('unknownEntry', { id }, [key])];
    const r = parse(current);
    if (!r.ok) return r.problems;
    return { ...d, [key]: replaceById(list, r.value) };
  });
}

function removeEntry(p: Project, divisionId: string, key: Entry, id: string): OpResult {
  return withEntries(p, divisionId, (d) => {
    const list = d[key] as readonly { id: string }[];
    if (!list.some((x) => x.id === id)) return [problem('unknownEntry', { id }, [key])];
    return { ...d, [key]: list.filter((x) => x.id !== id) };
  });
}

const parsed = <T>(
  r: { success: true; data: T } | { success: false; error: Parameters<typeof zodProblems>[0] },
  base: string,
): { ok: true; value: T } | { ok: false; problems: Problem[] } =>
  r.success ? { ok: true, value: r.data } : { ok: false, problems: zodProblems(r.error, [base]) };

export function addArrangement(
  p: Project,
  divisionId: string,
  input: Omit<ArrangementInput, 'id'> & { id?: string },
): OpResult {
  return addEntry(p, divisionId, 'arrangements', () =>
    parsed(ArrangementSchema.safeParse({ ...input, id: input.id ?? newId('arr') }), 'arrangement'),
  );
}

export function updateArrangement(
  p: Project,
  divisionId: string,
  id: string,
  changes: Partial<Omit<ArrangementInput, 'id'>>,
): OpResult {
  return updateEntry(p, divisionId, 'arrangements', id, (cur) =>
    parsed(ArrangementSchema.safeParse({ ...cur, ...changes, id }), 'arrangement'),
  );
}

export const removeArrangement = (p: Project, divisionId: string, id: string): OpResult =>
  removeEntry(p, divisionId, 'arrangements', id);

export function addDeliberateSplit(
  p: Project,
  divisionId: string,
  input: Omit<DeliberateSplitInput, 'id'> & { id?: string },
): OpResult {
  return addEntry(p, divisionId, 'deliberate', () =>
    parsed(DeliberateSplitSchema.safeParse({ ...input, id: input.id ?? newId('split') }), 'deliberate'),
  );
}

export function updateDeliberateSplit(p: Project, divisionId: string, id: string, reason: string): OpResult {
  return updateEntry(p, divisionId, 'deliberate', id, (cur) =>
    parsed(DeliberateSplitSchema.safeParse({ ...cur, reason, id }), 'deliberate'),
  );
}

export const removeDeliberateSplit = (p: Project, divisionId: string, id: string): OpResult =>
  removeEntry(p, divisionId, 'deliberate', id);

export function addKeepRule(
  p: Project,
  divisionId: string,
  input: Omit<KeepRuleInput, 'id'> & { id?: string },
): OpResult {
  return addEntry(p, divisionId, 'keep', () =>
    parsed(KeepRuleSchema.safeParse({ ...input, id: input.id ?? newId('keep') }), 'keep'),
  );
}

export function updateKeepRule(
  p: Project,
  divisionId: string,
  id: string,
  changes: Partial<Omit<KeepRuleInput, 'id'>>,
): OpResult {
  return updateEntry(p, divisionId, 'keep', id, (cur) =>
    parsed(KeepRuleSchema.safeParse({ ...cur, ...changes, id }), 'keep'),
  );
}

export const removeKeepRule = (p: Project, divisionId: string, id: string): OpResult =>
  removeEntry(p, divisionId, 'keep', id);

function checkPartyName(p: Project, name: string, except?: string): Problem[] {
  const key = partyKey(name);
  return p.parties.some((x) => x.id !== except && partyKey(x.name) === key)
    ? [problem('duplicatePartyName', { name }, ['party', 'name'])]
    : [];
}

export function addParty(p: Project, input: Omit<PartyInput, 'id'> & { id?: string }): OpResult {
  const r = PartySchema.safeParse({ ...input, id: input.id ?? newId('party') });
  if (!r.success) return failAll(zodProblems(r.error, ['party']));
  if (p.parties.some((x) => x.id === r.data.id))
    return fail(problem('duplicateId', { id: r.data.id }, ['party', 'id']));
  const dup = checkPartyName(p, r.data.name);
  return dup.length ? failAll(dup) : ok({ ...p, parties: [...p.parties, r.data] });
}

/** A renamed party renames the party field of its holders too, so they stay with it. */
export function updateParty(p: Project, id: string, changes: Partial<Omit<PartyInput, 'id'>>): OpResult {
  const current = p.parties.find((x) => x.id === id);
  if (!current) return fail(problem('unknownParty', { id }));
  const r = PartySchema.safeParse({ ...current, ...changes, id });
  if (!r.success) return failAll(zodProblems(r.error, ['party']));
  const dup = checkPartyName(p, r.data.name, id);
  if (dup.length) return failAll(dup);
  const renamed = partyKey(r.data.name) !== partyKey(current.name) || r.data.name !== current.name;
  const oldKey = partyKey(current.name);
  return ok({
    ...p,
    parties: replaceById(p.parties, r.data),
    portfolios: renamed
      ? p.portfolios.map((h) => (partyKey(h.party) === oldKey ? { ...h, party: r.data.name } : h))
      : p.portfolios,
  });
}

/** The party leaves the coalition list; its holders keep their party field. */
export function removeParty(p: Project, id: string): OpResult {
  if (!p.parties.some((x) => x.id === id)) return fail(problem('unknownParty', { id }));
  return ok({ ...p, parties: p.parties.filter((x) => x.id !== id) });
}

/**
 * A draft without the given nodes and holders in its arrangements, deliberate splits and keep rules: what loses its
 * last subject or goal, its lead, an end or its second node goes, so nothing dangles after a removal.
 */
export function pruneCoalition(
  d: Division,
  gone: { nodes?: ReadonlySet<string>; holders?: ReadonlySet<string> },
): Division {
  const nodes = gone.nodes ?? new Set<string>();
  const holders = gone.holders ?? new Set<string>();
  if (!d.arrangements.length && !d.deliberate.length && !d.keep.length) return d;
  const arrangements = d.arrangements
    .filter((a) => !holders.has(a.leadId))
    .map((a) => ({
      ...a,
      holderIds: a.holderIds.filter((h) => !holders.has(h)),
      subjectIds: a.subjectIds.filter((s) => !nodes.has(s)),
      goalIds: a.goalIds.filter((g) => !nodes.has(g)),
    }))
    .filter((a) => a.subjectIds.length + a.goalIds.length > 0);
  const deliberate = d.deliberate.filter((s) => !nodes.has(s.a) && !nodes.has(s.b));
  const keep = d.keep
    .map((r) => ({ ...r, nodeIds: r.nodeIds.filter((n) => !nodes.has(n)) }))
    .filter((r) => r.nodeIds.length >= 2);
  return { ...d, arrangements, deliberate, keep };
}
