import type { Project } from '../project';
import { ProjectMetaSchema } from '../project';
import { DomainSchema, type Domain } from '../domain';
import { PortfolioSchema, PORTFOLIO_PALETTE, type PortfolioInput } from '../portfolio';
import { newId } from '../ids';
import { problem } from '../problem';
import { findTaakveld } from '../taakvelden';
import { dropHolders } from './dropHolders';
import { fail, failAll, ok, replaceById, zodProblems, type OpResult } from './result';

const MetaEdit = ProjectMetaSchema.pick({ name: true, municipality: true, taakveldList: true }).partial();

export function updateProjectMeta(
  p: Project,
  changes: { name?: string; municipality?: string; taakveldList?: '2017' | '2025' },
): OpResult {
  const parsed = MetaEdit.safeParse(changes);
  if (!parsed.success) return failAll(zodProblems(parsed.error, ['project']));
  // Switching lists must not leave goals holding codes the new list lacks; the user remaps those goals first.
  const list = parsed.data.taakveldList;
  if (list && list !== p.taakveldList) {
    const unknown = p.goals.flatMap((g, i) =>
      g.taakvelden.flatMap((code, j) =>
        findTaakveld(list, code) ? [] : [problem('unknownTaakveld', { code, list }, ['goals', i, 'taakvelden', j])],
      ),
    );
    if (unknown.length) return failAll(unknown);
  }
  return ok({ ...p, ...parsed.data });
}

export function addDomain(p: Project, input: Omit<Domain, 'id'> & { id?: string }): OpResult {
  const parsed = DomainSchema.safeParse({ ...input, id: input.id ?? newId('domain') });
  if (!parsed.success) return failAll(zodProblems(parsed.error, ['domain']));
  if (p.domains.some((d) => d.id === parsed.data.id))
    return fail(problem('duplicateId', { id: parsed.data.id }, ['domain', 'id']));
  return ok({ ...p, domains: [...p.domains, parsed.data] });
}

export function updateDomain(p: Project, id: string, changes: Partial<Omit<Domain, 'id'>>): OpResult {
  const current = p.domains.find((d) => d.id === id);
  if (!current) return fail(problem('unknownDomain', { id }));
  const parsed = DomainSchema.safeParse({ ...current, ...changes, id });
  if (!parsed.success) return failAll(zodProblems(parsed.error, ['domain']));
  return ok({ ...p, domains: replaceById(p.domains, parsed.data) });
}

/** A domain still holding goals cannot go: the user moves or deletes those goals first. */
export function removeDomain(p: Project, id: string): OpResult {
  if (!p.domains.some((d) => d.id === id)) return fail(problem('unknownDomain', { id }));
  const used = p.goals.filter((g) => g.domainId === id).length;
  if (used) return fail(problem('domainInUse', { id, count: used }));
  if (p.domains.length === 1) return fail(problem('lastDomain', { id }));
  return ok({ ...p, domains: p.domains.filter((d) => d.id !== id) });
}

export function addPortfolio(
  p: Project,
  input: Omit<PortfolioInput, 'id' | 'colour'> & { id?: string; colour?: string },
): OpResult {
  const colour = input.colour ?? PORTFOLIO_PALETTE[p.portfolios.length % PORTFOLIO_PALETTE.length];
  const parsed = PortfolioSchema.safeParse({ ...input, colour, id: input.id ?? newId('pf') });
  if (!parsed.success) return failAll(zodProblems(parsed.error, ['portfolio']));
  if (p.portfolios.some((x) => x.id === parsed.data.id))
    return fail(problem('duplicateId', { id: parsed.data.id }, ['portfolio', 'id']));
  return ok({ ...p, portfolios: [...p.portfolios, parsed.data] });
}

export function updatePortfolio(p: Project, id: string, changes: Partial<Omit<PortfolioInput, 'id'>>): OpResult {
  const current = p.portfolios.find((x) => x.id === id);
  if (!current) return fail(problem('unknownPortfolio', { id }));
  const parsed = PortfolioSchema.safeParse({ ...current, ...changes, id });
  if (!parsed.success) return failAll(zodProblems(parsed.error, ['portfolio']));
  return ok({ ...p, portfolios: replaceById(p.portfolios, parsed.data) });
}

/** Goals and subjects held by a removed portfolio alone become unassigned (and unlocked) in every draft. */
export function removePortfolio(p: Project, id: string): OpResult {
  if (!p.portfolios.some((x) => x.id === id)) return fail(problem('unknownPortfolio', { id }));
  return ok({
    ...p,
    portfolios: p.portfolios.filter((x) => x.id !== id),
    divisions: p.divisions.map((d) => dropHolders(p, d, new Set([id]))),
  });
}
