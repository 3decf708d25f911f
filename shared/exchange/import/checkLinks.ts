import {
  LinkSchema,
  MAX_STRENGTH,
  MIN_STRENGTH,
  linkKey,
  problem,
  type Link,
  type LinkKind,
  type Problem,
  type Project,
} from '../../model';
import { KIND_VOCABULARY } from '../../io/csvVocabulary';
import { appendProblems, hasErrors } from '../../io/capProblems';
import { Defaults, duplicateIdChecker, readId, recordProblems, zodAt } from './checkCommon';
import type { NodeFinder } from './finders';
import type { ImportRecord, ImportTable, Incoming, LinkField } from './records';
import { numberOf, shortText, textOf } from './values';
import type { Where } from './where';

const LINK_FIELD: Readonly<Record<string, LinkField>> = {
  id: 'id',
  source: 'source',
  target: 'target',
  kind: 'kind',
  strength: 'strength',
  rationale: 'rationale',
};

/** The kind a graph edge takes when its file says none: the most general one. */
export const DEFAULT_KIND: LinkKind = 'reinforces';

type Out = ReturnType<typeof recordProblems<LinkField>>;

interface Read {
  rec: ImportRecord<LinkField>;
  out: Out;
  input: Record<string, unknown>;
  before: Link | undefined;
}

function readEnds(rec: ImportRecord<LinkField>, findNode: NodeFinder, out: Out) {
  const ends: Partial<Record<'source' | 'target', string>> = {};
  for (const end of ['source', 'target'] as const) {
    const text = textOf(rec.values[end]);
    if (!text) {
      out.add(problem('csvRequiredValue'), end);
      continue;
    }
    const { id, candidates, failed } = findNode(text);
    if (id !== undefined) ends[end] = id;
    else if (failed) out.add(problem('exchangeEndRefused', { value: shortText(text) }), end);
    else if (candidates)
      out.add(problem('csvAmbiguousGoal', { value: shortText(text), ids: candidates.slice(0, 10).join(', ') }), end);
    else out.add(problem('csvUnknownGoal', { value: shortText(text) }), end);
  }
  return ends;
}

function readKind(rec: ImportRecord<LinkField>, out: Out): LinkKind | null | undefined {
  const text = textOf(rec.values.kind);
  if (!text) return null;
  const kind = KIND_VOCABULARY.lookup(text);
  if (!kind)
    out.add(
      problem('csvUnknownKind', {
        value: shortText(text),
        known: KIND_VOCABULARY.known('nl'),
        knownEn: KIND_VOCABULARY.known('en'),
      }),
      'kind',
    );
  return kind;
}

/**
 * Links from a file, as the links CSV reads them: ends by id or by the exact title of a goal or name of a subject
 * (the project's and the file's), kind by its Dutch or English name, strength 0.1 to 10. A link with an id the project
 * has, or without one but joining the same two nodes with the same kind as a project link, is an update of it; the
 * rest are new. A graph file's edge without a kind or weight takes `reinforces` and 1, said once for the file.
 */
export function checkLinks(
  project: Project,
  table: ImportTable<LinkField>,
  findNode: NodeFinder,
  defaults: Defaults,
): { links: Incoming<Link>[]; problems: Problem[] } {
  const byId = new Map(project.links.map((l) => [l.id, l]));
  const byKey = new Map(project.links.map((l) => [linkKey(l), l]));
  const duplicate = duplicateIdChecker<LinkField>();
  const claimed = new Set<string>();
  const reads: Read[] = [];
  for (const rec of table.records) {
    const out = recordProblems(table, rec);
    const { id, given } = readId(table, rec, 'id', 'link', out);
    duplicate(id, rec.where, out, 'id');
    let before = given ? byId.get(id) : undefined;
    const ends = readEnds(rec, findNode, out);
    let kind = readKind(rec, out);
    if (kind === null) {
      if (before) kind = before.kind;
      else if (table.graph) {
        kind = DEFAULT_KIND;
        defaults.note('exchangeDefaultKind', rec.where);
      } else out.add(problem('csvRequiredValue'), 'kind');
    }
    // Without a known id, the same two nodes and kind as a project link: that link, updated.
    if (!before && ends.source && ends.target && kind) {
      const same = byKey.get(linkKey({ source: ends.source, target: ends.target, kind }));
      if (same && !claimed.has(same.id)) before = same;
    }
    if (before) claimed.add(before.id);
    const input: Record<string, unknown> = before ? { ...before } : { id };
    if (ends.source) input.source = ends.source;
    if (ends.target) input.target = ends.target;
    if (kind) input.kind = kind;
    if (table.present.has('rationale')) input.rationale = textOf(rec.values.rationale);
    const strength = numberOf(rec.values.strength, table.decimal);
    if (strength === undefined || (strength !== null && (strength < MIN_STRENGTH || strength > MAX_STRENGTH)))
      out.add(
        problem('csvBadStrength', { value: shortText(rec.values.strength), min: MIN_STRENGTH, max: MAX_STRENGTH }),
        'strength',
      );
    else if (strength !== null) input.strength = strength;
    else if (!before && table.graph) defaults.note('exchangeDefaultStrength', rec.where);
    reads.push({ rec, out, input, before });
  }
  return finish(project, table, reads, claimed);
}

/** Self-links and links twice over (in the file, or with a project link the file leaves as it is). */
function finish(
  project: Project,
  table: ImportTable<LinkField>,
  reads: readonly Read[],
  claimed: ReadonlySet<string>,
): { links: Incoming<Link>[]; problems: Problem[] } {
  const kept = new Map(project.links.filter((l) => !claimed.has(l.id)).map((l) => [linkKey(l), l]));
  const inFile = new Map<string, Where>();
  const links: Incoming<Link>[] = [];
  const problems: Problem[] = [];
  for (const { rec, out, input, before } of reads) {
    const { source, target, kind } = input as Partial<Link>;
    if (source !== undefined && target !== undefined && kind !== undefined && !hasErrors(out.problems)) {
      const params = {
        from: shortText(rec.values.source),
        to: shortText(rec.values.target),
        kind: shortText(rec.values.kind) || KIND_VOCABULARY.nameOf(kind, 'nl'),
      };
      if (source === target) out.add(problem('csvSelfLink', { title: params.from }), 'target');
      else {
        const key = linkKey({ source, target, kind });
        const earlier = inFile.get(key);
        if (kept.has(key)) out.add(problem('csvLinkExists', params), 'kind');
        else if (earlier)
          out.add(
            'sheet' in earlier && 'sheet' in rec.where && earlier.sheet === rec.where.sheet
              ? problem('csvDuplicateLink', { ...params, otherRow: earlier.row })
              : problem('exchangeDuplicateLink', params),
            'kind',
          );
        else inFile.set(key, rec.where);
      }
    }
    if (!hasErrors(out.problems)) {
      const parsed = LinkSchema.safeParse(input);
      if (parsed.success) links.push({ where: rec.where, entity: parsed.data, before });
      else zodAt(parsed.error, table, rec, LINK_FIELD, 'kind', out);
    }
    appendProblems(problems, out.problems);
  }
  return { links, problems };
}
