import type { Project } from '../model/project';
import { holderOf, subjectHolders, type Division } from '../model/division';
import type { CoherenceReport } from '../analysis/coherenceReport';
import type { AgendaPair } from '../analysis/coordinationAgenda';
import { strongestLinksFirst, type LinkList } from '../analysis/divisionFigures';
import type { AnalysisTranslate, TextFormat } from '../analysis/textFormat';

/** Lines of a text section: indent level and text. */
export type SectionLines = [number, string][];

/** Names of a project's goals, subjects and holders, and the links by id, for the report's sentences. */
function namesOf(project: Project, t: AnalysisTranslate) {
  const goalTitle = new Map(project.goals.map((x) => [x.id, x.title]));
  const subjectName = new Map(project.subjects.map((x) => [x.id, x.name]));
  const holder = new Map(project.portfolios.map((x) => [x.id, x.holder]));
  return {
    node: (id: string) => goalTitle.get(id) ?? subjectName.get(id) ?? id,
    holder: (id: string | undefined) => (id === undefined ? t('bridging.unassigned') : (holder.get(id) ?? id)),
    linkById: new Map(project.links.map((l) => [l.id, l])),
  };
}

/**
 * How the draft's split links to one pair of holders stand, as a few words for the pair's line: covered (by which
 * arrangements), partly covered, uncovered, or deliberately split; null when the pair has no split links.
 */
export function pairCoverageMark(
  pair: Pick<AgendaPair, 'covered' | 'uncovered' | 'deliberate' | 'arrangementIds'>,
  division: Pick<Division, 'arrangements'> | undefined,
  t: AnalysisTranslate,
  fmt: TextFormat,
): string | null {
  const { covered, uncovered, deliberate } = pair;
  if (covered.count + uncovered.count + deliberate.count === 0) return null;
  if (covered.count + uncovered.count === 0) return t('coverage.pairDeliberate');
  const name = new Map((division?.arrangements ?? []).map((a) => [a.id, a.name]));
  const arrangements = pair.arrangementIds.map((id) => name.get(id) ?? id).join(', ');
  let mark: string;
  if (uncovered.count === 0) mark = t('coverage.pairCovered', { arrangements });
  else if (covered.count === 0) mark = t('coverage.pairUncovered');
  else
    mark = t('coverage.pairPartly', {
      covered: fmt.number(covered.count),
      count: covered.count + uncovered.count,
      arrangements,
    });
  if (deliberate.count) mark += t('coverage.pairAlsoDeliberate', { count: deliberate.count });
  return mark;
}

/** The headline's split of the split weight: uncovered (with its share), covered, deliberate. Null when nothing is split. */
export function coverageHeadline(r: CoherenceReport, t: AnalysisTranslate, fmt: TextFormat): string | null {
  const c = r.coverage;
  if (c.uncoveredShare === null) return null;
  const w = (x: number) => fmt.number(x, 2);
  return t('coverage.headline', {
    weight: w(c.covered.weight + c.uncovered.weight + c.deliberate.weight),
    uncovered: w(c.uncovered.weight),
    share: fmt.percent(c.uncoveredShare),
    covered: w(c.covered.weight),
    deliberate: w(c.deliberate.weight),
  });
}

/**
 * The division as it would be published: per holder of the draft (wethouders, then the burgemeester, each in the
 * draft's order) the subjects they hold, shared ones marked, then the goals they hold apart from a subject (loose
 * goals and exceptions); subjects nobody holds last. Empty for a project without subjects.
 */
export function publishedDivisionLines(
  r: CoherenceReport,
  project: Project,
  t: AnalysisTranslate,
  maxItems: number,
): SectionLines {
  const division = project.divisions.find((d) => d.id === r.divisionId);
  if (!division || !project.subjects.length) return [];
  const names = namesOf(project, t);
  const capped = (items: string[]) => {
    const shown = items.slice(0, maxItems).join(', ');
    return items.length > maxItems ? `${shown} ${t('list.more', { count: items.length - maxItems })}` : shown;
  };
  // A subject without goals may be held by its own id in `assignments`.
  const holdersOf = (sid: string): readonly string[] => {
    const held = subjectHolders(division, sid);
    if (held.length) return held;
    const own = holderOf(division.assignments, sid);
    return own === undefined ? [] : [own];
  };
  const subjectsOf = new Map<string, string[]>(division.portfolioIds.map((id) => [id, []]));
  const unheld: string[] = [];
  for (const s of project.subjects) {
    const holders = holdersOf(s.id);
    if (!holders.length) unheld.push(s.name);
    const text =
      holders.length > 1
        ? t('published.shared', {
            subject: s.name,
            holders: holders.map(names.holder).join(', '),
            lead: names.holder(holders[0]),
          })
        : s.name;
    for (const h of holders) subjectsOf.get(h)?.push(text);
  }
  const goalsOf = new Map<string, string[]>(division.portfolioIds.map((id) => [id, []]));
  for (const goal of project.goals) {
    const own = holderOf(division.assignments, goal.id);
    if (own === undefined) continue;
    if (goal.subjectId === undefined) goalsOf.get(own)?.push(goal.title);
    else if (!holdersOf(goal.subjectId).includes(own))
      goalsOf.get(own)?.push(t('subjects.exception', { goal: goal.title, subject: names.node(goal.subjectId) }));
  }

  const portfolio = new Map(project.portfolios.map((p) => [p.id, p]));
  const isMayor = (id: string) => portfolio.get(id)?.role === 'burgemeester';
  const order = [...division.portfolioIds.filter((id) => !isMayor(id)), ...division.portfolioIds.filter(isMayor)];
  const out: SectionLines = [];
  for (const id of order) {
    const p = portfolio.get(id);
    const role = p?.role ?? 'wethouder';
    const roleWord = t(`division.role.${role}`);
    const name = names.holder(id);
    // Holder fields often carry the role already ("Wethouder J. Bakker"): then it is not said twice.
    const lower = name.toLocaleLowerCase();
    const said = lower.includes(role) || lower.includes(roleWord.toLocaleLowerCase());
    const who = said ? name : t('division.holder', { role: roleWord, name });
    const party = p?.party.trim() ?? '';
    out.push([1, party ? t('published.holderParty', { name: who, party }) : who]);
    const subjects = subjectsOf.get(id)!;
    out.push([2, subjects.length ? capped(subjects) : t('published.noSubjects')]);
    const goals = goalsOf.get(id)!;
    if (goals.length) out.push([2, t('published.goals', { count: goals.length, goals: capped(goals) })]);
  }
  if (unheld.length) out.push([1, t('published.unheld', { count: unheld.length, subjects: capped(unheld) })]);
  return out;
}

/** A link list strongest first, capped, as indented link lines. */
function linkLines(
  r: CoherenceReport,
  list: LinkList,
  names: ReturnType<typeof namesOf>,
  t: AnalysisTranslate,
  fmt: TextFormat,
  maxItems: number,
  indent: number,
): SectionLines {
  const out: SectionLines = [];
  for (const l of strongestLinksFirst(r, list, names.linkById).slice(0, maxItems))
    out.push([
      indent,
      t('coordination.link', {
        from: names.node(l.source),
        to: names.node(l.target),
        kind: t(`kind.${l.kind}`),
        strength: fmt.number(l.strength, 2),
      }),
    ]);
  if (list.length > maxItems) out.push([indent, t('list.more', { count: list.length - maxItems })]);
  return out;
}

/** The draft's arrangements: name, kind, lead and other holders, scope, and the split links each covers. */
export function arrangementLines(
  r: CoherenceReport,
  project: Project,
  t: AnalysisTranslate,
  fmt: TextFormat,
  maxItems: number,
): SectionLines {
  const division = project.divisions.find((d) => d.id === r.divisionId);
  const arrangements = division?.arrangements ?? [];
  if (!arrangements.length) return [[1, t('arrangement.none')]];
  const names = namesOf(project, t);
  const covers = new Map(r.coverage.arrangements.map((a) => [a.arrangementId, a]));
  const out: SectionLines = [];
  for (const a of arrangements) {
    const others = a.holderIds.filter((h) => h !== a.leadId).map(names.holder);
    const params = { name: a.name, kind: t(`arrangement.kind.${a.kind}`), lead: names.holder(a.leadId) };
    out.push([
      1,
      others.length
        ? t('arrangement.line', { ...params, others: others.join(', ') })
        : t('arrangement.lineAlone', params),
    ]);
    const scope = [...a.subjectIds, ...a.goalIds].map(names.node);
    const shown = scope.slice(0, maxItems).join(', ');
    const more = scope.length > maxItems ? ` ${t('list.more', { count: scope.length - maxItems })}` : '';
    out.push([2, t('arrangement.scope', { scope: `${shown}${more}` })]);
    const c = covers.get(a.id);
    out.push([
      2,
      c?.count
        ? t('arrangement.covers', { count: c.count, weight: fmt.number(c.weight, 2) })
        : t('arrangement.coversNone'),
    ]);
    if (c?.count) out.push(...linkLines(r, c.links, names, t, fmt, maxItems, 3));
  }
  return out;
}

/** The draft's deliberate splits: the two sides, the reason, the split links they name, or that none are left. */
export function deliberateLines(
  r: CoherenceReport,
  project: Project,
  t: AnalysisTranslate,
  fmt: TextFormat,
  maxItems: number,
): SectionLines {
  const division = project.divisions.find((d) => d.id === r.divisionId);
  const splits = division?.deliberate ?? [];
  if (!splits.length) return [[1, t('deliberate.none')]];
  const names = namesOf(project, t);
  const of = new Map(r.coverage.deliberateSplits.map((d) => [d.splitId, d]));
  const out: SectionLines = [];
  for (const d of splits) {
    const c = of.get(d.id);
    out.push([1, t('deliberate.line', { a: names.node(d.a), b: names.node(d.b), reason: d.reason })]);
    if (c && !c.apart) out.push([2, t('deliberate.together')]);
    else if (c?.count) {
      out.push([2, t('deliberate.links', { count: c.count, weight: fmt.number(c.weight, 2) })]);
      out.push(...linkLines(r, c.links, names, t, fmt, maxItems, 3));
    } else out.push([2, t('deliberate.noLinks')]);
  }
  return out;
}
