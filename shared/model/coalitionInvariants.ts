import type { Division } from './division';
import { problem, type Problem } from './problem';

type At = (...seg: (string | number)[]) => (string | number)[];

/**
 * References of one draft's arrangements, deliberate splits and keep rules: holders must take part in the draft,
 * subjects, goals and nodes must exist, ids must be unique within the draft.
 */
export function checkCoalition(
  d: Division,
  i: number,
  inDivision: ReadonlySet<string>,
  nodeIds: ReadonlySet<string>,
  subjectIds: ReadonlySet<string>,
  goalIds: ReadonlySet<string>,
  at: At,
): Problem[] {
  const out: Problem[] = [];
  const ids = new Set<string>();
  const unique = (id: string, path: (string | number)[]) => {
    if (ids.has(id)) out.push(problem('duplicateId', { id }, at(...path, 'id')));
    ids.add(id);
  };
  const holder = (pid: string, path: (string | number)[]) => {
    if (!inDivision.has(pid)) out.push(problem('portfolioNotInDivision', { id: pid }, at(...path)));
  };
  d.arrangements.forEach((a, j) => {
    const base = ['divisions', i, 'arrangements', j];
    unique(a.id, base);
    holder(a.leadId, [...base, 'leadId']);
    const seen = new Set([a.leadId]);
    a.holderIds.forEach((h, x) => {
      holder(h, [...base, 'holderIds', x]);
      if (seen.has(h)) out.push(problem('duplicateId', { id: h }, at(...base, 'holderIds', x)));
      seen.add(h);
    });
    a.subjectIds.forEach((s, x) => {
      if (!subjectIds.has(s)) out.push(problem('unknownSubject', { id: s }, at(...base, 'subjectIds', x)));
    });
    a.goalIds.forEach((g, x) => {
      if (!goalIds.has(g)) out.push(problem('unknownGoal', { id: g }, at(...base, 'goalIds', x)));
    });
  });
  const pairs = new Set<string>();
  d.deliberate.forEach((s, j) => {
    const base = ['divisions', i, 'deliberate', j];
    unique(s.id, base);
    for (const end of ['a', 'b'] as const)
      if (!nodeIds.has(s[end])) out.push(problem('unknownGoal', { id: s[end] }, at(...base, end)));
    const key = s.a < s.b ? `${s.a}\u0000${s.b}` : `${s.b}\u0000${s.a}`;
    if (pairs.has(key)) out.push(problem('duplicateDeliberate', { a: s.a, b: s.b }, at(...base)));
    pairs.add(key);
  });
  d.keep.forEach((r, j) => {
    const base = ['divisions', i, 'keep', j];
    unique(r.id, base);
    const seen = new Set<string>();
    r.nodeIds.forEach((n, x) => {
      if (!nodeIds.has(n)) out.push(problem('unknownGoal', { id: n }, at(...base, 'nodeIds', x)));
      if (seen.has(n)) out.push(problem('duplicateId', { id: n }, at(...base, 'nodeIds', x)));
      seen.add(n);
    });
  });
  return out;
}
