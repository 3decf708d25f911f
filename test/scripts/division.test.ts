import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { readProjectFile } from '../../shared/io/projectFile';
import type { Project } from '../../shared/model';
import { divisionCli } from '../../scripts/divisionCli';
import { runCli, spawnCli } from './cliRun';

const FIX = 'test/fixtures/division';
const TMP = mkdtempSync(join(tmpdir(), 'samenhang-division-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(divisionCli, args);

const errLines = (err: string) => err.trimEnd().split('\n');

describe('npm run division (text file)', () => {
  it('--json prints exactly one object of the documented shape; --save writes the project it describes', async () => {
    const saved = join(TMP, 'college.samenhang.json');
    const r = await run(`${FIX}/college.txt`, '--json', '--save', saved);
    expect(r.code).toBe(0);
    // The heading line is a warning on stderr, with its place; it does not fail the run.
    expect(errLines(r.err)).toEqual([
      `${FIX}/college.txt:1: waarschuwing: Regel 1 (‘Portefeuilleverdeling college 2026–2030’) is een kop of toelichting, geen portefeuillehouder, en is overgeslagen.`,
      `Project opgeslagen: ${saved}`,
    ]);

    const read = readProjectFile(readFileSync(saved, 'utf8'));
    expect(read.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    const project = read.value as Project;
    expect(project.name).toBe('college');
    expect(project.goals).toEqual([]);
    expect(project.portfolios.map((p) => [p.holder, p.role, p.party, p.fte])).toEqual([
      ['De Vries', 'wethouder', 'CDA', 0.9],
      ['Jansen', 'wethouder', 'PvdA', 1],
      ['Van Dam', 'burgemeester', '', 1],
    ]);
    const subject = (catalogueId: string) => project.subjects.find((s) => s.catalogueId === catalogueId)!.id;
    const link = (catalogueLinkId: string) => project.links.find((l) => l.catalogueLinkId === catalogueLinkId)!;
    // Nothing invented: the subjects are the matched ones, "kermisbeleid" is not among them.
    expect(project.subjects.map((s) => s.catalogueId).sort()).toEqual(
      [
        'zorg-en-ondersteuning',
        'wonen',
        'participatie-en-democratie',
        'werk-en-inkomen',
        'armoede-en-schulden',
        'openbare-orde-en-veiligheid',
        'dienstverlening',
      ].sort(),
    );
    const [d] = project.divisions;
    expect(d!.name).toBe('Zoals gepubliceerd');
    const pf = (holder: string) => project.portfolios.find((p) => p.holder === holder)!.id;
    expect(d!.subjects[subject('wonen')]).toEqual([pf('De Vries'), pf('Van Dam')]);

    // Typical links among the matched subjects: armoede–werk 3 (Jansen), armoede–wonen 2 (Jansen | De Vries),
    // oov–zorg 2 (Van Dam | De Vries), wonen–zorg 3 (De Vries, wonen shared with Van Dam).
    expect(project.links.map((l) => l.catalogueLinkId)).toEqual([
      'armoede-en-schulden--werk-en-inkomen',
      'armoede-en-schulden--wonen',
      'openbare-orde-en-veiligheid--zorg-en-ondersteuning',
      'wonen--zorg-en-ondersteuning',
    ]);
    const aw = link('armoede-en-schulden--wonen');
    const oz = link('openbare-orde-en-veiligheid--zorg-en-ondersteuning');
    const wz = link('wonen--zorg-en-ondersteuning');
    const entry = (l: typeof aw, from: [string, string], to: [string, string]) => ({
      id: l.id,
      from: { published: from[0], holder: from[1] },
      to: { published: to[0], holder: to[1] },
      kind: l.kind,
      strength: l.strength,
      rationale: l.rationale,
    });

    expect(JSON.parse(r.out)).toEqual({
      holders: [
        {
          name: 'De Vries',
          role: 'wethouder',
          party: 'CDA',
          fte: 0.9,
          subjects: [
            { published: 'Zorg', subjectIds: [subject('zorg-en-ondersteuning')] },
            { published: 'Wonen', subjectIds: [subject('wonen')] },
            { published: 'Participatie en democratie', subjectIds: [subject('participatie-en-democratie')] },
          ],
        },
        {
          name: 'Jansen',
          role: 'wethouder',
          party: 'PvdA',
          fte: null,
          subjects: [
            { published: 'Werk & inkomen', subjectIds: [subject('werk-en-inkomen')] },
            { published: 'Armoede en schulden', subjectIds: [subject('armoede-en-schulden')] },
            { published: 'kermisbeleid', subjectIds: [] },
          ],
        },
        {
          name: 'Van Dam',
          role: 'burgemeester',
          party: null,
          fte: null,
          subjects: [
            { published: 'openbare orde en veiligheid', subjectIds: [subject('openbare-orde-en-veiligheid')] },
            { published: 'dienstverlening', subjectIds: [subject('dienstverlening')] },
            { published: 'wonen', subjectIds: [subject('wonen')] },
          ],
        },
      ],
      unmatched: ['kermisbeleid'],
      splitLinks: [
        entry(aw, ['Armoede en schulden', 'Jansen'], ['Wonen', 'De Vries']),
        entry(oz, ['openbare orde en veiligheid', 'Van Dam'], ['Zorg', 'De Vries']),
      ],
      sharedLinks: [entry(wz, ['Wonen', 'De Vries'], ['Zorg', 'De Vries'])],
      coordinationPairs: [
        { holders: ['De Vries', 'Van Dam'], weight: 7, links: [aw.id, oz.id, wz.id], sharedSubjects: ['Wonen'] },
        { holders: ['De Vries', 'Jansen'], weight: 2, links: [aw.id], sharedSubjects: [] },
      ],
    });
    expect(readdirSync(TMP).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('prints the report as Dutch text by default', async () => {
    const r = await run(`${FIX}/college.txt`);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    for (const expected of [
      'Samenhangsrapport: college, verdeling ‘Zoals gepubliceerd’',
      '3 portefeuillehouders, 7 onderwerpen, 4 verbanden uit de catalogus',
      '  Wethouder De Vries (CDA, 0,9 fte)',
      '    Wonen → Wonen (gedeeld door De Vries, Van Dam, De Vries leidt)',
      '    Participatie en democratie → Participatie en democratie',
      '    kermisbeleid → niet herkend, weggelaten',
      '  Burgemeester Van Dam',
      '  kermisbeleid',
      '  Armoede en schulden (Jansen) — Wonen (De Vries): zelfde doelgroep, sterkte 2',
      '  De Vries ↔ Van Dam: 3 verbanden, gewicht 7',
      '    gedeelde onderwerpen: Wonen',
      '  De Vries ↔ Jansen: 1 verband, gewicht 2',
    ])
      expect(lines).toContain(expected);
  });

  it('speaks English with --lang en: report, warnings, catalogue names and rationales', async () => {
    const r = await run(`${FIX}/college.txt`, '--lang=en');
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${FIX}/college.txt:1: warning: Line 1`);
    expect(r.out).toContain('Coherence report: college, division ‘As published’');
    expect(r.out).toContain('    Zorg → Care and support (Social Support Act)');
    expect(r.out).toContain('  Mayor Van Dam');
    expect(r.out).toContain('  De Vries ↔ Van Dam: 3 links, weight 7');
    expect(r.out).not.toMatch(/verband|gewicht|Wethouder/);
  });

  it('npm run division (the entry, spawned through tsx) prints what divisionCli prints, with its exit code', async () => {
    const spawned = spawnCli('scripts/division.ts', [`${FIX}/college.txt`, '--lang=en']);
    expect(spawned).toMatchObject({ code: 0, out: expect.stringContaining('Coherence report: college') });
    expect(spawned).toEqual(await run(`${FIX}/college.txt`, '--lang=en'));
  });
});

describe('npm run division (tables)', () => {
  it('reads a CSV: holders, parties, FTE and the subjects of a cell with several', async () => {
    const r = await run(`${FIX}/college.csv`, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['holders', 'unmatched', 'splitLinks', 'sharedLinks', 'coordinationPairs']);
    expect(
      json.holders.map((h: { name: string; role: string; party: string | null; fte: number | null }) => [
        h.name,
        h.role,
        h.party,
        h.fte,
      ]),
    ).toEqual([
      ['Jansen', 'wethouder', 'PvdA', 0.8],
      ['Van Dam', 'burgemeester', null, null],
      ['De Vries', 'wethouder', 'CDA', 1],
    ]);
    expect(json.holders[0].subjects.map((s: { published: string }) => s.published)).toEqual([
      'Werk en inkomen',
      'Armoede en schulden',
    ]);
    expect(json.unmatched).toEqual(['Carnaval']);
    expect(
      json.splitLinks.map((l: { from: { holder: string }; to: { holder: string } }) => [l.from.holder, l.to.holder]),
    ).toEqual([['Van Dam', 'De Vries']]);
    expect(json.coordinationPairs).toEqual([
      { holders: ['Van Dam', 'De Vries'], weight: 2, links: [json.splitLinks[0].id], sharedSubjects: [] },
    ]);
  });

  it('reads an XLSX sheet (written here with write-excel-file), numbers as FTE', async () => {
    const file = join(TMP, 'college.xlsx');
    const cells = (...row: (string | number | null)[]) =>
      row.map((v) => (v === null ? null : typeof v === 'number' ? { value: v, type: Number } : { value: v }));
    const bytes = await writeXlsxFile([
      cells('Houder', 'Rol', 'Partij', 'FTE', 'Onderwerp'),
      cells('Jansen', 'wethouder', 'PvdA', 0.8, 'Wonen'),
      cells('Smit', 'wethouder', 'D66', null, 'Ruimtelijke ordening'),
      cells('Bos', 'burgemeester', null, null, 'Openbare orde en veiligheid'),
    ]).toBuffer();
    writeFileSync(file, bytes);
    const r = await run(file, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.holders.map((h: { name: string; fte: number | null }) => [h.name, h.fte])).toEqual([
      ['Jansen', 0.8],
      ['Smit', null],
      ['Bos', null],
    ]);
    // Ruimtelijke ordening is what new housing needs (a prerequisite, strength 3), and it sits with another holder.
    expect(json.splitLinks).toHaveLength(1);
    expect(json.splitLinks[0]).toMatchObject({
      from: { published: 'Ruimtelijke ordening', holder: 'Smit' },
      to: { published: 'Wonen', holder: 'Jansen' },
      kind: 'prerequisite',
      strength: 3,
    });
  });
});

describe('npm run division (bad input)', () => {
  it('a table problem: file:row:column and the message, exit 1, nothing on stdout', async () => {
    const r = await run(`${FIX}/bad-fte.csv`, '--json');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(errLines(r.err)).toEqual([
      `${FIX}/bad-fte.csv:3:4: ‘veel’ is geen geldige fte. Schrijf een getal van 0,1 tot 1,5, bijvoorbeeld 0,8.`,
    ]);
  });

  it('text problems: every one at file:line(:column), in the chosen language', async () => {
    const r = await run(`${FIX}/bad.txt`, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const lines = errLines(r.err);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${FIX}/bad\\.txt:1:31: Line 1, character 31: `));
    expect(lines[1]).toMatch(new RegExp(`^${FIX}/bad\\.txt:2: Line 2: ‘7’ is not a valid FTE`));
  });

  it('no holders, an unknown kind of file, an unreadable sheet, a missing file: exit 1 with the file named', async () => {
    const empty = join(TMP, 'leeg.txt');
    writeFileSync(empty, 'Portefeuilleverdeling\n\n');
    const noHolders = await run(empty);
    expect(noHolders.code).toBe(1);
    // The whole-file error, and the skipped heading as a warning at its line.
    expect(errLines(noHolders.err)).toEqual([
      `${empty}: Er staat geen portefeuillehouder in. Schrijf per houder bijvoorbeeld ‘Wethouder Jansen (PvdA): werk en inkomen, zorg’.`,
      `${empty}:1: waarschuwing: Regel 1 (‘Portefeuilleverdeling’) is een kop of toelichting, geen portefeuillehouder, en is overgeslagen.`,
    ]);
    expect(noHolders.out).toBe('');

    const docx = join(TMP, 'verdeling.docx');
    writeFileSync(docx, 'x');
    expect(await run(docx)).toMatchObject({ code: 1, out: '' });
    expect((await run(docx)).err).toContain(
      `${docx}: geen verdeling die Samenhang leest; geef een .txt-, .csv- of .xlsx-bestand`,
    );

    const notXlsx = join(TMP, 'kapot.xlsx');
    writeFileSync(notXlsx, 'dit is geen werkboek');
    const sheet = await run(notXlsx, '--lang', 'en');
    expect(sheet.code).toBe(1);
    expect(sheet.err).toMatch(new RegExp(`^${notXlsx.replace(/[.]/g, '\\.')}: not a readable Excel workbook`));

    expect(await run(`${FIX}/absent.txt`)).toMatchObject({ code: 1, out: '' });
  });

  it('a save that fails: said on stderr, exit 1, and no report that looks complete', async () => {
    const target = join(TMP, 'no-such-folder', 'uit.samenhang.json');
    const r = await run(`${FIX}/college.csv`, '--save', target);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(errLines(r.err)).toEqual([`${target}: opslaan is niet gelukt (ENOENT); er is niets opgeslagen`]);
  });

  it.each([
    ['no file', []],
    ['an unknown option', ['--bogus', 'x.txt']],
    ['an unknown language', [`${FIX}/college.txt`, '--lang', 'fr']],
    ['--save without a value', [`${FIX}/college.txt`, '--save']],
    ['--save onto a file that is not a project file', [`${FIX}/college.txt`, '--save', `${FIX}/college.txt`]],
    ['two files', ['a.txt', 'b.csv']],
  ])('usage error (%s) exits 2 with the usage line and writes nothing', async (_name, args) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('Gebruik: npm run division');
  });
});
