import type { Division } from '../../model/division';
import type { CoherenceReport } from '../../analysis/coherenceReport';
import { linkTable } from '../linkTables';
import { BALANCE_MEASURES, type PartyBalance } from '../../coalition/partyBalance';
import { list, numeric, paragraph, section, table, type Block, type Section } from '../document';
import type { ReportContext } from '../reportContext';
import { SECTION_IDS } from './headline';

/** Bridging goals: the goals most shortest paths between other goals run through, with their holders. */
export function bridgingSection(c: ReportContext, r: CoherenceReport, title: string): Section {
  const { t, fmt } = c;
  const blocks: Block[] = [paragraph(t('report.bridging.intro'), 'note')];
  if (r.bridging === null) blocks.push(paragraph(t('report.bridging.skipped')));
  else if (r.bridging.length === 0) blocks.push(paragraph(t('report.bridging.none')));
  else
    blocks.push(
      table(
        t('report.bridging.caption'),
        [
          numeric(t('report.col.rank')),
          t('report.col.goal'),
          t('report.col.holder'),
          numeric(t('report.col.betweenness')),
          numeric(t('report.col.participation')),
        ],
        r.bridging.map((b, i) => [
          fmt.number(i + 1),
          c.node(b.goalId),
          c.holder(b.portfolioId),
          fmt.number(b.score, 3),
          fmt.number(b.participation, 2),
        ]),
      ),
    );
  return section(SECTION_IDS.bridging, title, blocks);
}

/** Party balance: per coalition party its seats beside its shares, the Gallagher index per measure, holders outside. */
export function partyBalanceSection(c: ReportContext, balance: PartyBalance | null, title: string): Section {
  const { t, fmt } = c;
  if (!balance || balance.parties.length === 0)
    return section(SECTION_IDS.party, title, [paragraph(t('report.party.none'))]);
  const share = (x: number | null) => (x === null ? '–' : fmt.percent(x));
  const measures = BALANCE_MEASURES;
  const rows = balance.parties.map((p) => [
    p.name,
    fmt.number(p.seats),
    share(p.seatShare),
    ...measures.map((m) => share(p.shares[m])),
  ]);
  rows.push([
    t('report.party.gallagher'),
    fmt.number(balance.totalSeats),
    '–',
    ...measures.map((m) => (balance.gallagher[m] === null ? '–' : fmt.number(balance.gallagher[m]!, 1))),
  ]);
  const blocks: Block[] = [
    paragraph(t('report.party.intro'), 'note'),
    table(
      t('report.party.caption'),
      [
        t('report.col.party'),
        numeric(t('report.col.seats')),
        numeric(t('report.col.seatShare')),
        ...measures.map((m) => numeric(t(`report.party.measure.${m}`))),
      ],
      rows,
      true,
    ),
    paragraph(
      t('report.party.read', {
        goals: balance.gallagher.goals === null ? '–' : fmt.number(balance.gallagher.goals, 1),
      }),
    ),
  ];
  if (balance.outside.length)
    blocks.push(
      paragraph(t('report.party.outside', { count: balance.outside.length })),
      list(
        balance.outside.map((o) =>
          t('report.party.outsideHolder', {
            holder: c.holder(o.portfolioId),
            count: o.amounts.goals,
            budget: fmt.money(o.amounts.budget),
          }),
        ),
      ),
    );
  return section(SECTION_IDS.party, title, blocks);
}

/** What is worth a look: unassigned goals, empty portfolios, goals whose links all leave their portfolio. */
export function warningsSection(c: ReportContext, r: CoherenceReport, division: Division, title: string): Section {
  const { t } = c;
  const blocks: Block[] = [];
  if (r.unassigned.count)
    blocks.push(
      paragraph(t('report.warning.unassignedLinks', { count: r.unassigned.count })),
      ...linkTable(c, division, t('report.warning.unassignedLinksCaption'), r.linkIds, r.unassigned.links, {
        short: true,
      }),
    );
  if (!r.warnings.length && !blocks.length)
    return section(SECTION_IDS.warnings, title, [paragraph(t('report.warning.none'))]);
  for (const w of r.warnings) {
    const items = w.code === 'emptyPortfolios' ? w.portfolioIds.map((id) => c.holder(id)) : w.goalIds.map(c.node);
    blocks.push(paragraph(t(`report.warning.${w.code}`, { count: items.length })));
    blocks.push(list(items.slice(0, c.maxRows)));
  }
  return section(SECTION_IDS.warnings, title, blocks);
}

/** The links the draft keeps within one portfolio, per holder: the links behind the headline's kept figure. */
export function keptSection(c: ReportContext, r: CoherenceReport, division: Division, title: string): Section {
  const { t } = c;
  const holders = r.portfolios
    .filter((p) => p.keptLinks.length > 0)
    .map((p) =>
      section(
        `binnen-${p.portfolioId}`,
        t('report.kept.holder', { holder: c.holder(p.portfolioId), count: p.keptLinks.length }),
        linkTable(
          c,
          division,
          t('report.kept.holder', { holder: c.holder(p.portfolioId), count: p.keptLinks.length }),
          r.linkIds,
          p.keptLinks,
          {
            short: true,
          },
        ),
      ),
    );
  const blocks: Block[] = [
    paragraph(t('report.kept.intro', { count: r.kept.count, weight: c.weight(r.kept.weight) }), 'note'),
  ];
  return section(SECTION_IDS.kept, title, holders.length ? blocks : [paragraph(t('report.link.none'))], holders, true);
}
