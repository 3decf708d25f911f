import { describe, expect, it } from 'vitest';
import { importGoalsCsv } from '../../../shared/io/importGoalsCsv';
import { readProjectFile } from '../../../shared/io/projectFile';
import type { Problem, Project } from '../../../shared/model';
import { fixtureBytes, fixtureText } from './fixtures';

const base = (): Project => readProjectFile(fixtureText('project-v2.samenhang.json')).value!;
const utf8 = (s: string) => new TextEncoder().encode(s);
const brief = (ps: Problem[]) => ps.map((p) => [p.code, p.path, p.severity ?? 'error']);

describe('importGoalsCsv: reading files as Excel writes them', () => {
  it('reads the Dutch Windows-1252 file with ; and decimal commas', () => {
    const { value, problems, encoding } = importGoalsCsv(base(), fixtureBytes('goals-nl.csv'));
    expect(encoding).toBe('windows-1252');
    // The one problem says how the file was read, quoting its first non-ASCII text as read (issue 17).
    expect(problems).toEqual([
      {
        code: 'csvEncodingGuessed',
        params: { row: 2, column: 'omschrijving', example: '…alingsachterstanden – samen met “ketenpartners”' },
        path: ['csv', 2, 'omschrijving'],
        severity: 'warning',
      },
    ]);
    expect(value).toHaveLength(3);
    const [debt, health, bike] = value!;
    expect(debt).toMatchObject({
      title: 'Schuldhulp vroeg in beeld',
      description: 'Vroegsignalering van betalingsachterstanden – samen met “ketenpartners”',
      domainId: 'sociaal',
      themes: ['armoede', 'schulden'],
      taakvelden: ['6.3'],
      laws: ['wgs', 'participatiewet'],
      budget: 1250000,
      source: 'Coalitieakkoord ‘Samen verder’ — §3',
    });
    expect(debt!.id).toMatch(/^goal_[a-z0-9]{10}$/);
    expect(health).toMatchObject({
      themes: ['jeugd', 'gezondheid'],
      taakvelden: ['6.1', '7.1'],
      laws: ['wpg'],
      omgevingswet: { instrument: 'omgevingsplan', aspects: ['gezondheid'] },
      budget: 250000.5,
    });
    expect(bike).toMatchObject({
      id: 'goal_fietspad',
      domainId: 'fysiek',
      omgevingswet: { instrument: 'programma', aspects: ['veiligheid', 'mobiliteit'] },
      budget: 1250000.5,
      source: 'Raadsmotie 2025-14',
    });
    expect(debt!.id).not.toBe(health!.id);
  });

  it('reads UTF-8 with BOM and , with English, oddly spelled headers', () => {
    const { value, problems } = importGoalsCsv(base(), fixtureBytes('goals-utf8-bom.csv'));
    expect(problems).toEqual([]);
    expect(
      value?.map((g) => [g.title, g.description, g.domainId, g.themes, g.taakvelden, g.laws, g.budget, g.source]),
    ).toEqual([
      [
        'Affordable homes',
        'Homes for starters, near stations',
        'fysiek',
        ['wonen', 'starters'],
        ['8.3'],
        ['woningwet'],
        1250000.5,
        'Agreement',
      ],
      [
        'Fewer people in debt',
        'Early signals – “vroegsignalering”',
        'sociaal',
        ['schulden'],
        ['6.3', '6.5'],
        ['wgs', 'participatiewet'],
        480000,
        '',
      ],
    ]);
  });

  it('reads UTF-8 without a BOM', () => {
    const { value } = importGoalsCsv(base(), fixtureBytes('goals-nobom.csv'));
    expect(value?.map((g) => g.title)).toEqual(['Wonen, zorg en welzijn']);
  });

  it('reads TAB-separated text with a decimal comma', () => {
    const { value, problems } = importGoalsCsv(base(), fixtureBytes('goals-tab.csv'));
    expect(problems).toEqual([]);
    expect(value?.map((g) => [g.title, g.domainId, g.taakvelden, g.budget])).toEqual([
      ['Samen sporten', 'sociaal', ['5.1'], 12500.75],
      ['Dorpshuis open', 'sociaal', ['6.1'], undefined],
    ]);
  });

  it('obeys a sep=; line even when the header alone would suggest ,', () => {
    const { value, problems } = importGoalsCsv(base(), fixtureBytes('goals-sep.csv'));
    expect(value?.map((g) => g.title)).toEqual(['Wonen, zorg en welzijn']);
    // No domein column: every goal goes to the first domain, said once.
    expect(brief(problems)).toEqual([['csvDomainColumnMissing', ['csv', 1], 'warning']]);
    // Without the sep line the same rows split on the commas.
    const without = importGoalsCsv(base(), utf8('titel\r\nWonen, zorg en welzijn\r\n'));
    expect(brief(without.problems)).toContainEqual(['csvExtraCells', ['csv', 2], 'error']);
  });

  it('counts rows as Excel does: header is row 1, blank rows still count', () => {
    const { problems } = importGoalsCsv(base(), utf8('titel;budget\n\nA;veel\n'));
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'csvBadBudget', params: { row: 3, column: 'budget', value: 'veel' } }),
    );
  });

  it('reads UTF-16LE tab-separated text (Excel "Unicode-tekst")', () => {
    const text = 'titel\tdomein\tbudget\r\nZorg – “dichtbij”\tSociaal\t1.250,5\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(importGoalsCsv(base(), bytes).value?.map((g) => [g.title, g.budget])).toEqual([
      ['Zorg – “dichtbij”', 1250.5],
    ]);
  });

  // Issue 17: this file used to be read whole as Windows-1252 and stored as "Zorg Ã©Ã©n", with no problem.
  it('refuses a UTF-8 file with one bad byte at the cell that holds it, and imports it once fixed', () => {
    const good = utf8('titel;domein\nZorg één;Sociaal\nWonen;Fysiek\n');
    const at = good.indexOf(0x0a) + 1 + 'Zorg '.length;
    const bad = new Uint8Array([...good.subarray(0, at), 0xe9, ...good.subarray(at)]);
    const r = importGoalsCsv(base(), bad);
    expect(r.value).toBeUndefined();
    expect(r.encoding).toBe('utf-8');
    expect(r.problems).toEqual([
      {
        code: 'csvInvalidText',
        params: { row: 2, column: 'titel', count: 1, encoding: 'UTF-8' },
        path: ['csv', 2, 'titel'],
      },
    ]);
    const fixed = importGoalsCsv(base(), good);
    expect(fixed.problems).toEqual([]);
    expect(fixed.value?.map((g) => g.title)).toEqual(['Zorg één', 'Wonen']);
  });

  it('names a bad byte in the header first, then the column it spoils', () => {
    const bad = new Uint8Array([...utf8('titel;dom'), 0xff, ...utf8('ein\nZorg één;Sociaal\n')]);
    expect(brief(importGoalsCsv(base(), bad).problems)).toEqual([
      ['csvInvalidText', ['csv', 1, 'dom\uFFFDein'], 'error'],
      ['csvUnknownColumn', ['csv', 1, 'dom\uFFFDein'], 'error'],
    ]);
  });

  it('numbers the header by its place when blank lines come first', () => {
    const { problems } = importGoalsCsv(base(), utf8('\n\ntitel;kleur\nA;rood\n'));
    expect(brief(problems)).toEqual([['csvUnknownColumn', ['csv', 3, 'kleur'], 'error']]);
  });

  it('keeps a multi-line quoted cell in one row', () => {
    const { value } = importGoalsCsv(
      base(),
      utf8('titel;omschrijving;domein\nA;"regel 1\nregel 2";Sociaal\nB;;Fysiek\n'),
    );
    expect(value?.map((g) => g.description)).toEqual(['regel 1\nregel 2', '']);
  });

  it('takes the apostrophe off cells that were protected against formulas', () => {
    const { value } = importGoalsCsv(base(), utf8("titel;domein\n'=SOM(A1);Sociaal\n'plain;Sociaal\n"));
    expect(value?.map((g) => g.title)).toEqual(['=SOM(A1)', "'plain"]);
  });
});

describe('importGoalsCsv: problems, each with row and column', () => {
  it('names an unknown column and lists the known ones', () => {
    const { value, problems } = importGoalsCsv(base(), fixtureBytes('goals-unknown-column.csv'));
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      {
        code: 'csvUnknownColumn',
        params: {
          column: 'prioriteit',
          known:
            'id, titel, omschrijving, domein, themas, taakvelden, wetten, ow_instrument, ow_aspecten, budget, bron',
          knownEn:
            'id, title, description, domain, themes, taakvelden, laws, ow_instrument, ow_aspects, budget, source',
        },
        path: ['csv', 1, 'prioriteit'],
      },
    ]);
  });

  it('says which required column is missing', () => {
    const { value, problems } = importGoalsCsv(base(), fixtureBytes('goals-missing-title.csv'));
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      { code: 'csvMissingColumn', params: { column: 'titel', columnEn: 'title' }, path: ['csv', 1] },
    ]);
  });

  it('refuses a column given twice', () => {
    const { problems } = importGoalsCsv(base(), utf8('titel;Title\nA;B\n'));
    expect(problems).toEqual([
      { code: 'csvDuplicateColumn', params: { column: 'Title', other: 'titel' }, path: ['csv', 1, 'Title'] },
    ]);
  });

  it('reports a bad number in its cell and still reads the good ones', () => {
    const { value, problems } = importGoalsCsv(base(), fixtureBytes('goals-bad-number.csv'));
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      { code: 'csvBadBudget', params: { row: 2, column: 'budget', value: 'veel' }, path: ['csv', 2, 'budget'] },
      { code: 'csvBadBudget', params: { row: 3, column: 'budget', value: '12.50.000' }, path: ['csv', 3, 'budget'] },
    ]);
  });

  it('lists the known domains for an unknown one', () => {
    const { problems } = importGoalsCsv(base(), fixtureBytes('goals-unknown-domain.csv'));
    expect(problems).toEqual([
      {
        code: 'csvUnknownDomain',
        params: { row: 2, column: 'domein', value: 'Economie', known: 'Fysiek, Sociaal, Financieel' },
        path: ['csv', 2, 'domein'],
      },
    ]);
  });

  it('maps a 2017 taakveld that became one 2025 code, and refuses one that was split', () => {
    const { value, problems } = importGoalsCsv(base(), fixtureBytes('goals-2017-codes.csv'));
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      {
        code: 'csvTaakveldMapped',
        params: { row: 2, column: 'taakvelden', code: '6.6', to: '6.60' },
        path: ['csv', 2, 'taakvelden'],
        severity: 'warning',
      },
      {
        code: 'csvTaakveldSplit',
        params: { row: 3, column: 'taakvelden', code: '6.71', candidates: '6.711, 6.712, 6.713, 6.714' },
        path: ['csv', 3, 'taakvelden'],
      },
      {
        code: 'csvUnknownTaakveld',
        params: { row: 4, column: 'taakvelden', code: '9.9', list: '2025' },
        path: ['csv', 4, 'taakvelden'],
      },
    ]);
    const mappedOnly = importGoalsCsv(base(), utf8('titel;domein;taakvelden\nA;Sociaal;6.6 | 6.1\n'));
    expect(mappedOnly.value?.[0]?.taakvelden).toEqual(['6.60', '6.1']);
    expect(brief(mappedOnly.problems)).toEqual([['csvTaakveldMapped', ['csv', 2, 'taakvelden'], 'warning']]);
  });

  it('checks codes against a 2017 project without mapping', () => {
    const p = { ...base(), taakveldList: '2017' as const, goals: [] };
    expect(importGoalsCsv(p, utf8('titel;domein;taakvelden\nA;Sociaal;6.71\n')).value?.[0]?.taakvelden).toEqual([
      '6.71',
    ]);
    expect(brief(importGoalsCsv(p, utf8('titel;domein;taakvelden\nA;Sociaal;6.711\n')).problems)).toEqual([
      ['csvUnknownTaakveld', ['csv', 2, 'taakvelden'], 'error'],
    ]);
  });

  it('reads a lone taakveld typed with a decimal comma', () => {
    expect(importGoalsCsv(base(), utf8('titel;domein;taakvelden\nA;Sociaal;"6,1"\n')).value?.[0]?.taakvelden).toEqual([
      '6.1',
    ]);
  });

  it('reports unknown laws, instruments and aspects by name', () => {
    const { problems } = importGoalsCsv(
      base(),
      utf8(
        'titel;domein;wetten;ow_instrument;ow_aspecten\nA;Sociaal;Wmo 2015 | Drankwet;bestemmingsplan;wonen, geluid\n',
      ),
    );
    expect(problems.map((p) => [p.code, p.params?.value])).toEqual([
      ['csvUnknownLaw', 'Drankwet'],
      ['csvUnknownOwInstrument', 'bestemmingsplan'],
      ['csvUnknownOwAspect', 'geluid'],
    ]);
  });

  it('requires a title in every row and warns about an empty domain cell', () => {
    const { problems } = importGoalsCsv(base(), utf8('titel;domein;omschrijving\n;Sociaal;iets\nB;;\n'));
    expect(brief(problems)).toEqual([
      ['csvRequiredValue', ['csv', 2, 'titel'], 'error'],
      ['csvDomainDefaulted', ['csv', 3, 'domein'], 'warning'],
    ]);
  });

  it('refuses ids that exist or repeat, and ids zod does not accept', () => {
    const { problems } = importGoalsCsv(
      base(),
      utf8('id;titel;domein\ngoal_wonen;A;Sociaal\ngoal_n;B;Sociaal\ngoal_n;C;Sociaal\nmet spatie;D;Sociaal\n'),
    );
    expect(problems).toEqual([
      {
        code: 'csvGoalExists',
        params: { row: 2, column: 'id', id: 'goal_wonen', title: 'Betaalbare woningen voor starters' },
        path: ['csv', 2, 'id'],
      },
      { code: 'csvDuplicateId', params: { row: 4, column: 'id', id: 'goal_n', otherRow: 3 }, path: ['csv', 4, 'id'] },
      { code: 'csvInvalidValue', params: { row: 5, column: 'id', value: 'met spatie' }, path: ['csv', 5, 'id'] },
    ]);
  });

  it('points zod limits at their cell', () => {
    const { problems } = importGoalsCsv(
      base(),
      utf8(`titel;domein;budget\n${'x'.repeat(201)};Sociaal;2000000000000\n`),
    );
    expect(brief(problems)).toEqual([
      ['csvTooLong', ['csv', 2, 'titel'], 'error'],
      ['csvTooBig', ['csv', 2, 'budget'], 'error'],
    ]);
  });

  it('reports a broken quote, an empty file and a file with only a header', () => {
    expect(brief(importGoalsCsv(base(), utf8('titel;domein\n"A;Sociaal\n')).problems)).toContainEqual([
      'csvQuotes',
      ['csv', 2],
      'error',
    ]);
    expect(importGoalsCsv(base(), utf8('\n\n')).problems).toEqual([{ code: 'csvEmpty' }]);
    expect(importGoalsCsv(base(), new Uint8Array()).problems).toEqual([{ code: 'csvEmpty' }]);
    expect(importGoalsCsv(base(), utf8('titel;domein\n')).problems).toEqual([{ code: 'csvNoRows' }]);
  });

  it('refuses a sep= line with a separator it cannot use', () => {
    expect(importGoalsCsv(base(), utf8('sep=|\ntitel\n')).problems).toEqual([
      { code: 'csvUnsupportedSeparator', params: { separator: '|' } },
    ]);
  });

  it('reports cells beyond the header and data under an empty header', () => {
    expect(brief(importGoalsCsv(base(), utf8('titel;;domein\nA;x;Sociaal;;\nB;;Sociaal;;y\n')).problems)).toEqual([
      ['csvExtraCells', ['csv', 3], 'error'],
      ['csvUnnamedColumn', ['csv', 1, 'B'], 'error'],
    ]);
  });
});
