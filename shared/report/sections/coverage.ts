import { arrangementHolders } from '../../model/coalition';
import type { Division } from '../../model/division';
import type { CoherenceReport } from '../../analysis/coherenceReport';
import { numeric, paragraph, section, table, type Block, type Section } from '../document';
import type { ReportContext } from '../reportContext';
import { linkTable } from '../linkTables';
import { SECTION_IDS } from './headline';

function arrangementBlocks(c: ReportContext, r: CoherenceReport, division: Division): Block[] {
  const { t, fmt } = c;
  if (!division.arrangements.length) return [paragraph(t('report.coverage.noArrangements'))];
  const covers = new Map(r.coverage.arrangements.map((a) => [a.arrangementId, a]));
  return [
    table(
      t('report.coverage.arrangementsCaption'),
      [
        t('report.col.arrangement'),
        t('report.col.arrangementKind'),
        t('report.col.lead'),
        t('report.col.otherHolders'),
        t('report.col.scope'),
        numeric(t('report.col.covers')),
      ],
      division.arrangements.map((a) => {
        const cov = covers.get(a.id);
        return [
          a.name,
          t(`analysis.arrangement.kind.${a.kind}`),
          c.holder(a.leadId),
          arrangementHolders(a).slice(1).map(c.holder).join(', ') || '–',
          [...a.subjectIds, ...a.goalIds].map(c.node).join(', '),
          t('report.headline.countWeight', { count: fmt.number(cov?.count ?? 0), weight: c.weight(cov?.weight ?? 0) }),
        ];
      }),
      true,
    ),
  ];
}

function deliberateBlocks(c: ReportContext, r: CoherenceReport, division: Division): Block[] {
  const { t, fmt } = c;
  if (!division.deliberate.length) return [paragraph(t('report.coverage.noDeliberate'))];
  const of = new Map(r.coverage.deliberateSplits.map((d) => [d.splitId, d]));
  return [
    table(
      t('report.coverage.deliberateCaption'),
      [t('report.col.sideA'), t('report.col.sideB'), t('report.col.reason'), t('report.col.links')],
      division.deliberate.map((d) => {
        const cov = of.get(d.id);
        const links =
          cov && !cov.apart
            ? t('report.coverage.together')
            : t('report.headline.countWeight', {
                count: fmt.number(cov?.count ?? 0),
                weight: c.weight(cov?.weight ?? 0),
              });
        return [c.node(d.a), c.node(d.b), d.reason, links];
      }),
    ),
  ];
}

/**
 * Covered, uncovered and deliberate splits: the three figures (they add up to the split weight), the draft's
 * arrangements with what each covers, its deliberate splits with their reasons, and the links behind each figure
 * (without rationales: the agenda lists every split link with its rationale).
 */
export function coverageSection(c: ReportContext, r: CoherenceReport, division: Division, title: string): Section {
  const { t, fmt } = c;
  const cov = r.coverage;
  const figures = table(
    t('report.coverage.caption'),
    [
      t('report.col.status'),
      numeric(t('report.col.links')),
      numeric(t('report.col.weight')),
      numeric(t('report.col.shareOfSplit')),
    ],
    (
      [
        ['uncovered', cov.uncovered],
        ['covered', cov.covered],
        ['deliberate', cov.deliberate],
      ] as const
    ).map(([key, group]) => [
      t(`report.coverage.${key}`),
      fmt.number(group.count),
      c.weight(group.weight),
      r.cut.cut > 0 ? fmt.percent(group.weight / r.cut.cut) : '–',
    ]),
    true,
  );
  const groups = (['uncovered', 'covered', 'deliberate'] as const).map((key) =>
    section(
      `dekking-${key}`,
      t(`report.coverage.${key}Links`, { count: cov[key].count }),
      linkTable(c, division, t(`report.coverage.${key}Links`, { count: cov[key].count }), r.linkIds, cov[key].links, {
        short: true,
      }),
    ),
  );
  return section(
    SECTION_IDS.coverage,
    title,
    [paragraph(t('report.coverage.intro'), 'note'), figures],
    [
      section('afspraken', t('report.coverage.arrangements'), arrangementBlocks(c, r, division)),
      section('bewust', t('report.coverage.deliberateSplits'), deliberateBlocks(c, r, division)),
      ...groups,
    ],
  );
}

/**
 * Split Omgevingswet links, with those between a mostly-social and a mostly-physical holder apart: the links behind
 * the headline's two Omgevingswet figures, with their rationales.
 */
export function omgevingswetSection(c: ReportContext, r: CoherenceReport, division: Division, title: string): Section {
  const { t, fmt } = c;
  const ow = r.omgevingswet;
  const lead = t('report.ow.lead', {
    cut: fmt.number(ow.cutCount),
    count: ow.totalCount,
    weight: c.weight(ow.cut),
    socialPhysical: fmt.number(r.owSocialPhysical.count),
  });
  return section(
    SECTION_IDS.omgevingswet,
    title,
    [
      paragraph(lead),
      ...linkTable(c, division, t('report.ow.caption', { count: ow.cutCount }), r.linkIds, ow.splitLinks),
    ],
    [
      section('omgevingswet-sociaal-fysiek', t('report.ow.socialPhysical', { count: r.owSocialPhysical.count }), [
        paragraph(t('report.ow.socialPhysicalNote'), 'note'),
        ...linkTable(
          c,
          division,
          t('report.ow.socialPhysical', { count: r.owSocialPhysical.count }),
          r.linkIds,
          r.owSocialPhysical.links,
          { short: true },
        ),
      ]),
    ],
  );
}
