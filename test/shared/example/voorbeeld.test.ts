import { describe, expect, it } from 'vitest';
import { VOORBEELD_PROJECT_ID, voorbeeldProject } from '../../../shared/example/voorbeeld';
import { parseGoals, parseLinks } from '../../../shared/example/voorbeeld/rows';
import {
  CLASSIC_DOMAINS,
  ProjectSchema,
  checkProject,
  duplicateDivision,
  nodeHolder,
  partyOf,
  type Project,
} from '../../../shared/model';
import { readProjectFile, writeProjectFile } from '../../../shared/io/projectFile';
import { findCatalogueSubject, TYPICAL_LINKS } from '../../../shared/catalogue';
import { analyseProject, type CoherenceReport } from '../../../shared/analysis/coherenceReport';
import { keepBreaches } from '../../../shared/coalition/keepRules';
import { partyBalance } from '../../../shared/coalition/partyBalance';

const p = voorbeeldProject();

function report(divisionId: string): CoherenceReport {
  const { value, problems } = analyseProject(p, divisionId);
  expect(problems).toEqual([]);
  return value!;
}

/** Split links whose ends (goal or subject) lie in a social and a physical classic domain. */
function socialPhysicalSplits(project: Project, r: CoherenceReport): number {
  const classicOf = new Map(project.domains.map((d) => [d.id, d.classic]));
  const domainOf = new Map([...project.goals, ...project.subjects].map((n) => [n.id, classicOf.get(n.domainId)]));
  const byId = new Map(project.links.map((l) => [l.id, l]));
  let count = 0;
  for (const e of r.cut.splitLinks) {
    const l = byId.get(r.linkIds[e]!)!;
    const ends = new Set([domainOf.get(l.source), domainOf.get(l.target)]);
    if (ends.has('sociaal') && ends.has('fysiek')) count++;
  }
  return count;
}

describe('voorbeeldProject (Gemeente Voorbeeld)', () => {
  it('parses unchanged and passes the model invariants', () => {
    expect(p.id).toBe(VOORBEELD_PROJECT_ID);
    expect(ProjectSchema.parse(p)).toStrictEqual(p);
    expect(checkProject(p)).toEqual([]);
  });

  it('reads back the same through the project file writer and reader', () => {
    const text = writeProjectFile(p, { savedAt: '2026-05-04T10:00:00.000Z', appVersion: 'test' });
    const read = readProjectFile(text);
    expect(read.problems).toEqual([]);
    expect(read.value).toStrictEqual(p);
  });

  it('is a fresh copy each time, so editing one does not change the next', () => {
    const a = voorbeeldProject();
    a.goals[0]!.title = 'Gewijzigd';
    a.divisions[0]!.assignments.x = 'y';
    a.divisions[2]!.arrangements[0]!.subjectIds.push('z');
    expect(voorbeeldProject()).toStrictEqual(p);
  });

  it('has at least 80 goals and 200 links, every link with a one-sentence rationale', () => {
    expect(p.goals.length).toBeGreaterThanOrEqual(80);
    expect(p.links.length).toBeGreaterThanOrEqual(200);
    for (const l of p.links) {
      expect(l.rationale.trim(), l.id).not.toBe('');
      expect(l.rationale, l.id).toMatch(/[.]$/);
      // One sentence: no full stop followed by a new sentence ("art. 2.1" is not one).
      expect(l.rationale, l.id).not.toMatch(/[.!?] [A-Z]/);
    }
  });

  it('has about 25 catalogue subjects, every goal under one of them', () => {
    expect(p.subjects.length).toBeGreaterThanOrEqual(23);
    expect(p.subjects.length).toBeLessThanOrEqual(27);
    for (const s of p.subjects) {
      const entry = findCatalogueSubject(s.catalogueId ?? '');
      expect(entry, s.id).toBeDefined();
      expect(s.name).toBe(entry!.name.nl);
      expect(s.domainId).toBe(entry!.domain);
    }
    const subjectIds = new Set(p.subjects.map((s) => s.id));
    for (const g of p.goals) expect(subjectIds.has(g.subjectId ?? ''), g.id).toBe(true);
    for (const s of p.subjects)
      expect(
        p.goals.some((g) => g.subjectId === s.id),
        s.id,
      ).toBe(true);
  });

  it('takes the typical links among its subjects from the catalogue unchanged', () => {
    const typical = new Map(TYPICAL_LINKS.map((t) => [t.id, t]));
    const fromCatalogue = p.links.filter((l) => l.catalogueLinkId !== undefined);
    expect(fromCatalogue.length).toBeGreaterThanOrEqual(30);
    const byCatalogue = new Map(p.subjects.map((s) => [s.catalogueId, s.id]));
    for (const l of fromCatalogue) {
      const t = typical.get(l.catalogueLinkId!)!;
      expect(t, l.id).toBeDefined();
      expect([l.source, l.target, l.kind, l.strength, l.rationale]).toEqual([
        byCatalogue.get(t.source),
        byCatalogue.get(t.target),
        t.kind,
        t.strength,
        t.rationale.nl,
      ]);
    }
  });

  it('covers the social, physical and financial domains with realistic budgets', () => {
    const classicOf = new Map(p.domains.map((d) => [d.id, d.classic]));
    for (const c of CLASSIC_DOMAINS)
      expect(p.goals.filter((g) => classicOf.get(g.domainId) === c).length, c).toBeGreaterThanOrEqual(10);
    const known = p.goals.filter((g) => g.budget !== undefined);
    expect(known.length).toBeGreaterThan(p.goals.length * 0.9);
    const total = known.reduce((a, g) => a + g.budget!, 0);
    // A municipality of about 61,000 inhabitants spends some € 250 mln a year; these goals are most of it.
    expect(total).toBeGreaterThan(120e6);
    expect(total).toBeLessThan(260e6);
    for (const g of known) expect(g.budget, g.id).toBeLessThan(30e6);
    for (const g of p.goals) expect(g.taakvelden.length, g.id).toBeGreaterThan(0);
  });

  it('uses the Omgevingswet instruments and marks Omgevingswet links as such', () => {
    const instruments = new Set(p.goals.map((g) => g.omgevingswet?.instrument).filter((i) => i !== undefined));
    for (const i of ['omgevingsvisie', 'omgevingsplan', 'programma', 'omgevingsvergunning'])
      expect(instruments.has(i as never), i).toBe(true);
    expect(p.links.filter((l) => l.kind === 'omgevingswet').length).toBeGreaterThanOrEqual(20);
    for (const g of p.goals.filter((x) => x.omgevingswet)) expect(g.laws, g.id).toContain('omgevingswet');
  });

  it('has goals on the themes the issue names', () => {
    const ids = new Set(p.goals.map((g) => g.id));
    for (const id of [
      'gezondheidsverschillen', // health
      'uitstroom_bw', // housing for vulnerable groups
      'dakloosheid',
      'aandachtsgroepen',
      'minimaregelingen', // poverty and debt
      'schuldhulp',
      'eenzaamheid', // loneliness
      'jeugdhulp_lokaal', // youth care
      'bijstand_uitstroom', // re-integration
      'fietsroutes', // mobility
      'warmteprogramma', // energy transition
      'ondermijning', // safety
    ])
      expect(ids.has(`goal_${id}`), id).toBe(true);
  });

  it('has a burgemeester and five wethouders of a three-party majority coalition, one part-time', () => {
    expect(p.portfolios).toHaveLength(6);
    expect(p.portfolios.filter((x) => x.role === 'burgemeester')).toHaveLength(1);
    const wethouders = p.portfolios.filter((x) => x.role === 'wethouder');
    expect(wethouders).toHaveLength(5);
    const partTime = wethouders.filter((x) => x.fte < 1);
    expect(partTime).toHaveLength(1);
    expect([0.6, 0.8]).toContain(partTime[0]!.fte);
    for (const w of wethouders) expect(partyOf(p.parties, w.party), w.id).toBeDefined();
    expect(p.parties).toHaveLength(3);
    const seats = p.parties.reduce((a, x) => a + x.seats, 0);
    expect(seats).toBeGreaterThan(33 / 2);
    for (const x of p.parties)
      expect(
        wethouders.some((w) => partyOf([x], w.party)),
        x.name,
      ).toBe(true);
  });

  it('has three drafts that give every goal to a holder, the burgemeester keeping openbare orde', () => {
    expect(p.divisions.map((d) => d.id)).toEqual(['div_klassiek', 'div_integraal', 'div_gemengd']);
    const oov = p.goals.filter((g) => g.subjectId === 'subj_openbare-orde-en-veiligheid');
    expect(oov.length).toBeGreaterThan(0);
    for (const d of p.divisions) {
      expect(d.portfolioIds).toHaveLength(6);
      for (const g of p.goals) expect(nodeHolder(d, g.id, g.subjectId), `${d.id} ${g.id}`).toBeDefined();
      for (const s of p.subjects) expect(Object.hasOwn(d.subjects, s.id), `${d.id} ${s.id}`).toBe(true);
      for (const g of oov) {
        expect(nodeHolder(d, g.id, g.subjectId)).toBe('pf_burgemeester');
        expect(d.locked).toContain(g.id);
      }
      // Duplicating a draft in the app goes through addDivision's stricter rules (locks on assigned goals).
      expect(duplicateDivision(p, d.id, 'Kopie', `${d.id}_kopie`).ok, d.id).toBe(true);
      expect(keepBreaches(p, d.id), d.id).toEqual([]);
      expect(partyBalance(p, d.id)!.outside.map((o) => o.portfolioId)).toEqual(['pf_burgemeester']);
    }
  });

  it('the integral draft splits clearly less than the classic one, by the coherence report', () => {
    const klassiek = report('div_klassiek');
    const integraal = report('div_integraal');
    expect(integraal.cut.cut).toBeLessThan(klassiek.cut.cut * 0.85);
    expect(integraal.cut.cutCount).toBeLessThan(klassiek.cut.cutCount);
    // The other headline figures (renderer/views/figures/figuresModel.ts) point the same way, or tie.
    expect(integraal.omgevingswet.cutCount).toBeLessThan(klassiek.omgevingswet.cutCount / 2);
    expect(integraal.owSocialPhysical.count).toBeLessThan(klassiek.owSocialPhysical.count);
    expect(integraal.coordination.length).toBeLessThanOrEqual(klassiek.coordination.length);
    expect(socialPhysicalSplits(p, integraal)).toBeLessThan(socialPhysicalSplits(p, klassiek) * 0.75);
    expect(integraal.modularity).toBeGreaterThan(klassiek.modularity);
    // The classic draft is what colleges do; the report's classic baseline (three portfolios) splits less still.
    expect(klassiek.baseline.cut.cut).toBeLessThan(klassiek.cut.cut);
  });

  it('the mixed draft is mostly classic; its coördinerend wethouder covers some split links, one split is deliberate', () => {
    const klassiek = p.divisions[0]!;
    const gemengd = p.divisions[2]!;
    const moved = p.subjects.filter((s) => klassiek.subjects[s.id]![0] !== gemengd.subjects[s.id]![0]);
    expect(moved.map((s) => s.id)).toEqual(['subj_grondbeleid']);
    expect(gemengd.arrangements.map((a) => a.kind)).toContain('coordinating');
    expect(gemengd.deliberate).toHaveLength(1);
    expect(gemengd.deliberate[0]!.reason.length).toBeGreaterThan(40);

    const r = report('div_gemengd');
    const coordinating = r.coverage.arrangements.find((a) => a.arrangementId === gemengd.arrangements[0]!.id)!;
    expect(coordinating.count).toBeGreaterThan(0);
    expect(r.coverage.covered.count).toBeGreaterThan(0);
    expect(r.coverage.uncovered.count).toBeGreaterThan(0);
    expect(r.coverage.deliberate.count).toBeGreaterThan(0);
    expect(r.coverage.deliberateSplits[0]!.apart).toBe(true);
    expect(r.coverage.covered.count + r.coverage.uncovered.count + r.coverage.deliberate.count).toBe(r.cut.cutCount);
    expect(r.agenda.some((pair) => pair.arrangementIds.includes(gemengd.arrangements[0]!.id))).toBe(true);
  });
});

describe('the example tables', () => {
  it('refuse a malformed line instead of dropping it', () => {
    expect(() => parseGoals('# wonen | 5 Wonen\nkapot | 8.3 | - | 1')).toThrow(/malformed goal/);
    expect(() => parseGoals('# wonen | 5 Wonen\nx | 8.3 | geen-wet | 1 | - | - | Titel')).toThrow();
    expect(() => parseLinks('a -> b | reinforces | 2 | Een pijl hoort bij een voorwaarde.')).toThrow(/arrow/);
    expect(() => parseLinks('a -- b | reinforces | 4 | Sterkte vier bestaat niet.')).toThrow(/malformed link/);
  });

  it('read budgets in millions, unknown as absent, and Omgevingswet cells', () => {
    const [a, b] = parseGoals(
      '# wonen | 5 Wonen\n' +
        'a | 8.3, 8.1 | woningwet | 1.25 | wonen | programma: wonen, gezondheid | Titel a\n' +
        'b | 8.3 | - | - | - | -: toegankelijkheid | Titel b',
    );
    expect(a).toMatchObject({ budget: 1_250_000, taakvelden: ['8.3', '8.1'], laws: ['woningwet'] });
    expect(a!.omgevingswet).toEqual({ instrument: 'programma', aspects: ['wonen', 'gezondheid'] });
    expect(b!.budget).toBeUndefined();
    expect(b!.laws).toEqual([]);
    expect(b!.omgevingswet).toEqual({ aspects: ['toegankelijkheid'] });
  });
});
