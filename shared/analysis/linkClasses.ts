import { KIND_INDEX, type CompactGraph } from './compactGraph';

/** Bit in `LinkClasses.flags`: the link's ends lie in different domains. */
export const LINK_CROSS_DOMAIN = 1;
/** Bit in `LinkClasses.flags`: the link is of kind 'omgevingswet'. */
export const LINK_OMGEVINGSWET = 2;

const OW = KIND_INDEX.omgevingswet;

/**
 * What every division's figures need from the links that no division changes: per link whether it crosses domains
 * and whether it is an Omgevingswet link, with the totals of both classes.
 */
export interface LinkClasses {
  /** Per link: LINK_CROSS_DOMAIN | LINK_OMGEVINGSWET bits, so 0..3. */
  flags: Uint8Array;
  crossDomainTotal: number;
  crossDomainTotalCount: number;
  owTotal: number;
  owTotalCount: number;
}

// Like the classic baseline, cached per graph object: a UI that memoises the graph per revision computes it once.
const cache = new WeakMap<CompactGraph, LinkClasses>();

export function linkClassesOf(g: CompactGraph): LinkClasses {
  let c = cache.get(g);
  if (!c) {
    c = computeLinkClasses(g);
    cache.set(g, c);
  }
  return c;
}

function computeLinkClasses(g: CompactGraph): LinkClasses {
  const flags = new Uint8Array(g.m);
  let cdTotal = 0,
    cdCount = 0,
    owTotal = 0,
    owCount = 0;
  const { src, dst, weight, kind, domain } = g;
  for (let e = 0; e < g.m; e++) {
    const w = weight[e]!;
    let f = 0;
    if (domain[src[e]!] !== domain[dst[e]!]) {
      f |= LINK_CROSS_DOMAIN;
      cdTotal += w;
      cdCount++;
    }
    if (kind[e] === OW) {
      f |= LINK_OMGEVINGSWET;
      owTotal += w;
      owCount++;
    }
    flags[e] = f;
  }
  return { flags, crossDomainTotal: cdTotal, crossDomainTotalCount: cdCount, owTotal, owTotalCount: owCount };
}
