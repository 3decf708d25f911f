import { holderOf, nodeHolder, subjectHolders, type Division } from '../../model/division';
import type { CoherenceReport } from '../../analysis/coherenceReport';
import { list, numeric, paragraph, section, table, type Block, type Section } from '../document';
import { moreRows, type ReportContext } from '../reportContext';
import { SECTION_IDS } from './headline';

/** A subject's holders in the draft: its own list, or for a subject without goals its assignment. */
function holdersOf(division: Division, subjectId: string): readonly string[] {
  const held = subjectHolders(division, subjectId);
  if (held.length) return held;
  const own = holderOf(division.assignments, subjectId);
  return own === undefined ? [] : [own];
}

/** Wethouders first, then the burgemeester, each in the draft's order: how colleges publish their division. */
export function publishedOrder(c: ReportContext, division: Division): string[] {
  const isMayor = (id: string) => c.portfolio(id)?.role === 'burgemeester';
  return [...division.portfolioIds.filter((id) => !isMayor(id)), ...division.portfolioIds.filter(isMayor)];
}

function holderBlocks(c: ReportContext, r: CoherenceReport, division: Division, holderId: string): Block[] {
  const { t, fmt, project } = c;
  const figures = r.portfolios.find((p) => p.portfolioId === holderId);
  const out: Block[] = [];
  if (figures) {
    const budget =
      figures.budgetUnknown > 0
        ? t('report.published.budgetPartly', { budget: fmt.money(figures.budget), count: figures.budgetUnknown })
        : fmt.money(figures.budget);
    out.push(
      paragraph(
        t('report.published.figures', {
          count: figures.goals,
          budget,
          internal: c.weight(figures.internal),
          external: c.weight(figures.external),
        }),
      ),
    );
  }
  const name = c.holder(holderId);
  if (project.subjects.length) {
    const rows: string[][] = [];
    for (const s of project.subjects) {
      const holders = holdersOf(division, s.id);
      if (!holders.includes(holderId)) continue;
      const goals = project.goals
        .filter((g) => g.subjectId === s.id && nodeHolder(division, g.id, s.id) === holderId)
        .map((g) => g.title);
      const shared =
        holders.length > 1
          ? t('report.published.sharedWith', {
              holders: holders
                .filter((h) => h !== holderId)
                .map(c.holder)
                .join(', '),
              lead: c.holder(holders[0]),
            })
          : '–';
      rows.push([s.name, goals.length ? goals.join('; ') : '–', shared]);
    }
    if (rows.length)
      out.push(
        table(
          t('report.published.subjectsCaption', { holder: name }),
          [t('report.col.subject'), t('report.col.goals'), t('report.col.shared')],
          rows,
          true,
        ),
      );
    else out.push(paragraph(t('report.published.noSubjects')));
    const apart: string[][] = [];
    for (const g of project.goals) {
      if (holderOf(division.assignments, g.id) !== holderId) continue;
      if (g.subjectId === undefined) apart.push([g.title, t('report.published.loose')]);
      else if (!holdersOf(division, g.subjectId).includes(holderId))
        apart.push([g.title, t('report.published.exception', { subject: c.node(g.subjectId) })]);
    }
    if (apart.length)
      out.push(
        table(
          t('report.published.apartCaption', { holder: name }),
          [t('report.col.goal'), t('report.col.why')],
          apart,
          true,
        ),
      );
    return out;
  }
  const domain = new Map(project.domains.map((d) => [d.id, d.name]));
  const goals = project.goals.filter((g) => nodeHolder(division, g.id, g.subjectId) === holderId);
  if (!goals.length) return [...out, paragraph(t('report.published.noGoals'))];
  out.push(
    table(
      t('report.published.goalsCaption', { holder: name }),
      [t('report.col.goal'), t('report.col.domain'), numeric(t('report.col.budget'))],
      goals
        .slice(0, c.maxRows)
        .map((g) => [
          g.title,
          domain.get(g.domainId) ?? g.domainId,
          g.budget === undefined ? '–' : fmt.money(g.budget),
        ]),
      true,
    ),
  );
  const more = moreRows(c, goals.length);
  if (more) out.push(paragraph(more, 'note'));
  return out;
}

/**
 * The division as it would be published: per holder (wethouders, then the burgemeester) role, party and FTE in the
 * heading, goals and budget, the subjects with the goals that follow them (shared ones with their other holders),
 * then the goals the holder has apart from a subject (exceptions and loose goals); what nobody holds last.
 */
export function publishedSection(c: ReportContext, r: CoherenceReport, division: Division, title: string): Section {
  const { t, project } = c;
  const holders = publishedOrder(c, division).map((id) =>
    section(`houder-${id}`, c.holderFull(id), holderBlocks(c, r, division, id)),
  );
  const unheldSubjects = project.subjects.filter((s) => holdersOf(division, s.id).length === 0).map((s) => s.name);
  const unassigned = r.warnings.find((w) => w.code === 'unassignedGoals')?.goalIds.map(c.node) ?? [];
  const rest: Block[] = [];
  if (unheldSubjects.length)
    rest.push(paragraph(t('report.published.unheldSubjects', { count: unheldSubjects.length })), list(unheldSubjects));
  if (unassigned.length)
    rest.push(paragraph(t('report.published.unassignedGoals', { count: unassigned.length })), list(unassigned));
  if (rest.length) holders.push(section('niet-verdeeld', t('report.published.notDivided'), rest));
  const intro = paragraph(
    project.subjects.length ? t('report.published.introSubjects') : t('report.published.introGoals'),
    'note',
  );
  return section(SECTION_IDS.published, title, [intro], holders);
}
