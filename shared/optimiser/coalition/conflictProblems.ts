import type { Project } from '../../model/project';
import { problem, type Problem } from '../../model/problem';
import type { WeighedConflict } from '../../coalition/ruleConflicts';
import type { MappedRule } from '../../coalition/ruleGroups';

/** Names of subjects and goals by title, holders by name, for the sentences of `problem.coalition.*`. */
export function namer(project: Project) {
  const titles = new Map<string, string>();
  for (const g of project.goals) titles.set(g.id, g.title);
  for (const s of project.subjects) titles.set(s.id, s.name);
  const holders = new Map(project.portfolios.map((p) => [p.id, p.holder]));
  return {
    nodes: (ids: readonly string[]) => [...new Set(ids)].map((id) => titles.get(id) ?? id).join(', '),
    holders: (ids: readonly string[]) => ids.map((id) => holders.get(id) ?? id).join(', '),
  };
}

const amount = (x: number) => Math.round(x * 100) / 100;

/** The conflicts `keepConflicts` finds, as the optimiser reports them (one literal code per kind). */
export function conflictProblems(
  project: Project,
  k: number,
  conflicts: readonly WeighedConflict[],
  tolerance = 0,
): Problem[] {
  const name = namer(project);
  return conflicts.map((c) => {
    const nodes = name.nodes(c.nodeIds);
    const holders = name.holders(c.holderIds);
    switch (c.code) {
      case 'togetherApart':
        return problem('coalition.togetherApart', { nodes });
      case 'togetherLocked':
        return problem('coalition.togetherLocked', { nodes, holders });
      case 'apartLocked':
        return problem('coalition.apartLocked', { nodes, holders });
      case 'apartTooMany':
        return problem('coalition.apartTooMany', { nodes, count: k });
      case 'togetherAboveCap':
        return problem('coalition.togetherAboveCap', { nodes, amount: amount(c.amount ?? 0), cap: amount(c.cap ?? 0) });
      case 'partyBandUnreachable':
        return bandUnreachable([nodes], tolerance);
    }
  });
}

/** The band asks a share of parties with no holder in the draft. */
export function bandUnreachable(parties: readonly string[], tolerance: number): Problem {
  return problem('coalition.partyBandUnreachable', {
    parties: parties.join(', '),
    tolerance: Math.round(tolerance * 1000) / 10,
  });
}

/**
 * What blocks when no division meets everything though no single rule contradicts another: the party band (the
 * rest can be met without it), the apart rules within the balance, or the together groups within the balance.
 */
export function blockProblem(
  project: Project,
  kind: 'band' | 'apart' | 'together',
  rules: readonly MappedRule[],
  bandNames: readonly string[],
  tolerance: number,
): Problem {
  const name = namer(project);
  if (kind === 'band') return bandUnreachable(bandNames, tolerance);
  const nodes = name.nodes(
    rules.filter((r) => (kind === 'apart') === (r.kind !== 'together')).flatMap((r) => r.nodeIds),
  );
  return kind === 'apart'
    ? problem('coalition.apartUnbalanced', { nodes })
    : problem('coalition.togetherUnbalanced', { nodes });
}
