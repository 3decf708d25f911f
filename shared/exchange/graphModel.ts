import { KIND_VOCABULARY } from '../io/csvVocabulary';
import type { IoLocale } from '../io/formatPath';
import { DIRECTED_KINDS, type Project } from '../model';
import { draftFacts } from './draftFacts';
import type { ExchangeOptions } from './tables';
import { word } from './words';

/** Attribute types both graph formats declare (GraphML has no lists: a list is written as one string there). */
export type AttrType = 'string' | 'double' | 'boolean' | 'liststring';
export type AttrValue = string | number | boolean | readonly string[];

/** A declared attribute: a stable key (the id in the file), its type, and its title per language. */
export interface AttrDef {
  key: string;
  type: AttrType;
  nl: string;
  en: string;
}

export interface GraphNodeOut {
  id: string;
  label: string;
  /** The domain's colour, for programs that draw it. */
  colour: string | undefined;
  /** By attribute key; an absent key has no value (an unknown budget). */
  values: Record<string, AttrValue>;
}

export interface GraphEdgeOut {
  id: string;
  source: string;
  target: string;
  /** Only a prerequisite has a direction (from what is needed to what needs it). */
  directed: boolean;
  /** The link's strength. */
  weight: number;
  values: Record<string, AttrValue>;
}

export interface ExchangeGraph {
  nodeAttrs: AttrDef[];
  edgeAttrs: AttrDef[];
  nodes: GraphNodeOut[];
  edges: GraphEdgeOut[];
  /** The draft the holders and splits come from, when the project has one. */
  draftName: string | undefined;
}

const attr = (key: string, type: AttrType, nl: string, en: string): AttrDef => ({ key, type, nl, en });

export const NODE_ATTRS: readonly AttrDef[] = [
  attr('type', 'string', 'type', 'type'),
  attr('domain', 'string', 'domein', 'domain'),
  attr('subject', 'string', 'onderwerp', 'subject'),
  attr('budget', 'double', 'budget', 'budget'),
  attr('taakvelden', 'liststring', 'taakvelden', 'taakvelden'),
  attr('themes', 'liststring', 'themas', 'themes'),
  attr('description', 'string', 'omschrijving', 'description'),
];
/** Present when the project has a draft. */
export const NODE_DRAFT_ATTRS: readonly AttrDef[] = [
  attr('holder', 'string', 'houder', 'holder'),
  attr('party', 'string', 'partij', 'party'),
  attr('exception', 'boolean', 'uitzondering', 'exception'),
];
export const EDGE_ATTRS: readonly AttrDef[] = [
  attr('kind', 'string', 'soort', 'kind'),
  attr('rationale', 'string', 'toelichting', 'rationale'),
  // The law's name in both languages, as laws are named in every export.
  attr('omgevingswet', 'boolean', 'omgevingswet', 'omgevingswet'),
];
export const EDGE_DRAFT_ATTRS: readonly AttrDef[] = [attr('split', 'boolean', 'gesplitst', 'split')];

export function attrTitle(a: AttrDef, locale: IoLocale): string {
  return locale === 'nl' ? a.nl : a.en;
}

/**
 * The project as one graph for Gephi, Cytoscape and yEd: every goal and every subject a node (goals name their
 * subject; a subject with goals stands beside them, so a program can group by it), every link an edge weighted by
 * its strength. With a draft, nodes carry their holder and the holder's party and edges whether the draft splits them.
 */
export function exchangeGraph(project: Project, options: ExchangeOptions = {}): ExchangeGraph {
  const locale = options.locale ?? 'nl';
  const facts = draftFacts(project, options.divisionId, options.graph);
  const domainById = new Map(project.domains.map((d) => [d.id, d]));
  const subjectName = new Map(project.subjects.map((s) => [s.id, s.name]));
  const draftValues = (id: string, exception: boolean): Record<string, AttrValue> => {
    if (!facts) return {};
    const h = facts.holderOf(id);
    return { holder: h?.holder ?? '', party: h?.party ?? '', exception };
  };
  const nodes: GraphNodeOut[] = [
    ...project.goals.map((g) => ({
      id: g.id,
      label: g.title,
      colour: domainById.get(g.domainId)?.colour,
      values: {
        type: word('goal', locale),
        domain: domainById.get(g.domainId)?.name ?? g.domainId,
        subject: g.subjectId === undefined ? '' : (subjectName.get(g.subjectId) ?? g.subjectId),
        ...(g.budget === undefined ? {} : { budget: g.budget }),
        taakvelden: g.taakvelden,
        themes: g.themes,
        description: g.description,
        ...draftValues(g.id, facts?.isException(g.id) ?? false),
      },
    })),
    ...project.subjects.map((s) => ({
      id: s.id,
      label: s.name,
      colour: domainById.get(s.domainId)?.colour,
      values: {
        type: word('subject', locale),
        domain: domainById.get(s.domainId)?.name ?? s.domainId,
        subject: '',
        taakvelden: s.taakvelden,
        themes: [],
        description: s.description,
        ...draftValues(s.id, false),
      },
    })),
  ];
  const edges: GraphEdgeOut[] = project.links.map((l) => ({
    id: l.id,
    source: l.source,
    target: l.target,
    directed: DIRECTED_KINDS.has(l.kind),
    weight: l.strength,
    values: {
      kind: KIND_VOCABULARY.nameOf(l.kind, locale),
      rationale: l.rationale,
      omgevingswet: l.kind === 'omgevingswet',
      ...(facts ? { split: facts.linkState(l.id) !== 'notSplit' } : {}),
    },
  }));
  return {
    nodeAttrs: [...NODE_ATTRS, ...(facts ? NODE_DRAFT_ATTRS : [])],
    edgeAttrs: [...EDGE_ATTRS, ...(facts ? EDGE_DRAFT_ATTRS : [])],
    nodes,
    edges,
    draftName: facts?.division.name,
  };
}
