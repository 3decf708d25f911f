import { linkFigureLines, type AnalysisTranslate, type TextFormat } from '../analysis/reportText';
import { subjectHolders } from '../model/division';
import {
  divisionReportView,
  type DivisionLinkJson,
  type DivisionReportInput,
  type PublishedEnd,
} from './divisionReport';

export interface DivisionReportTextOptions {
  /** At most this many links under one pair of the agenda before "… and n more" (default 8). */
  maxItems?: number;
}

/**
 * The division command's report as plain text, at subject level, from the same data as its JSON: each holder with
 * the subjects as published and what they matched (shared subjects marked), what matched nothing, the link figures
 * of the analysis report, every split link with its rationale, and the coordination agenda (split links and shared
 * subjects per pair of holders, heaviest first). `t` looks up the `analysis` namespace.
 */
export function divisionReportText(
  input: DivisionReportInput,
  t: AnalysisTranslate,
  fmt: TextFormat,
  options: DivisionReportTextOptions = {},
): string {
  const maxItems = options.maxItems ?? 8;
  const { json, division, holderName, subjectName } = divisionReportView(input);
  const { report, summary } = input;
  const w = (x: number) => fmt.number(x, 2);
  const out: string[] = [];
  const line = (text: string, indent = 0) => out.push(`${'  '.repeat(indent)}${text}`);
  const section = (key: string) => {
    out.push('');
    line(t(key));
  };
  const endText = (e: PublishedEnd) => t('division.linkEnd', { published: e.published, holder: e.holder });

  line(t('report.title', { project: input.project.name, division: report.divisionName }));
  const subjectCount = new Set(json.holders.flatMap((h) => h.subjects.flatMap((s) => s.subjectIds))).size;
  line(
    [
      t('division.countHolders', { count: json.holders.length }),
      t('division.countSubjects', { count: subjectCount }),
      t('division.countLinks', { count: report.linkCount }),
    ].join(', '),
  );

  section('division.section.holders');
  const leftOver = new Map(summary.unmatched.map((u) => [`${u.holder}\u0000${u.published}`, u.pieces]));
  for (const h of json.holders) {
    const details = [h.party, h.fte === null ? null : t('division.fte', { fte: fmt.number(h.fte, 2) })].filter(
      (x): x is string => x !== null && x !== '',
    );
    const role = t(`division.role.${h.role}`);
    line(
      details.length
        ? t('division.holderDetails', { role, name: h.name, details: details.join(', ') })
        : t('division.holder', { role, name: h.name }),
      1,
    );
    if (h.subjects.length === 0) line(t('division.noSubjects'), 2);
    for (const s of h.subjects) {
      if (s.subjectIds.length === 0) {
        line(t('division.subjectUnmatched', { published: s.published }), 2);
        continue;
      }
      const names = s.subjectIds.map(subjectName).join(', ');
      const pieces = leftOver.get(`${h.name}\u0000${s.published}`) ?? [];
      let text = pieces.length
        ? t('division.subjectPartly', { published: s.published, subjects: names, pieces: pieces.join(', ') })
        : t('division.subject', { published: s.published, subjects: names });
      for (const id of s.subjectIds) {
        const holders = subjectHolders(division, id).map(holderName);
        if (holders.length < 2) continue;
        const params = { subject: subjectName(id), holders: holders.join(', '), lead: holders[0]! };
        // A text that matched one subject need not name it again.
        text += ` (${t(s.subjectIds.length === 1 ? 'division.sharedOne' : 'division.shared', params)})`;
      }
      line(text, 2);
    }
  }

  section('division.section.unmatched');
  if (json.unmatched.length === 0) line(t('division.unmatchedNone'), 1);
  for (const u of json.unmatched) line(u, 1);

  section('section.links');
  for (const text of linkFigureLines(report, t, fmt, { omitEmptyUnassigned: true })) line(text, 1);

  const linkLines = (links: readonly DivisionLinkJson[]) => {
    for (const l of links) {
      line(
        t('division.splitLink', {
          from: endText(l.from),
          to: endText(l.to),
          kind: t(`kind.${l.kind}`),
          strength: w(l.strength),
        }),
        1,
      );
      if (l.rationale) line(l.rationale, 2);
    }
  };
  section('division.section.splitLinks');
  if (json.splitLinks.length === 0) line(t('division.splitLinksNone'), 1);
  linkLines(json.splitLinks);
  if (json.sharedLinks.length > 0) {
    section('division.section.sharedLinks');
    linkLines(json.sharedLinks);
  }

  section('section.coordination');
  if (json.coordinationPairs.length === 0) line(t('coordination.none'), 1);
  const byId = new Map([...json.splitLinks, ...json.sharedLinks].map((l) => [l.id, l]));
  for (const p of json.coordinationPairs) {
    line(t('coordination.pair', { a: p.holders[0], b: p.holders[1], count: p.links.length, weight: w(p.weight) }), 1);
    if (p.sharedSubjects.length) line(t('division.agendaShared', { subjects: p.sharedSubjects.join(', ') }), 2);
    const links = p.links
      .map((id) => byId.get(id))
      .filter((l) => l !== undefined)
      .sort((a, b) => b.strength - a.strength);
    for (const l of links.slice(0, maxItems))
      line(
        t('coordination.link', {
          from: endText(l.from),
          to: endText(l.to),
          kind: t(`kind.${l.kind}`),
          strength: w(l.strength),
        }),
        2,
      );
    if (links.length > maxItems) line(t('list.more', { count: links.length - maxItems }), 2);
  }
  return `${out.join('\n')}\n`;
}
