// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGexf, exportGraphml, exportKumuJson, exportKumuXlsx, exportXlsx } from '../../../../shared/exchange';
import {
  applyExchangeImport,
  importExchangeBytes,
  importGraph,
  readGraphXml,
  type ExchangeResult,
} from '../../../../shared/exchange/import';
import { findDomain } from '../../../../shared/io/resolveGoalCells';
import { isException, linkKey, nodeHolder, type Division, type Goal, type Project } from '../../../../shared/model';
import { randomSubjectDraft } from '../../analysis/subjectDraftFixture';
import { arbProject } from '../../io/arbProject';

const enc = (s: string) => new TextEncoder().encode(s);
const parse = (t: string) => new DOMParser().parseFromString(t, 'application/xml');
const arbLocale = fc.constantFrom('nl' as const, 'en' as const);
const options = { divisionName: 'Uit het bestand' };

/** A valid project: the subject draft generator may draw the same link twice. */
function valid(p: Project): Project {
  const keys = new Set<string>();
  return { ...p, links: p.links.filter((l) => !keys.has(linkKey(l)) && Boolean(keys.add(linkKey(l)))) };
}
const arbAnyProject = fc.oneof(arbProject, randomSubjectDraft(8, 4, 3)).map(valid);

/** The project without what the files carry: importing a file into it must give back what it came from. */
function stripped(p: Project): Project {
  return { ...p, subjects: [], goals: [], links: [], portfolios: [], divisions: [], mapPositions: [] };
}

/** An empty Omgevingswet block and none at all are the same (shared/io README). */
function canonical(g: Goal): Goal {
  const { omgevingswet, ...rest } = g;
  return omgevingswet && (omgevingswet.instrument || omgevingswet.aspects.length) ? g : (rest as Goal);
}

/** What a network file carries of a goal (no laws, Omgevingswet or source). */
function carried(g: Goal) {
  const { id, title, description, domainId, themes, taakvelden, budget, subjectId } = g;
  return { id, title, description, domainId, themes, taakvelden, budget, subjectId };
}

function applied(p: Project, r: ExchangeResult): Project {
  expect(r.problems.filter((x) => x.severity !== 'warning')).toEqual([]);
  const out = applyExchangeImport(p, r.value!);
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.project;
}

const nothing = (p: Project) => p.goals.length === 0 && p.subjects.length === 0;

/** Network files name a domain by its name: only a project whose domains are found back by name round-trips. */
const namesFindDomains = (p: Project) =>
  p.domains.every((d) => !p.goals.some((g) => g.domainId === d.id) || findDomain(p.domains, d.name).domain === d);

/** Each node's holder by name (within the draft), and whether it is an exception, from the model alone. */
function holdings(p: Project, d: Division) {
  const inDraft = new Set(d.portfolioIds);
  const name = (id: string | undefined) =>
    id !== undefined && inDraft.has(id) ? p.portfolios.find((x) => x.id === id)!.holder : undefined;
  return {
    holders: d.portfolioIds.map((id) => p.portfolios.find((x) => x.id === id)?.holder),
    goals: p.goals.map((g) => [g.id, name(nodeHolder(d, g.id, g.subjectId)), isException(d, g.id, g.subjectId)]),
  };
}

describe('every exchange export imports back to the project it came from', () => {
  it('XLSX: the same goals, subjects, links and division (holders, each goal with its holder)', async () => {
    await fc.assert(
      fc.asyncProperty(arbAnyProject, arbLocale, async (p, locale) => {
        const r = await importExchangeBytes(stripped(p), 'p.xlsx', await exportXlsx(p, { locale }), options);
        // A draft's holders come in even without goals (a holder with nothing is a row of its own).
        if (nothing(p) && !p.divisions[0]?.portfolioIds.length)
          return void expect(r.problems.map((x) => x.code)).toContain('exchangeNothing');
        const back = applied(stripped(p), r);
        expect(back.goals).toEqual(p.goals.map(canonical));
        expect(back.subjects).toEqual(p.subjects);
        expect(back.links).toEqual(p.links);
        const draft = p.divisions[0];
        const holderNames = draft?.portfolioIds.map((id) => p.portfolios.find((x) => x.id === id)!.holder) ?? [];
        // Holders are matched by name: two holders of one name are one holder to the sheet.
        const distinct =
          new Set(holderNames.map((n) => n.replace(/\s+/g, ' ').toLowerCase())).size === holderNames.length;
        if (!draft || !holderNames.length || !distinct) return;
        expect(back.divisions).toHaveLength(1);
        const got = holdings(back, back.divisions[0]!);
        const want = holdings(p, draft);
        expect(got.holders).toEqual(want.holders.map((h) => h!.replace(/\s+/g, ' ')));
        expect(got.goals.map(([id, h, e]) => [id, typeof h === 'string' ? h : h, e])).toEqual(
          want.goals.map(([id, h, e]) => [id, typeof h === 'string' ? h.replace(/\s+/g, ' ') : h, e]),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('XLSX into the project it came from: nothing changes, the draft is recognised', async () => {
    await fc.assert(
      fc.asyncProperty(randomSubjectDraft(8, 4, 3).map(valid), arbLocale, async (p, locale) => {
        const r = await importExchangeBytes(p, 'p.xlsx', await exportXlsx(p, { locale }), options);
        expect(r.problems.filter((x) => x.severity !== 'warning')).toEqual([]);
        const v = r.value!;
        for (const part of [v.goals, v.subjects, v.links]) expect(part.every((i) => i.before !== undefined)).toBe(true);
        expect(v.division).toBeUndefined();
        expect(v.sameAsDraft).toBe(p.divisions[0]!.name);
        const out = applyExchangeImport(p, v);
        expect(out.ok && out.project.goals).toBe(p.goals);
      }),
      { numRuns: 20 },
    );
  });

  it('GEXF and GraphML: nodes back as goals and subjects, edges as links, with what the files carry', () => {
    fc.assert(
      fc.property(arbAnyProject, arbLocale, fc.constantFrom('gexf' as const, 'graphml' as const), (p, locale, f) => {
        fc.pre(namesFindDomains(p));
        const text = f === 'gexf' ? exportGexf(p, { locale }) : exportGraphml(p, { locale });
        const r = importGraph(stripped(p), readGraphXml(enc(text), parse, f), options);
        if (nothing(p)) return void expect(r.problems.map((x) => x.code)).toContain('exchangeNothing');
        const back = applied(stripped(p), r);
        expect(back.goals.map(carried)).toEqual(p.goals.map(carried));
        expect(back.subjects).toEqual(p.subjects);
        expect(back.links).toEqual(p.links);
      }),
      { numRuns: 80 },
    );
  });

  it('Kumu blueprint and spreadsheet: elements back as goals and subjects, connections as links', async () => {
    await fc.assert(
      fc.asyncProperty(arbAnyProject, arbLocale, fc.boolean(), async (p, locale, json) => {
        fc.pre(namesFindDomains(p));
        const r = json
          ? await importExchangeBytes(stripped(p), 'k.json', enc(exportKumuJson(p, { locale })), options)
          : await importExchangeBytes(stripped(p), 'k.xlsx', await exportKumuXlsx(p, { locale }), options);
        if (nothing(p)) return void expect(r.problems.map((x) => x.code)).toContain('exchangeNothing');
        const back = applied(stripped(p), r);
        expect(back.goals.map(carried)).toEqual(p.goals.map(carried));
        expect(back.subjects).toEqual(p.subjects);
        expect(back.links).toEqual(p.links);
      }),
      { numRuns: 40 },
    );
  });
});
