import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { PasteDivisionPage } from './pages/PasteDivisionPage';
import { BoardPage } from './pages/BoardPage';

/**
 * Issue 19 §3 in the app: a division as a municipality publishes it, pasted into "Verdeling plakken", fixed where
 * the catalogue does not know a subject, taken in as one undo step. Written for this test, not copied: a heading,
 * a burgemeester line, a holder with party and FTE, a text matching two catalogue subjects, one the catalogue knows
 * only in part ("Dorpshuizen en kernenbeleid Noord") and one it does not know at all ("Kermis").
 */
const DIVISION = [
  'Portefeuilleverdeling college 2026–2030',
  'Burgemeester Van Dam: openbare orde en veiligheid; handhaving',
  'Wethouder Jansen (PvdA, 0,8 fte): werk en inkomen; armoede en schulden; zorg en welzijn',
  'Wethouder Smit (CDA): wonen, ruimtelijke ordening, Dorpshuizen en kernenbeleid Noord',
  '',
  'Wethouder De Boer (Lokaal Belang):',
  '- onderwijs',
  '- sport',
  '- Kermis',
].join('\n');
const DORPSHUIZEN = 'Dorpshuizen en kernenbeleid Noord';
const DIR = 'test-results/screenshots/publishedDivision';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function launch(): Promise<PasteDivisionPage> {
  app = await AppPage.launchSmall(SIZES[0]);
  await expect.poll(() => app!.tab(/^Doelen \(24\)/).count()).toBe(1);
  return new PasteDivisionPage(app);
}

/** The coherence report's first row ("Alle verbanden": split links of all links, then the weight). */
async function reportedSplit(a: AppPage): Promise<string> {
  await a.openTab(/^(Analyse|Analysis)$/);
  const row = a.page.getByRole('table').first().locator('tbody tr').first();
  await row.waitFor();
  return (await row.innerText()).replace(/\s+/g, ' ');
}

describe('paste a division as published', () => {
  it('pastes, fixes the unmatched subjects, takes the division in as the chosen draft, and undoes it in one step', async () => {
    const d = await launch();
    const draftsBefore = await d.drafts();
    expect(draftsBefore).toHaveLength(2);
    await d.openFromDivisions();
    expect(await d.confirmButton().isDisabled()).toBe(true);
    await d.paste(DIVISION);

    // The preview: four holders with role, party and FTE as published; the heading skipped, not a holder.
    expect(await d.count()).toBe('Houders: 4 · onderwerpen: 11 · nog te kiezen: 2');
    expect(await d.holders()).toEqual([
      'Van Dam Burgemeester',
      'Jansen Wethouder · PvdA · 0,8 fte',
      'Smit Wethouder · CDA',
      'De Boer Wethouder · Lokaal Belang',
    ]);
    const zorg = d.dialog().locator('.paste-subject').filter({ hasText: 'zorg en welzijn' });
    expect(await zorg.innerText()).toMatch(
      /zorg en welzijn → Zorg en ondersteuning \(Wmo\) · Welzijn — uit de catalogus/,
    );
    expect(await d.toDecide()).toEqual([DORPSHUIZEN, 'Kermis']);
    expect(await d.status(DORPSHUIZEN)).toMatch(/niet herkend: ‘kernenbeleid Noord’/);
    expect(await d.status('Kermis')).toMatch(/niet herkend/i);

    mkdirSync(DIR, { recursive: true });
    await d.screenshot(`${DIR}/dialog-nl-1366x768.png`);
    expect(await app!.axe(['serious', 'critical'])).toEqual([]);

    // Fix both: one becomes a subject of its own, the other is matched by hand to a catalogue subject.
    await d.createAsNew(DORPSHUIZEN);
    expect(await d.status(DORPSHUIZEN)).toMatch(/nieuw onderwerp ‘Dorpshuizen en kernenbeleid Noord’/i);
    await d.pick('Kermis', 'Evenementen');
    expect(await d.status('Kermis')).toMatch(/gekoppeld aan Evenementen/i);
    expect(await d.count()).toBe('Houders: 4 · onderwerpen: 11 · nog te kiezen: 0');
    await app!.page.setViewportSize(SIZES[1]);
    await d.screenshot(`${DIR}/dialog-nl-1920x1080.png`);
    await app!.page.setViewportSize(SIZES[0]);

    await d.nameField().fill('Coalitie 2026');
    await d.confirm();
    expect(await app!.notices().innerText()).toMatch(/Coalitie 2026.*overgenomen en gekozen.*Houders: 4 \(4 nieuw\)/s);
    expect(await d.chosenDraft()).toBe('Coalitie 2026');

    // The report of the new draft has figures: the catalogue's links between its subjects, some of them split.
    const split = await reportedSplit(app!);
    const [, cut, total] = /(\d+) van (\d+)/.exec(split) ?? [];
    expect(Number(total)).toBeGreaterThan(0);
    expect(Number(cut)).toBeGreaterThan(0);
    await d.screenshot(`${DIR}/analysis-after-nl-1366x768.png`);
    // The coordination agenda of the new draft, between holders, at subject level.
    const agenda = app!.page.locator('details.coord-pair[data-pair]');
    expect(await agenda.count()).toBeGreaterThan(0);
    expect(await agenda.first().locator('summary').textContent()).toMatch(/↔.*\d+ verband/);

    // On the board the negotiator moves a subject to another holder: its figures follow, and undo takes it back.
    const board = new BoardPage(app!);
    await board.open();
    const onderwijs = board.subject('Onderwijs');
    expect(await board.holderOf(onderwijs)).toContain('De Boer');
    // By keyboard, as the board's instructions say: Space, ← ← (past Smit to Jansen), Space.
    await board.moveByKeyboard(onderwijs, -2);
    await expect.poll(() => board.holderOf(board.subject('Onderwijs'))).toContain('Jansen');
    const moved = await board.splitWeight();
    expect(await board.reportedSplitWeight()).toBe(moved);
    await app!.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app!.page.keyboard.press('Control+z');
    await expect.poll(() => board.holderOf(board.subject('Onderwijs'))).toContain('De Boer');

    // One more undo step takes the division away: the draft is gone and the one chosen before is back.
    await app!.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app!.page.keyboard.press('Control+z');
    await expect.poll(() => d.drafts()).toEqual(draftsBefore);
    expect(await d.chosenDraft()).toBe(draftsBefore[0]);
    expect(app!.errors).toEqual([]);
  }, 120_000);

  it('in English, at both sizes: the same dialog, and axe finds nothing serious', async () => {
    const d = await launch();
    await app!.page.getByLabel('Taal', { exact: true }).selectOption('en');
    await expect.poll(() => app!.tab(/^Goals \(24\)/).count()).toBe(1);
    await d.openFromDivisions();
    await d.paste(DIVISION);
    expect(await d.count()).toBe('Holders: 4 · subjects: 11 · still to choose: 2');
    expect(await d.nameField().inputValue()).toBe('Published division');
    await d.createAsNew(DORPSHUIZEN);
    for (const size of SIZES) {
      await app!.page.setViewportSize(size);
      await d.screenshot(`${DIR}/dialog-en-${size.width}x${size.height}.png`);
    }
    expect(await app!.axe(['serious', 'critical'])).toEqual([]);
    expect(app!.errors).toEqual([]);
  }, 120_000);

  it('opens a division file from CSV importeren → Portefeuilleverdeling, previews it, and Esc stores nothing', async () => {
    const d = await launch();
    const draftsBefore = await d.drafts();
    await app!.button(/^CSV importeren$/).click();
    const csv = 'houder;rol;partij;fte;onderwerp\nJansen;wethouder;PvdA;0,8;werk en inkomen\nJansen;;;;Kermis\n';
    await app!.chooseFile(() => app!.dialog().getByRole('button', { name: 'Portefeuilleverdeling' }).click(), {
      name: 'verdeling.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await d.dialog().waitFor();
    await expect.poll(() => d.count()).toBe('Houders: 1 · onderwerpen: 2 · nog te kiezen: 1');
    expect(await d.dialog().innerText()).toContain('Gelezen uit ‘verdeling.csv’.');
    await app!.page.keyboard.press('Escape');
    await d.dialog().waitFor({ state: 'hidden' });
    expect(await d.drafts()).toEqual(draftsBefore);
    expect(await app!.button(/^Ongedaan maken$/).isDisabled()).toBe(true);
  }, 120_000);
});
