import type { Project } from '../model/project';
import type { AnalysisTranslate, TextFormat } from '../analysis/textFormat';
import type { CompactGraph } from '../analysis/compactGraph';
import type { SectionLines } from './coalitionReportText';
import { BALANCE_MEASURES, partyBalance, type BalanceMeasure, type PartyBalance } from './partyBalance';

/** An amount of one measure as the report writes it: budget as money, FTE with two decimals, counts whole. */
function amountText(m: BalanceMeasure, x: number, fmt: TextFormat): string {
  if (m === 'budget') return fmt.money(x);
  return fmt.number(x, m === 'fte' ? 2 : 0);
}

/**
 * The text report's party balance: the Gallagher index per measure with how to read it, then per coalition party
 * its seats and seat share, its holders and what they hold (amount and share per measure), then the holders outside
 * the coalition parties with their amounts. One line when the project has no parties.
 */
export function partyBalanceLines(
  balance: PartyBalance | null,
  project: Project,
  t: AnalysisTranslate,
  fmt: TextFormat,
): SectionLines {
  if (!balance || balance.parties.length === 0) return [[1, t('balance.none')]];
  const holder = new Map(project.portfolios.map((p) => [p.id, p.holder]));
  const name = (id: string) => holder.get(id) ?? id;
  const share = (x: number | null) => (x === null ? t('figure.none') : fmt.percent(x));
  const measure = (m: BalanceMeasure) => t(`balance.measure.${m}`);
  const out: SectionLines = [];

  if (balance.totalSeats > 0) {
    const values = BALANCE_MEASURES.map((m) => {
      const g = balance.gallagher[m];
      return t('balance.measureAmount', {
        measure: measure(m),
        amount: g === null ? t('figure.none') : fmt.number(g, 1),
      });
    });
    out.push([1, t('balance.gallagher', { values: values.join(' · ') })]);
    out.push([2, t('balance.gallagherHow')]);
  } else out.push([1, t('balance.noSeats')]);

  for (const p of balance.parties) {
    const seats = t('balance.seats', { count: p.seats, share: share(p.seatShare) });
    const holders = p.holderIds.length ? p.holderIds.map(name).join(', ') : t('balance.noHolders');
    out.push([1, t('balance.party', { party: p.name, seats, holders })]);
    if (!p.holderIds.length) continue;
    const shares = BALANCE_MEASURES.map((m) =>
      t('balance.measureShare', {
        measure: measure(m),
        amount: amountText(m, p.amounts[m], fmt),
        share: share(p.shares[m]),
      }),
    );
    out.push([2, shares.join(' · ')]);
  }

  if (balance.outside.length) {
    out.push([1, t('balance.outside')]);
    for (const o of balance.outside) {
      const amounts = BALANCE_MEASURES.filter((m) => m !== 'holders').map((m) =>
        t('balance.measureAmount', { measure: measure(m), amount: amountText(m, o.amounts[m], fmt) }),
      );
      const party = o.party.trim() || t('balance.noParty');
      out.push([2, t('balance.outsideHolder', { holder: name(o.portfolioId), party, amounts: amounts.join(' · ') })]);
    }
  }
  return out;
}

/** The section's lines for the report's draft, balance computed here (on the report's graph when given). */
export function partyBalanceSection(
  divisionId: string,
  project: Project,
  t: AnalysisTranslate,
  fmt: TextFormat,
  graph?: CompactGraph,
): SectionLines {
  return partyBalanceLines(partyBalance(project, divisionId, graph), project, t, fmt);
}
