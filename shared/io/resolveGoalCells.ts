import { findTaakveld, map2017To2025, type Domain, type Problem, type TaakveldList } from '../model';
import { cellProblem, cellWarning } from './readCsvTable';

/**
 * A domain by id (exact, then ignoring case) or by name ignoring case. Ids go first so a name that happens to
 * equal another domain's id cannot steal it; two domains sharing a name make that name ambiguous.
 */
export function findDomain(domains: readonly Domain[], cell: string): { domain?: Domain; ambiguous?: Domain[] } {
  const exact = domains.find((d) => d.id === cell);
  if (exact) return { domain: exact };
  const lower = cell.toLocaleLowerCase('nl');
  for (const key of ['id', 'name'] as const) {
    const hits = domains.filter((d) => d[key].toLocaleLowerCase('nl') === lower);
    if (hits.length === 1) return { domain: hits[0]! };
    if (hits.length > 1) return { ambiguous: hits };
  }
  return {};
}

export function resolveDomain(
  domains: readonly Domain[],
  cell: string,
  row: number,
  column: string,
): { id?: string; problems: Problem[] } {
  const { domain, ambiguous } = findDomain(domains, cell);
  if (domain) return { id: domain.id, problems: [] };
  if (ambiguous)
    return {
      problems: [
        cellProblem('csvAmbiguousDomain', row, column, { value: cell, ids: ambiguous.map((d) => d.id).join(', ') }),
      ],
    };
  const known = domains.map((d) => d.name).join(', ');
  return { problems: [cellProblem('csvUnknownDomain', row, column, { value: cell, known })] };
}

/**
 * Codes separated by '|', ',', ';' or spaces. A lone "6,1" is one code typed with a decimal comma (Dutch Excel
 * turns 6.1 into a number), not two codes.
 */
export function splitTaakvelden(cell: string): string[] {
  const lone = /^(\d{1,2}),(\d{1,3})$/.exec(cell.trim());
  if (lone) return [`${lone[1]}.${lone[2]}`];
  return cell.split(/[|,;\s]+/).filter((s) => s !== '');
}

/**
 * Checks codes against the project's list. In a 2025 project a 2017 code that became exactly one 2025 code is
 * mapped with a warning; one that was split needs the user to choose, so it is an error naming the candidates.
 */
export function resolveTaakvelden(
  list: TaakveldList,
  cell: string,
  row: number,
  column: string,
): { codes: string[]; problems: Problem[] } {
  const codes: string[] = [];
  const problems: Problem[] = [];
  for (const code of splitTaakvelden(cell)) {
    let resolved: string | undefined;
    if (findTaakveld(list, code)) resolved = code;
    else if (list === '2025' && findTaakveld('2017', code)) {
      const to = map2017To2025(code);
      if (to.length === 1) {
        resolved = to[0]!;
        problems.push(cellWarning('csvTaakveldMapped', row, column, { code, to: resolved }));
      } else if (to.length > 1)
        problems.push(cellProblem('csvTaakveldSplit', row, column, { code, candidates: to.join(', ') }));
      else problems.push(cellProblem('csvUnknownTaakveld', row, column, { code, list }));
    } else problems.push(cellProblem('csvUnknownTaakveld', row, column, { code, list }));
    if (resolved !== undefined && !codes.includes(resolved)) codes.push(resolved);
  }
  return { codes, problems };
}
