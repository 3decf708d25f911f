import type { CoherenceReport } from '../../analysis/coherenceReport';
import type { CutFigures } from '../../analysis/divisionFigures';
import type { PartyBalance } from '../../coalition/partyBalance';
import { numeric, paragraph, section, table, type Section } from '../document';
import type { ReportContext } from '../reportContext';

/** Where the links behind a figure are listed: the section ids the headline's last column points to. */
export const SECTION_IDS = {
  headline: 'kerncijfers',
  published: 'verdeling',
  agenda: 'afstemming',
  coverage: 'dekking',
  omgevingswet: 'omgevingswet',
  bridging: 'verbindend',
  party: 'partijbalans',
  suggestions: 'suggesties',
  proposal: 'optimalisatie',
  figures: 'figuren',
  warnings: 'aandachtspunten',
  kept: 'binnen-portefeuilles',
  method: 'methode',
} as const;

/**
 * The headline figures: the four the app shows above the board (split weight, split Omgevingswet links, those
 * split between a social and a physical holder, coordination pairs) and the rest of the report's figures, beside
 * the classic split, each row saying in which section its links are listed.
 */
export function headlineSection(
  c: ReportContext,
  r: CoherenceReport,
  balance: PartyBalance | null,
  titles: Record<keyof typeof SECTION_IDS, string>,
): Section {
  const { t, fmt } = c;
  const b = r.baseline;
  const n = (x: number) => fmt.number(x);
  const of = (f: CutFigures) =>
    t('report.headline.countOf', { cut: n(f.cutCount), total: n(f.totalCount), weight: c.weight(f.cut) });
  const see = (key: keyof typeof SECTION_IDS) => t('report.headline.see', { section: titles[key] });
  const cov = r.coverage;
  const rows: string[][] = [
    [t('report.headline.goals'), n(r.goalCount), '–', see('published')],
    [t('report.headline.links'), n(r.linkCount), '–', '–'],
    [t('report.headline.holders'), n(r.portfolios.length), '–', see('published')],
    [
      t('report.headline.splitWeight'),
      `${c.weight(r.cut.cut)} (${c.share(r.cut.share)})`,
      `${c.weight(b.cut.cut)} (${c.share(b.cut.share)})`,
      see('agenda'),
    ],
    [t('report.headline.splitLinks'), of(r.cut), of(b.cut), see('agenda')],
    [t('report.headline.crossDomain'), of(r.crossDomain), of(b.crossDomain), see('agenda')],
    [t('report.headline.omgevingswet'), of(r.omgevingswet), of(b.omgevingswet), see('omgevingswet')],
    [
      t('report.headline.owSocialPhysical'),
      t('report.headline.countWeight', {
        count: n(r.owSocialPhysical.count),
        weight: c.weight(r.owSocialPhysical.weight),
      }),
      t('report.headline.countWeight', {
        count: n(b.owSocialPhysical.count),
        weight: c.weight(b.owSocialPhysical.weight),
      }),
      see('omgevingswet'),
    ],
    [t('report.headline.pairs'), n(r.coordination.length), n(b.coordination.length), see('agenda')],
    [
      t('report.headline.uncovered'),
      t('report.headline.countWeight', { count: n(cov.uncovered.count), weight: c.weight(cov.uncovered.weight) }),
      '–',
      see('coverage'),
    ],
    [
      t('report.headline.covered'),
      t('report.headline.countWeight', { count: n(cov.covered.count), weight: c.weight(cov.covered.weight) }),
      '–',
      see('coverage'),
    ],
    [
      t('report.headline.deliberate'),
      t('report.headline.countWeight', { count: n(cov.deliberate.count), weight: c.weight(cov.deliberate.weight) }),
      '–',
      see('coverage'),
    ],
    [
      t('report.headline.kept'),
      t('report.headline.countWeight', { count: n(r.kept.count), weight: c.weight(r.kept.weight) }),
      t('report.headline.countWeight', { count: n(b.kept.count), weight: c.weight(b.kept.weight) }),
      see('kept'),
    ],
    [
      t('report.headline.unassigned'),
      t('report.headline.countWeight', { count: n(r.unassigned.count), weight: c.weight(r.unassigned.weight) }),
      '–',
      see('warnings'),
    ],
    [t('report.headline.modularity'), fmt.number(r.modularity, 3), fmt.number(b.modularity, 3), see('method')],
  ];
  const gallagher = balance?.gallagher.goals ?? null;
  if (balance && balance.parties.length)
    rows.push([t('report.headline.gallagher'), gallagher === null ? '–' : fmt.number(gallagher, 1), '–', see('party')]);
  const lead = t('report.headline.lead', {
    cut: n(r.cut.cutCount),
    count: r.cut.totalCount,
    weight: c.weight(r.cut.cut),
    share: c.share(r.cut.share),
    holders: n(r.portfolios.length),
    pairs: n(r.coordination.length),
  });
  return section(SECTION_IDS.headline, titles.headline, [
    paragraph(lead),
    table(
      t('report.headline.caption'),
      [
        t('report.col.figure'),
        numeric(t('report.col.thisDraft')),
        numeric(t('report.col.classic')),
        t('report.col.where'),
      ],
      rows,
      true,
    ),
    paragraph(t('report.headline.classicNote'), 'note'),
  ]);
}
