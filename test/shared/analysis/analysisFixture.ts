import type { Project } from '../../../shared/model/project';
import type { ClassicDomain } from '../../../shared/model/domain';
import type { LinkKind } from '../../../shared/model/link';

export interface FixtureSpec {
  /** domain id → classic; default one 'fysiek' domain per classic name. */
  domains?: Record<string, ClassicDomain>;
  /** [goalId, domainId, budget?] */
  goals: [string, string, number?][];
  /** [linkId, source, target, strength, kind?] */
  links?: [string, string, string, number, LinkKind?][];
  portfolios?: string[];
  /** division id → { portfolio id → goal ids }, plus locked goals. */
  divisions?: Record<string, { parts: Record<string, string[]>; locked?: string[]; name?: string }>;
}

const NOW = '2026-01-01T00:00:00.000Z';

/** A valid Project from a compact description, so hand-computed cases stay readable. */
export function fixtureProject(spec: FixtureSpec): Project {
  const domains = spec.domains ?? { fysiek: 'fysiek', sociaal: 'sociaal', financieel: 'financieel' };
  const portfolios = spec.portfolios ?? [];
  return {
    id: 'proj',
    name: 'Test',
    municipality: '',
    taakveldList: '2025',
    createdAt: NOW,
    updatedAt: NOW,
    domains: Object.entries(domains).map(([id, classic]) => ({ id, name: id, colour: '#000000', classic })),
    subjects: [],
    goals: spec.goals.map(([id, domainId, budget]) => ({
      id,
      title: id,
      description: '',
      domainId,
      themes: [],
      taakvelden: [],
      laws: [],
      source: '',
      ...(budget !== undefined ? { budget } : {}),
    })),
    links: (spec.links ?? []).map(([id, source, target, strength, kind]) => ({
      id,
      source,
      target,
      strength,
      kind: kind ?? 'reinforces',
      rationale: '',
    })),
    portfolios: portfolios.map((id) => ({
      id,
      holder: `Wethouder ${id}`,
      role: 'wethouder',
      party: '',
      fte: 1,
      colour: '#000000',
    })),
    parties: [],
    divisions: Object.entries(spec.divisions ?? {}).map(([id, d]) => ({
      id,
      name: d.name ?? id,
      portfolioIds: Object.keys(d.parts),
      assignments: Object.fromEntries(Object.entries(d.parts).flatMap(([pid, gids]) => gids.map((gid) => [gid, pid]))),
      subjects: {},
      locked: d.locked ?? [],
      arrangements: [],
      deliberate: [],
      keep: [],
      notes: '',
    })),
    mapPositions: [],
  };
}
