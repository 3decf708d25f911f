import fc from 'fast-check';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import {
  exchangeTables,
  exportGexf,
  exportGraphml,
  exportKumuJson,
  exportTableCsv,
  exportXlsx,
  xmlSafe,
} from '../../../shared/exchange';
import { applyCsvImport, exportGoalsCsv, exportLinksCsv } from '../../../shared/io/csv';
import { KIND_VOCABULARY } from '../../../shared/io/csvVocabulary';
import { nodeHolder, type Goal, type Project } from '../../../shared/model';
import { randomSubjectDraft } from '../analysis/subjectDraftFixture';
import { arbProject } from '../io/arbProject';
import { expectedSheet, readWorkbook } from './readBack';

const utf8 = (s: string) => new TextEncoder().encode(s);
const arbLocale = fc.constantFrom('nl' as const, 'en' as const);
/** Tricky text (formula starts, quotes, line ends, tabs) from arbProject, and subjects, shared subjects and exceptions. */
const arbAnyProject = fc.oneof(arbProject, randomSubjectDraft(8, 4, 3));

/** An empty Omgevingswet block and none at all are the same thing in a CSV row (shared/io README). */
function canonical(g: Goal): Goal {
  const { omgevingswet, ...rest } = g;
  return omgevingswet && (omgevingswet.instrument || omgevingswet.aspects.length) ? g : (rest as Goal);
}

/** Who holds each node in the first draft (portfolio ids), worked out from the model alone, not the exchange code. */
function holdersOf(p: Project): Map<string, string> {
  const d = p.divisions[0];
  const out = new Map<string, string>();
  if (!d) return out;
  const inDraft = new Set(d.portfolioIds);
  const nodes = [...p.goals.map((g) => [g.id, g.subjectId] as const), ...p.subjects.map((s) => [s.id, s.id] as const)];
  for (const [id, subject] of nodes) {
    const h = nodeHolder(d, id, subject);
    if (h !== undefined && inDraft.has(h)) out.set(id, h);
  }
  return out;
}

describe('exchange exports read back on generated projects', () => {
  it('GEXF and GraphML: every goal, subject and link with its attributes', () => {
    fc.assert(
      fc.property(arbAnyProject, arbLocale, (p, locale) => {
        const holders = holdersOf(p);
        const holderName = (id: string) => p.portfolios.find((h) => h.id === holders.get(id))?.holder ?? '';
        // Split: both ends held, by different holders (README: a link is kept, split, or has an unassigned end).
        const split = (a: string, b: string) => holders.has(a) && holders.has(b) && holders.get(a) !== holders.get(b);
        const hasDraft = p.divisions.length > 0;
        const gexf = parseGexf(Graph, exportGexf(p, { locale }));
        const graphml = parseGraphml(Graph, exportGraphml(p, { locale }));
        for (const g of [gexf, graphml]) {
          expect(g.order).toBe(p.goals.length + p.subjects.length);
          expect(g.size).toBe(p.links.length);
        }
        const hk = locale === 'nl' ? 'houder' : 'holder';
        for (const goal of p.goals) {
          const a = gexf.getNodeAttributes(goal.id);
          const b = graphml.getNodeAttributes(goal.id);
          expect(a.label).toBe(xmlSafe(goal.title));
          expect(b.label).toBe(xmlSafe(goal.title));
          expect(a.budget).toBe(goal.budget);
          expect(b.budget).toBe(goal.budget);
          expect(a.taakvelden).toEqual(goal.taakvelden);
          expect(a.themes).toEqual(goal.themes);
          expect(b[locale === 'nl' ? 'themas' : 'themes']).toBe(goal.themes.join(' | '));
          expect(a.description).toBe(goal.description);
          expect(a.holder).toBe(hasDraft ? holderName(goal.id) : undefined);
          expect(b[hk]).toBe(hasDraft ? holderName(goal.id) : undefined);
        }
        for (const s of p.subjects) {
          expect(gexf.getNodeAttribute(s.id, 'label')).toBe(s.name);
          expect(gexf.getNodeAttribute(s.id, 'holder')).toBe(hasDraft ? holderName(s.id) : undefined);
        }
        for (const l of p.links) {
          const a = gexf.getEdgeAttributes(l.id);
          const b = graphml.getEdgeAttributes(l.id);
          expect(a.weight).toBe(l.strength);
          expect(b.weight).toBe(l.strength);
          expect(a.kind).toBe(KIND_VOCABULARY.nameOf(l.kind, locale));
          expect(a.rationale).toBe(l.rationale);
          expect(b[locale === 'nl' ? 'toelichting' : 'rationale']).toBe(l.rationale);
          expect(a.omgevingswet).toBe(l.kind === 'omgevingswet');
          expect(gexf.isDirected(l.id)).toBe(l.kind === 'prerequisite');
          expect(graphml.isDirected(l.id)).toBe(l.kind === 'prerequisite');
          if (hasDraft) expect(a.split).toBe(split(l.source, l.target));
          else expect(a).not.toHaveProperty('split');
        }
      }),
      { numRuns: 80 },
    );
  });

  it('Kumu JSON: an element per node and a connection per link, ids connecting them', () => {
    fc.assert(
      fc.property(arbAnyProject, arbLocale, (p, locale) => {
        const bp = JSON.parse(exportKumuJson(p, { locale }));
        expect(bp.elements.map((e: { label: string }) => e.label)).toEqual([
          ...p.goals.map((g) => g.title),
          ...p.subjects.map((s) => s.name),
        ]);
        expect(
          bp.connections.map((c: { from: string; to: string; strength: number; description: string }) => [
            c.from,
            c.to,
            c.strength,
            c.description,
          ]),
        ).toEqual(p.links.map((l) => [l.source, l.target, l.strength, l.rationale]));
        const ids = [...bp.elements, ...bp.connections].map((x: { id: string }) => x.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 120 },
    );
  });

  it('CSV: goals and links as the CSV export writes them, and they import back to the same goals and links', () => {
    fc.assert(
      fc.property(arbProject, arbLocale, fc.constantFrom(';' as const, ',' as const), (p, locale, delimiter) => {
        const goals = exportTableCsv(p, 'goals', { locale, delimiter })!;
        const links = exportTableCsv(p, 'links', { locale, delimiter })!;
        expect(goals).toBe(exportGoalsCsv(p, { locale, delimiter }));
        expect(links).toBe(exportLinksCsv(p, { locale, delimiter }));
        if (!p.goals.length) return;
        // As the CSV round-trip test does: the project without its goals and links takes the files in again.
        const withGoals = applyCsvImport({ ...p, goals: [], links: [], divisions: [] }, 'goals', utf8(goals)).value!;
        const back = p.links.length ? applyCsvImport(withGoals, 'links', utf8(links)).value! : withGoals;
        expect(back.goals).toEqual(p.goals.map(canonical));
        expect(back.links).toEqual(p.links);
      }),
      { numRuns: 60 },
    );
  });

  it('XLSX: every sheet reads back to its table, one row per goal, link and subject', async () => {
    await fc.assert(
      fc.asyncProperty(arbAnyProject, arbLocale, async (p, locale) => {
        const tables = exchangeTables(p, { locale });
        const sheets = [...(await readWorkbook(await exportXlsx(p, { locale }))).values()];
        expect(sheets).toHaveLength(tables.length);
        tables.forEach((t, i) => expect(sheets[i]).toEqual(expectedSheet(t.header, t.rows)));
        expect(sheets[0]).toHaveLength(1 + p.goals.length);
        expect(sheets[1]).toHaveLength(1 + p.subjects.length);
        expect(sheets[2]).toHaveLength(1 + p.links.length);
      }),
      { numRuns: 25 },
    );
  });
});
