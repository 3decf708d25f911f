import { afterEach, describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../shared/io/projectFile';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../fixtures/subjects/subjectsExample';
import { AppPage } from './pages/AppPage';
import { BoardPage } from './pages/BoardPage';
import { WorkshopPage } from './pages/WorkshopPage';

const SOCIAAL = 'Wethouder A. El Amrani';
const FYSIEK = 'Wethouder J. Bakker';
const FINANCIEN = 'Wethouder S. Visser';
const KWIJTSCHELDING = 'Minimaregelingen en kwijtschelding';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The example with subjects, opened from a project file as a user would, on the published draft, subject level. */
async function launch(viewport = { width: 1366, height: 900 }): Promise<BoardPage> {
  app = await AppPage.launchSmall(viewport);
  await expect.poll(() => app!.tab(/^Doelen \(24\)/).count()).toBe(1);
  // Its own id: a file with the stored example's id and date would open the stored example instead.
  const project = { ...subjectsExample(), id: 'proj_onderwerpen', name: 'Voorbeeld met onderwerpen' };
  const text = writeProjectFile(project, { savedAt: '2026-01-01T00:00:00.000Z', appVersion: 'e2e' });
  await app.page.getByRole('button', { name: 'Samenhang' }).click();
  await app.page.getByRole('heading', { name: 'Projecten' }).waitFor();
  await app.chooseFile(() => app!.button('Projectbestand openen…').click(), {
    name: 'onderwerpen.samenhang.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect.poll(() => app!.page.locator(`option[value="${SUBJECTS_DRAFT_ID}"]`).count()).toBeGreaterThan(0);
  await app.page.getByRole('combobox', { name: /^Verdeling/ }).selectOption(SUBJECTS_DRAFT_ID);
  await app.page.getByRole('radio', { name: 'Onderwerpen' }).check();
  const board = new BoardPage(app);
  await board.open();
  await board.subject('Wonen').waitFor();
  return board;
}

describe('portfolio board at subject level', () => {
  it('shows subjects per holder: the shared one in both columns, the exception, the subject without goals', async () => {
    const b = await launch();
    expect(await b.holderOf(b.subject('Wonen'))).toContain(FYSIEK);
    expect(await b.subject('Wonen').textContent()).toContain(`gedeeld met ${SOCIAAL}`);
    expect(await b.holderOf(b.reference('Wonen'))).toContain(SOCIAAL);
    expect(await b.reference('Wonen').textContent()).toContain(`gedeeld met ${FYSIEK}`);
    expect(await b.card(KWIJTSCHELDING).textContent()).toContain('uitzondering op Armoede en schulden');
    expect(await b.holderOf(KWIJTSCHELDING)).toContain(FINANCIEN);
    expect(await b.subject('Sport en bewegen').textContent()).toContain('0 doelen');
    // The reference takes you to the card: selected, and focused.
    await b.reference('Wonen').locator('.card-handle').click();
    expect(await b.subject('Wonen').getAttribute('data-selected')).toBe('true');
    await expect.poll(() => b.handle(b.subject('Wonen')).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(app!.errors).toEqual([]);
  });

  it('moves a subject by mouse with its goals: the split figure becomes the report’s, and undo restores it', async () => {
    const b = await launch();
    const before = await b.splitWeight();
    expect(await b.reportedSplitWeight()).toBe(before);
    await b.dragByMouse(b.subject('Wonen'), FINANCIEN);
    await expect.poll(() => b.holderOf(b.subject('Wonen'))).toContain(FINANCIEN);
    // Shared stays shared: El Amrani keeps the reference, now to Visser's card.
    expect(await b.reference('Wonen').textContent()).toContain(`gedeeld met ${FINANCIEN}`);
    const after = await b.splitWeight();
    expect(after).not.toBe(before);
    expect(await b.reportedSplitWeight()).toBe(after);
    // The goal level agrees: Wonen's goals went along.
    await app!.page.getByRole('radio', { name: 'Doelen' }).check();
    expect(await b.holderOf('Betaalbare woningen bijbouwen')).toContain(FINANCIEN);
    await app!.page.getByRole('radio', { name: 'Onderwerpen' }).check();
    await b.page.keyboard.press('Control+z');
    await expect.poll(() => b.splitWeight()).toBe(before);
    expect(await b.holderOf(b.subject('Wonen'))).toContain(FYSIEK);
    expect(await app!.button(/^Ongedaan maken$/).isDisabled()).toBe(true);
  });

  it('moves a subject by keyboard (Space, →, Space; Esc cancels), and moves a selection of subjects together', async () => {
    const b = await launch();
    const before = await b.splitWeight();
    const werk = b.subject('Werk en inkomen');
    await b.moveByKeyboard(werk, 1, 'Escape');
    expect(await b.holderOf(werk)).toContain(SOCIAAL);
    expect(await b.announcement()).toMatch(/geannuleerd/);
    expect(await app!.button(/^Ongedaan maken$/).isDisabled()).toBe(true);

    await b.moveByKeyboard(werk, 1);
    await expect.poll(() => b.holderOf(werk)).toContain(FYSIEK);
    await expect.poll(() => b.handle(werk).evaluate((el) => el === document.activeElement)).toBe(true);
    const after = await b.splitWeight();
    expect(after).not.toBe(before);
    expect(await b.announcement()).toContain(`Gesplitst gewicht nu ${after}`);
    expect(await b.reportedSplitWeight()).toBe(after);
    await b.page.keyboard.press('Control+z');
    await expect.poll(() => b.splitWeight()).toBe(before);

    await b.handle(b.subject('Jeugd en jeugdhulp')).click();
    await b.handle(b.subject('Volksgezondheid')).click({ modifiers: ['Control'] });
    expect(await b.page.getByText('2 kaarten geselecteerd').or(b.page.getByText('2 geselecteerd')).count()).toBe(1);
    await b.dragByMouse(b.subject('Jeugd en jeugdhulp'), FINANCIEN);
    for (const name of ['Jeugd en jeugdhulp', 'Volksgezondheid'])
      await expect.poll(() => b.holderOf(b.subject(name))).toContain(FINANCIEN);
    expect(await b.reportedSplitWeight()).toBe(await b.splitWeight());
    await b.page.keyboard.press('Control+z');
    for (const name of ['Jeugd en jeugdhulp', 'Volksgezondheid'])
      await expect.poll(() => b.holderOf(b.subject(name))).toContain(SOCIAAL);
    expect(await app!.button(/^Ongedaan maken$/).isDisabled()).toBe(true);
  });

  it('gives one goal of an unfolded subject elsewhere as an exception, brings the exception home, refuses the tray', async () => {
    const b = await launch();
    const armoede = b.subject('Armoede en schulden');
    expect(await armoede.textContent()).toContain('2 doelen');
    // Back with its subject's lead, the exception follows its subject again.
    await b.dragByMouse(KWIJTSCHELDING, SOCIAAL);
    await expect.poll(() => armoede.textContent()).toContain('3 doelen');
    expect(await b.page.locator('li.card[data-apart="exception"]').count()).toBe(0);
    expect(await b.reportedSplitWeight()).toBe(await b.splitWeight());
    await b.page.keyboard.press('Control+z');
    await expect.poll(() => b.page.locator('li.card[data-apart="exception"]').count()).toBe(1);

    // Unfold Werk en inkomen and drag one goal to Bakker: it stands apart there, marked as an exception.
    const werk = b.subject('Werk en inkomen');
    await werk.getByRole('button', { name: /doelen tonen/ }).click();
    const goal = 'Meer inwoners uit de bijstand aan het werk';
    await b.handle(werk.locator('li.card').filter({ hasText: goal })).click();
    // Selected inside its subject: the subject card says so.
    expect(await werk.getAttribute('data-selected')).toBe('partly');
    await b.dragByMouse(werk.locator('li.card').filter({ hasText: goal }), FYSIEK);
    const apart = b.page.locator('li.card[data-apart="exception"]').filter({ hasText: goal });
    await expect.poll(() => apart.count()).toBe(1);
    expect(await apart.textContent()).toContain('uitzondering op Werk en inkomen');
    expect(await b.holderOf(apart)).toContain(FYSIEK);
    expect(await b.reportedSplitWeight()).toBe(await b.splitWeight());
    await b.page.keyboard.press('Control+z');
    await expect.poll(() => apart.count()).toBe(0);

    // The tray: a goal under a held subject cannot go there; the column says so beforehand, the notice after.
    const before = await b.splitWeight();
    await b.holdOver(KWIJTSCHELDING, 'Nog niet verdeeld');
    expect(await b.column('Nog niet verdeeld').locator('.drop-preview').textContent()).toContain('kan niet');
    await b.page.mouse.up();
    await expect.poll(() => app!.notices().textContent()).toMatch(/onderwerp/);
    expect(await b.holderOf(KWIJTSCHELDING)).toContain(FINANCIEN);
    expect(await b.splitWeight()).toBe(before);
  });

  it('locks a subject from its card: it no longer moves', async () => {
    const b = await launch();
    const wonen = b.subject('Wonen');
    await wonen.getByRole('button', { name: /Wonen.*vastzetten/ }).click();
    await expect.poll(() => wonen.getAttribute('data-locked')).toBe('true');
    await b.handle(wonen).focus();
    await b.page.keyboard.press('Space');
    await b.page.waitForTimeout(100);
    expect(await b.page.locator('.board[data-dragging="true"]').count()).toBe(0);
    await b.page.keyboard.press('Control+z');
    await expect.poll(() => wonen.getAttribute('data-locked')).toBe(null);
  });

  it('shows subject cards in the workshop board too', async () => {
    const b = await launch({ width: 1920, height: 1080 });
    const w = new WorkshopPage(app!);
    // Not WorkshopPage.enter: that waits for the map to settle, and the map is not what this test is about.
    await b.page.locator('body').press('F5');
    await w.screen().waitFor();
    await w.show(/^(Bord|Board)$/);
    await b.page.locator('.board').waitFor();
    expect(await b.page.locator('li.card[data-kind="subject"]').count()).toBe(14);
    expect(await b.reference('Wonen').count()).toBe(1);
    expect(await w.splitWeight()).toBe('33');
    await w.screenshot('workshop-nl-1920x1080-board-subjects');
    expect(app!.errors).toEqual([]);
  });

  // One test per size: each opens the app afresh and runs axe three times, which under load nears the time limit.
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ])
    it(`has no WCAG 2.1 AA findings by axe, and is screenshotted in Dutch and English at ${viewport.width}x${viewport.height}`, async () => {
      const b = await launch(viewport);
      const size = `${viewport.width}x${viewport.height}`;
      await app!
        .notices()
        .getByRole('button', { name: /^(Melding sluiten|Dismiss)$/ })
        .click();
      await b
        .subject('Zorg en ondersteuning (Wmo)')
        .getByRole('button', { name: /doelen tonen/ })
        .click();
      for (const locale of ['nl', 'en']) {
        if (locale === 'en') await b.page.getByLabel('Taal', { exact: true }).selectOption('en');
        await b.open();
        expect(await app!.axe(), locale).toEqual([]);
        await b.screenshot(`board-subjects-${locale}-${size}`);
      }
      // The shared subject as its co-holder sees it, and the exception, in view.
      await b.reference('Wonen').scrollIntoViewIfNeeded();
      await b.screenshot(`board-subjects-en-${size}-shared`);
      await b.page.evaluate(() => window.scrollTo(0, 0));
      await b.holdOver(b.subject('Wonen'), FINANCIEN);
      expect(await b.page.locator('.drop-preview').count()).toBe(5);
      expect(await app!.axe(), 'dragging').toEqual([]);
      await b.screenshot(`board-subjects-en-${size}-dragging`);
      await b.page.keyboard.press('Escape');
      await b.page.mouse.up();
      await expect.poll(() => b.holderOf(b.subject('Wonen'))).toContain(FYSIEK);
      expect(app!.errors).toEqual([]);
    });
});
