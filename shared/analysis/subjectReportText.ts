import type { Project } from '../model/project';
import { subjectHolders } from '../model/division';
import type { CoherenceReport } from './coherenceReport';
import { divisionParts, type CompactGraph } from './compactGraph';
import { strongestLinksFirst } from './divisionFigures';
import { subjectLevel } from './subjectLevel';
import { apartOf, splitTies } from './levelTies';
import type { AnalysisTranslate, TextFormat } from './textFormat';

/**
 * The report's subject-level section as lines (indent, text): the ties the draft splits between subjects (each a
 * sum of goal-level links, listed under it), the goals that stand apart from their subject as exceptions, and the
 * shared subjects with the pairs of holders they put on the agenda. Empty when the report's draft is unknown.
 */
export function subjectSectionLines(
  r: CoherenceReport,
  project: Project,
  g: CompactGraph,
  t: AnalysisTranslate,
  fmt: TextFormat,
  maxItems: number,
): [number, string][] {
  const division = project.divisions.find((d) => d.id === r.divisionId);
  if (!division) return [];
  const level = subjectLevel(g, divisionParts(g, division), division);
  const goalTitle = new Map(project.goals.map((x) => [x.id, x.title]));
  const subjectName = new Map(project.subjects.map((x) => [x.id, x.name]));
  const holder = new Map(project.portfolios.map((x) => [x.id, x.holder]));
  const linkById = new Map(project.links.map((l) => [l.id, l]));
  const pf = (id: string | undefined) => (id === undefined ? t('bridging.unassigned') : (holder.get(id) ?? id));
  const nodeName = (id: string) => goalTitle.get(id) ?? subjectName.get(id) ?? id;
  const w = (x: number) => fmt.number(x, 2);
  const levelName = (i: number) => {
    const node = level.nodes[i]!;
    const apart = apartOf(g, level, i, division);
    const name = nodeName(node.id);
    if (apart?.reason === 'exception')
      return t('subjects.exception', { goal: name, subject: nodeName(apart.subjectId) });
    if (apart?.reason === 'coHolder') return t('subjects.coHolder', { goal: name, subject: nodeName(apart.subjectId) });
    return name;
  };
  const holderOfNode = (i: number) => {
    const part = level.nodes[i]!.part;
    return pf(part >= 0 ? division.portfolioIds[part] : undefined);
  };

  const out: [number, string][] = [];
  const ties = splitTies(level);
  const subjects = level.nodes.filter((n) => n.kind === 'subject').length;
  out.push([1, t('subjects.nodes', { subjects: fmt.number(subjects), count: level.nodes.length - subjects })]);
  if (!ties.length) out.push([1, t('subjects.noSplit')]);
  else {
    const links = ties.reduce((s, e) => s + e.count, 0);
    const weight = ties.reduce((s, e) => s + e.weight, 0);
    out.push([1, t('subjects.split', { count: ties.length, links: fmt.number(links), weight: w(weight) })]);
    for (const e of ties.slice(0, maxItems)) {
      out.push([
        2,
        t('subjects.tie', {
          a: levelName(e.a),
          holderA: holderOfNode(e.a),
          b: levelName(e.b),
          holderB: holderOfNode(e.b),
          count: e.count,
          weight: w(e.weight),
        }),
      ]);
      for (const l of strongestLinksFirst(r, e.links, linkById).slice(0, maxItems))
        out.push([
          3,
          t('coordination.link', {
            from: nodeName(l.source),
            to: nodeName(l.target),
            kind: t(`kind.${l.kind}`),
            strength: w(l.strength),
          }),
        ]);
      if (e.links.length > maxItems) out.push([3, t('list.more', { count: e.links.length - maxItems })]);
    }
    if (ties.length > maxItems) out.push([2, t('list.more', { count: ties.length - maxItems })]);
  }

  const exceptions = level.nodes
    .map((_, i) => ({ i, apart: apartOf(g, level, i, division) }))
    .filter((x) => x.apart?.reason === 'exception');
  for (const { i, apart } of exceptions)
    out.push([
      1,
      t('subjects.exceptionLine', {
        goal: nodeName(level.nodes[i]!.id),
        holder: holderOfNode(i),
        subject: nodeName(apart!.subjectId),
        lead: pf(subjectHolders(division, apart!.subjectId)[0]),
      }),
    ]);

  if (!r.sharedSubjects.length) out.push([1, t('subjects.noShared')]);
  for (const s of r.sharedSubjects)
    out.push([
      1,
      t('subjects.shared', {
        subject: nodeName(s.subjectId),
        holders: s.portfolioIds.map((id) => pf(id)).join(', '),
        count: s.links.length,
        weight: w(s.weight),
      }),
    ]);
  for (const a of r.agenda.filter((x) => x.sharedSubjectIds.length))
    out.push([
      2,
      t('subjects.agendaPair', {
        a: pf(a.a),
        b: pf(a.b),
        count: a.count,
        weight: w(a.weight),
        split: fmt.number(a.splitLinks.length),
        subjects: a.sharedSubjectIds.map(nodeName).join(', '),
      }),
    ]);
  return out;
}
