import type { Project } from '../project';
import { LinkSchema, linkKey, type Link, type LinkInput } from '../link';
import { newId } from '../ids';
import { problem, type Problem } from '../problem';
import { fail, failAll, ok, replaceById, zodProblems, type OpResult } from './result';

function checkLink(p: Project, l: Link): Problem[] {
  const out: Problem[] = [];
  if (l.source === l.target) out.push(problem('selfLink', { id: l.source }, ['link']));
  for (const end of ['source', 'target'] as const)
    if (!p.goals.some((g) => g.id === l[end])) out.push(problem('danglingLink', { id: l[end] }, ['link', end]));
  const key = linkKey(l);
  if (p.links.some((o) => o.id !== l.id && linkKey(o) === key))
    out.push(problem('duplicateLink', { source: l.source, target: l.target, kind: l.kind }, ['link']));
  return out;
}

export function addLink(p: Project, input: Omit<LinkInput, 'id'> & { id?: string }): OpResult {
  const parsed = LinkSchema.safeParse({ ...input, id: input.id ?? newId('link') });
  if (!parsed.success) return failAll(zodProblems(parsed.error, ['link']));
  if (p.links.some((l) => l.id === parsed.data.id))
    return fail(problem('duplicateId', { id: parsed.data.id }, ['link', 'id']));
  const problems = checkLink(p, parsed.data);
  return problems.length ? failAll(problems) : ok({ ...p, links: [...p.links, parsed.data] });
}

export function updateLink(p: Project, id: string, changes: Partial<Omit<LinkInput, 'id'>>): OpResult {
  const current = p.links.find((l) => l.id === id);
  if (!current) return fail(problem('unknownLink', { id }));
  const parsed = LinkSchema.safeParse({ ...current, ...changes, id });
  if (!parsed.success) return failAll(zodProblems(parsed.error, ['link']));
  const problems = checkLink(p, parsed.data);
  return problems.length ? failAll(problems) : ok({ ...p, links: replaceById(p.links, parsed.data) });
}

export function removeLink(p: Project, id: string): OpResult {
  if (!p.links.some((l) => l.id === id)) return fail(problem('unknownLink', { id }));
  return ok({ ...p, links: p.links.filter((l) => l.id !== id) });
}
