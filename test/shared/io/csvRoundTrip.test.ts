import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportGoalsCsv, domainCell, joinThemes } from '../../../shared/io/exportGoalsCsv';
import { exportLinksCsv } from '../../../shared/io/exportLinksCsv';
import { importGoalsCsv } from '../../../shared/io/importGoalsCsv';
import { importLinksCsv } from '../../../shared/io/importLinksCsv';
import { readProjectFile } from '../../../shared/io/projectFile';
import type { Domain, Goal, Project } from '../../../shared/model';
import { encodeWindows1252 } from '../../../shared/io/decodeText';
import { arbProject } from './arbProject';
import { fixtureText } from './fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const base = (): Project => readProjectFile(fixtureText('project-v2.samenhang.json')).value!;
const arbOptions = fc.record({
  delimiter: fc.constantFrom(';' as const, ',' as const),
  locale: fc.constantFrom('nl' as const, 'en' as const),
});

/** An empty Omgevingswet block and none at all are the same thing in a CSV row (README). */
function canonical(g: Goal): Goal {
  const { omgevingswet, ...rest } = g;
  return omgevingswet && (omgevingswet.instrument || omgevingswet.aspects.length) ? g : (rest as Goal);
}

describe('exportGoalsCsv', () => {
  it('writes a BOM, Dutch headers, ; and decimal commas by default', () => {
    const csv = exportGoalsCsv(base());
    expect(
      csv.startsWith(
        '\uFEFFid;titel;omschrijving;domein;themas;taakvelden;wetten;ow_instrument;ow_aspecten;budget;bron\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain(
      'goal_wonen;Betaalbare woningen voor starters;Per jaar 150 betaalbare woningen erbij.;Fysiek;wonen;8.3;Woningwet;;;1250000;Coalitieakkoord §2.1\r\n',
    );
    expect(csv).toContain(';480000,5;');
    expect(csv).toContain(
      'goal_groen;Groene, gezonde wijken;;Fysiek;klimaat | gezondheid;5.7;Omgevingswet;omgevingsplan;gezondheid | klimaat;;',
    );
  });

  it('writes English headers and decimal points with ,', () => {
    const csv = exportGoalsCsv(base(), { delimiter: ',', locale: 'en' });
    expect(
      csv.startsWith(
        '\uFEFFid,title,description,domain,themes,taakvelden,laws,ow_instrument,ow_aspects,budget,source\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain(',480000.5,');
    expect(csv).toContain('environment plan,health | climate');
  });

  it('protects cells that Excel would run as a formula', () => {
    const p = base();
    p.goals = [{ ...p.goals[0]!, title: '=HYPERLINK("http://x")' }];
    expect(exportGoalsCsv(p)).toContain(`;"'=HYPERLINK(""http://x"")";`);
  });

  it('keeps a single theme with a comma in one piece', () => {
    expect(joinThemes(['wonen, zorg'])).toBe('wonen, zorg |');
    expect(joinThemes(['wonen, zorg', 'jeugd'])).toBe('wonen, zorg | jeugd');
  });

  it('names a domain by id where its name would find another domain', () => {
    const a: Domain = { id: 'sociaal', name: 'Fysiek', colour: '#000000', classic: 'sociaal' };
    const b: Domain = { id: 'fysiek', name: 'Ruimte', colour: '#000000', classic: 'fysiek' };
    expect(domainCell([a, b], a)).toBe('sociaal');
    expect(domainCell([a, b], b)).toBe('Ruimte');
    // Its own id in another case is no clash.
    const upper = { ...b, name: 'FYSIEK' };
    expect(domainCell([upper], upper)).toBe('FYSIEK');
  });

  it('round-trips: import(export(goals)) gives the same goals', () => {
    fc.assert(
      fc.property(arbProject, arbOptions, (p, options) => {
        const empty = { ...p, goals: [], links: [], divisions: [] };
        const { value, problems } = importGoalsCsv(empty, utf8(exportGoalsCsv(p, options)));
        expect(problems.filter((x) => x.code !== 'csvNoRows')).toEqual([]);
        expect(value ?? []).toEqual(p.goals.map(canonical));
      }),
      { numRuns: 300 },
    );
  });

  it('reads back after Excel saved it again as Windows-1252 with ;', () => {
    const p = base();
    p.goals = [{ ...p.goals[0]!, title: 'Wonen – “betaalbaar” € ‘nu’' }];
    const resaved = encodeWindows1252(exportGoalsCsv(p).slice(1));
    const { value } = importGoalsCsv({ ...p, goals: [] }, resaved);
    expect(value).toEqual(p.goals);
  });
});

describe('exportLinksCsv', () => {
  it('writes ids, the kind by name, strength with a decimal comma and titles for reading', () => {
    const csv = exportLinksCsv(base());
    expect(csv.startsWith('\uFEFFid;van;naar;soort;sterkte;toelichting;van_titel;naar_titel\r\n')).toBe(true);
    expect(csv).toContain(
      'link_4;goal_begroting;goal_wonen;voorwaarde;1,5;;Sluitende meerjarenbegroting;Betaalbare woningen voor starters\r\n',
    );
  });

  it('round-trips: import(export(links)) gives the same links', () => {
    fc.assert(
      fc.property(arbProject, arbOptions, (p, options) => {
        const { value, problems } = importLinksCsv({ ...p, links: [] }, utf8(exportLinksCsv(p, options)));
        expect(problems.filter((x) => x.code !== 'csvNoRows')).toEqual([]);
        expect(value ?? []).toEqual(p.links);
      }),
      { numRuns: 300 },
    );
  });
});
