import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../shared/io/projectFile';
import { syntheticProject } from '../../shared/optimiser';
import { filterGoals } from '../../renderer/views/goals/viewModel';
import { PRINT_ALL_MAX, WINDOW_FROM } from '../../renderer/components/tableWindow';
import { AppPage } from './pages/AppPage';

// Issue 17: the goals table of a big project draws only the rows on screen, yet reads as the whole table.
const GOALS = 3_000;
const project = syntheticProject({ goals: GOALS, portfolios: 5, seed: 7, linksPerGoal: 2 });
const LAST = project.goals.at(-1)!.title;

let app: AppPage;
beforeEach(async () => {
  app = await AppPage.launch();
  await expect.poll(() => app.tab(/^Doelen \(109\)/).count()).toBe(1);
  const text = writeProjectFile(project, { savedAt: '2026-01-01T00:00:00.000Z', appVersion: 'e2e' });
  await app.chooseFile(() => app.page.keyboard.press('Control+o'), {
    name: 'groot.samenhang.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await app.tab(`Doelen (${GOALS})`).waitFor({ timeout: 90_000 });
  await app.openTab(/^Doelen/);
  await table().locator('tbody tr[aria-rowindex]').first().waitFor();
}, 120_000);
afterEach(async () => {
  await app.close();
});

const table = () => app.page.locator('table.table-window');
const drawnRows = () => table().locator('tbody tr[aria-rowindex]');
/** The aria-rowindex of the row holding the focus, or null when the focus is outside the table. */
/** The row of the goal with exactly this title (a selected row's header also says "Geselecteerd:"). */
const goalRow = (title: string) =>
  app.page
    .getByRole('row')
    .filter({ has: app.page.getByRole('rowheader', { name: new RegExp(`^(Geselecteerd: )?${title}$`) }) });
const focusedRowIndex = () =>
  app.page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? null);

describe('goals table of a big project (windowed)', () => {
  it('keeps far fewer rows in the DOM than goals, tells screen readers the full size, and reaches the last goal', async () => {
    // Header row plus one row per goal.
    expect(await table().getAttribute('aria-rowcount')).toBe(String(GOALS + 1));
    expect(await table().locator('thead tr').getAttribute('aria-rowindex')).toBe('1');
    const drawn = await drawnRows().count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(100);
    expect(await app.page.getByRole('rowheader', { name: LAST, exact: true }).count()).toBe(0);

    await app.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = app.page.getByRole('rowheader', { name: LAST, exact: true });
    await expect.poll(() => last.isVisible()).toBe(true);
    expect(await goalRow(LAST).getAttribute('aria-rowindex')).toBe(String(GOALS + 1));
    expect(await drawnRows().count()).toBeLessThan(100);
    // The header stays on screen at the end of the table.
    const header = await table().locator('thead th').first().boundingBox();
    expect(header!.y).toBeGreaterThanOrEqual(0);
    expect(header!.y).toBeLessThan(5);
    expect(await app.axe()).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('keeps the focused row through a scroll away, and the arrow keys go on from it', async () => {
    const firstEdit = app.page.getByRole('button', { name: `${project.goals[0]!.title} bewerken` });
    await firstEdit.focus();
    expect(await focusedRowIndex()).toBe('2');
    // Focusing a row selects its goal, as before.
    await expect.poll(() => goalRow(project.goals[0]!.title).getAttribute('class')).toContain('row-selected');

    await app.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => app.page.getByRole('rowheader', { name: LAST, exact: true }).isVisible()).toBe(true);
    // Scrolled out of view, the focused row is still there, with the focus on the same button.
    expect(await focusedRowIndex()).toBe('2');
    expect(await firstEdit.evaluate((el) => el === document.activeElement)).toBe(true);

    await app.page.keyboard.press('ArrowDown');
    await expect.poll(focusedRowIndex).toBe('3');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `${project.goals[1]!.title} bewerken`,
    );
    await expect.poll(() => goalRow(project.goals[1]!.title).isVisible()).toBe(true);

    // Ctrl+End goes to the last goal, which was not drawn; Tab then goes on to its delete button.
    await app.page.keyboard.press('Control+End');
    await expect.poll(focusedRowIndex).toBe(String(GOALS + 1));
    await expect.poll(() => goalRow(LAST).isVisible()).toBe(true);
    await expect.poll(() => goalRow(LAST).getAttribute('class')).toContain('row-selected');
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `${LAST} verwijderen`,
    );
    await app.page.keyboard.press('Control+Home');
    await expect.poll(focusedRowIndex).toBe('2');
    expect(app.errors).toEqual([]);
  });

  it('shows the shared selection on rows scrolled into view', async () => {
    const target = project.goals[1500]!.title;
    await app.page.getByRole('tab', { name: /^Kaart/ }).click();
    await app.page.getByRole('searchbox', { name: /Zoek een doel/ }).fill(target);
    await app.page.keyboard.press('Enter');
    await app.openTab(/^Doelen/);
    const row = goalRow(target);
    expect(await row.count()).toBe(0);
    // Scroll as a reader would, a screenful at a time, towards the row until it is drawn.
    for (let i = 0; i < 20 && (await row.count()) === 0; i++) {
      await app.page.evaluate((wanted) => {
        const drawn = [...document.querySelectorAll('table.table-window tbody tr[aria-rowindex]')];
        const last = drawn.at(-1)!;
        const lastIndex = Number(last.getAttribute('aria-rowindex'));
        const step = (wanted - lastIndex) * last.getBoundingClientRect().height;
        window.scrollBy(0, Math.max(-5000, Math.min(5000, step)) || 400);
      }, 1500 + 2);
      await app.page.waitForTimeout(100);
    }
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getAttribute('class')).toContain('row-selected');
  });

  it('prints every row of a windowed table up to the print limit, and says so when it prints only some', async () => {
    // Beyond PRINT_ALL_MAX rows: the paper carries a note with what it holds.
    await app.page.emulateMedia({ media: 'print' });
    const note = app.page.locator('.table-print-note');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/Deze afdruk bevat \d+ van de 3\.000 rijen/);
    expect(await note.textContent()).toContain('Exporteren → Doelen');
    expect(await table().locator('tr.table-gap').first().isVisible()).toBe(false);
    await app.page.emulateMedia({ media: 'screen' });
    expect(await note.isVisible()).toBe(false);

    // A filter leaves a windowed table small enough to print whole: every row is drawn for the print.
    const query = 'Doel 1';
    const shown = filterGoals(project.goals, query).length;
    expect(shown).toBeGreaterThan(WINDOW_FROM);
    expect(shown).toBeLessThanOrEqual(PRINT_ALL_MAX);
    await app.page.getByRole('searchbox', { name: 'Zoek in doelen' }).fill(query);
    await expect.poll(() => table().getAttribute('aria-rowcount')).toBe(String(shown + 1));
    expect(await drawnRows().count()).toBeLessThan(100);
    expect(await note.count()).toBe(0);
    await app.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await drawnRows().count()).toBe(shown);
    expect(await table().locator('tr.table-gap').count()).toBe(0);
    await app.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => drawnRows().count()).toBeLessThan(100);
    expect(app.errors).toEqual([]);
  });
});
