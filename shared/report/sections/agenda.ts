import type { Division } from '../../model/division';
import type { Link } from '../../model/link';
import type { CoherenceReport } from '../../analysis/coherenceReport';
import type { AgendaPair } from '../../analysis/coordinationAgenda';
import { LINK_CROSS_DOMAIN, linkClassesOf } from '../../analysis/linkClasses';
import { LINK_COVERED, LINK_DELIBERATE, LINK_UNCOVERED } from '../../coalition/splitCoverage';
import { numeric, paragraph, section, table, type Section } from '../document';
import type { ReportContext } from '../reportContext';
import { linkTable } from '../linkTables';
import { SECTION_IDS } from './headline';

/** How a pair's split links stand, in a few words: covered (by which), partly, uncovered, deliberate. */
export function pairStatus(c: ReportContext, pair: AgendaPair, division: Division): string {
  const { t } = c;
  const { covered, uncovered, deliberate } = pair;
  if (covered.count + uncovered.count + deliberate.count === 0) return t('report.agenda.onlyShared');
  const name = new Map(division.arrangements.map((a) => [a.id, a.name]));
  const arrangements = pair.arrangementIds.map((id) => name.get(id) ?? id).join(', ');
  const parts: string[] = [];
  if (uncovered.count === 0 && covered.count > 0) parts.push(t('report.agenda.covered', { arrangements }));
  else if (covered.count > 0)
    parts.push(
      t('report.agenda.partly', {
        covered: c.fmt.number(covered.count),
        count: covered.count + uncovered.count,
        arrangements,
      }),
    );
  else if (uncovered.count > 0) parts.push(t('report.agenda.uncovered'));
  if (deliberate.count) parts.push(t('report.agenda.deliberate', { count: deliberate.count }));
  return parts.join('; ');
}

/** Per link, the words for its status in the agenda's tables: split and how, or only on the agenda through a shared subject. */
export function linkStatusWords(c: ReportContext, r: CoherenceReport, division: Division): (l: Link) => string {
  const { t } = c;
  const index = new Map(r.linkIds.map((id, e) => [id, e]));
  const flags = linkClassesOf(c.graph).flags;
  const arrangementName = new Map(division.arrangements.map((a) => [a.id, a.name]));
  const coveredBy = new Map<number, string[]>();
  for (const a of r.coverage.arrangements)
    for (const e of a.links) {
      const names = coveredBy.get(e) ?? [];
      names.push(arrangementName.get(a.arrangementId) ?? a.arrangementId);
      coveredBy.set(e, names);
    }
  return (l) => {
    const e = index.get(l.id);
    if (e === undefined) return '–';
    const st = r.coverage.status[e];
    let words: string;
    if (st === LINK_UNCOVERED) words = t('report.status.uncovered');
    else if (st === LINK_COVERED)
      words = t('report.status.covered', { arrangements: (coveredBy.get(e) ?? []).join(', ') });
    else if (st === LINK_DELIBERATE) words = t('report.status.deliberate');
    else words = t('report.status.shared');
    return flags[e]! & LINK_CROSS_DOMAIN ? t('report.status.crossDomain', { status: words }) : words;
  };
}

/**
 * The coordination agenda: every pair of holders that must agree (links the draft splits between them, and the
 * links of subjects they share), heaviest first, in one summary table; then per pair its links with their
 * rationales and how each stands (uncovered, covered by an arrangement, deliberate, or on the agenda through a
 * shared subject). Every split link of the draft is in exactly one pair's table.
 */
export function agendaSection(c: ReportContext, r: CoherenceReport, division: Division, title: string): Section {
  const { t, fmt } = c;
  const pairName = (p: AgendaPair) => t('report.agenda.pair', { a: c.holder(p.a), b: c.holder(p.b) });
  if (r.agenda.length === 0) return section(SECTION_IDS.agenda, title, [paragraph(t('report.agenda.none'))]);
  const summary = table(
    t('report.agenda.caption'),
    [
      t('report.col.pair'),
      numeric(t('report.col.links')),
      numeric(t('report.col.weight')),
      numeric(t('report.col.split')),
      t('report.col.sharedSubjects'),
      t('report.col.status'),
    ],
    r.agenda.map((p) => [
      pairName(p),
      fmt.number(p.count),
      c.weight(p.weight),
      fmt.number(p.splitLinks.length),
      p.sharedSubjectIds.map(c.node).join(', ') || '–',
      pairStatus(c, p, division),
    ]),
    true,
  );
  const status = linkStatusWords(c, r, division);
  const pairs = r.agenda.map((p, i) =>
    section(`paar-${i + 1}`, pairName(p), [
      paragraph(
        t('report.agenda.pairLead', {
          count: p.count,
          weight: c.weight(p.weight),
          split: fmt.number(p.splitLinks.length),
          shared: fmt.number(p.count - p.splitLinks.length),
        }),
      ),
      ...linkTable(c, division, t('report.agenda.pairCaption', { pair: pairName(p) }), r.linkIds, p.links, {
        extra: { label: t('report.col.status'), cell: status },
      }),
    ]),
  );
  return section(SECTION_IDS.agenda, title, [paragraph(t('report.agenda.intro'), 'note'), summary], pairs);
}
