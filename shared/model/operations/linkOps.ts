import type { Project } from '../project';
import { LinkSchema, linkKey, type Link, type LinkInput } from '../link';
import { newId } from '../ids';
import { problem, type Problem } from '../problem';
import { fail, failAll, ok, replaceById, zodProblems, type OpResult } from './result';

/** A link end is a goal or a subject: their ids share one namespace, so an id names exactly one node. */
function checkLink(p: Project, l: Link): Problem[] {
  const out: Problem[] = [];
  if (l.source === l.target) out.push(problem('selfLink', { id: l.source }, ['link']));
  for (const end of ['source', 'target'] as const)
    if (!p.goals.some((g) => g.id === l[end]) && !p.subjects.some((s) => s.id === l[end]))
      out.push(problem('danglingLink', { id: l[end] }, ['link', end]));
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

/**
 * An edit keeps a catalogue link's `catalogueLinkId`: it is still that link, weakened or explained otherwise by the
 * user, and taking a division in again leaves it as the user made it.
 */
export function updateLink(p: Project, id: string, changes: Partial<Omit<LinkInput, 'id'>>): OpResult {
  const current = p.links.find((l) => l.id === id);
  if (!current) return fail(problem('unknownLink', { id }));
  const parsed = LinkSchema.safeParse({ ...current, ...changes, id });
  if (!parsed.success) return failAll(zodProblems(parsed.error, ['link']));
  const problems = checkLink(p, parsed.data);
  return problems.length ? failAll(problems) : ok({ ...p, links: replaceById(p.links, parsed.data) });
}

/**
 * Removing a link that came from the catalogue also writes its catalogue id on the subjects at its ends
 * (`removedCatalogueLinks`), so that taking a published division in again does not bring it back.
 */
export function removeLink(p: Project, id: string): OpResult {
  const link = p.links.find((l) => l.id === id);
  if (!link) return fail(problem('unknownLink', { id }));
  const links = p.links.filter((l) => l.id !== id);
  const cid = link.catalogueLinkId;
  if (cid === undefined) return ok({ ...p, links });
  const ends = new Set([link.source, link.target]);
  const subjects = p.subjects.map((s) =>
    ends.has(s.id) && !s.removedCatalogueLinks?.includes(cid)
      ? { ...s, removedCatalogueLinks: [...(s.removedCatalogueLinks ?? []), cid] }
      : s,
  );
  return ok({ ...p, links, subjects });
}
