import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { LIMITS } from '../../shared/io/limits';

let app: AppPage;
beforeEach(async () => {
  app = await AppPage.launchSmall();
  await expect.poll(() => app.tab(/^Doelen \(24\)/).count()).toBe(1);
});
afterEach(async () => {
  await app.close();
});

const home = async () => {
  await app.page.getByRole('button', { name: 'Samenhang' }).click();
  await app.page.getByRole('heading', { name: 'Projecten' }).waitFor();
};

describe('project files and CSV in the browser', () => {
  it('saves the project as a file; opening it again opens the stored project, a changed one comes in as a copy', async () => {
    const file = await app.download(() => app.button(/^Bestand opslaan$/).click());
    expect(file.name).toMatch(/\.samenhang\.json$/);
    const json = JSON.parse(file.text);
    expect(json).toMatchObject({ format: 'samenhang', version: 5 });
    expect(json.project.goals).toHaveLength(24);
    const upload = { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) };

    await home();
    await app.chooseFile(() => app.button('Projectbestand openen…').click(), upload);
    await expect.poll(() => app.tab(/^Doelen \(24\)/).count()).toBe(1);
    await home();
    // The built-in example and the opened file.
    expect(await app.page.locator('tbody tr').count()).toBe(2);

    await app.page.getByRole('button', { name: /^Voorbeeld/ }).click();
    await app.addGoal('Na het opslaan toegevoegd');
    await home();
    await app.chooseFile(() => app.button('Projectbestand openen…').click(), upload);
    await expect.poll(() => app.tab(/^Doelen \(24\)/).count()).toBe(1);
    await home();
    expect(await app.page.locator('tbody tr').count()).toBe(3);
  });

  it('refuses a malformed project file with located problems and stores nothing', async () => {
    const broken = JSON.stringify({
      format: 'samenhang',
      version: 2,
      project: {
        id: 'p',
        name: '',
        createdAt: 'gisteren',
        updatedAt: '2026-01-01T00:00:00.000Z',
        domains: [],
        goals: [{ id: 'g1' }],
      },
    });
    await home();
    await app.chooseFile(() => app.button('Projectbestand openen…').click(), {
      name: 'kapot.samenhang.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    const alert = app.notices().getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/kapot\.samenhang\.json/);
    expect(await alert.textContent()).toMatch(/doelen/);
    expect(await app.page.locator('tbody tr').count()).toBe(2);
  });

  it('refuses a malformed goals CSV, naming row and column, and adds nothing', async () => {
    const csv = 'titel;domein;budget\nGoed doel;sociaal;1000\nSlecht doel;sociaal;veel geld\n';
    await app.button('CSV importeren').click();
    await app.chooseFile(() => app.dialog().getByRole('button', { name: 'Doelen' }).click(), {
      name: 'doelen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const alert = app.notices().getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/3/);
    expect(await alert.textContent()).toMatch(/budget/i);
    expect(await app.tab(/^Doelen/).textContent()).toContain('24');
  });

  it('refuses a goals CSV over the row limit, naming the limit, and stores nothing', async () => {
    const csv = `titel\n${'Doel\n'.repeat(LIMITS.csvRows + 1)}`;
    await app.button('CSV importeren').click();
    await app.chooseFile(() => app.dialog().getByRole('button', { name: 'Doelen' }).click(), {
      name: 'groot.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const alert = app.notices().getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/groot\.csv.*groter dan Samenhang aankan/);
    expect(await alert.textContent()).toContain('meer dan 200.000 rijen');
    await app.reload();
    await expect.poll(() => app.tab(/^Doelen \(24\)/).count()).toBe(1);
  });

  it('imports a Dutch Excel goals CSV (Windows-1252, semicolons) as one undoable step', async () => {
    const text =
      'Titel;Domein;Budget\r\nCafé voor mantelzorgers;Sociaal;€ 12.500\r\nBuurtbus “De Verbinding”;Fysiek;1.250.000,50\r\n';
    const bytes = Buffer.from(
      [...text].map((c) => ({ '€': 0x80, '“': 0x93, '”': 0x94, é: 0xe9 })[c] ?? c.charCodeAt(0)),
    );
    await app.button('CSV importeren').click();
    await app.chooseFile(() => app.dialog().getByRole('button', { name: 'Doelen' }).click(), {
      name: 'excel.csv',
      mimeType: 'text/csv',
      buffer: bytes,
    });
    await expect.poll(() => app.tab(/^Doelen/).textContent()).toContain('26');
    // The table draws a new set of rows in a render after the edit's (useDeferredValue), so it is polled too.
    await expect.poll(() => app.goalRow('Buurtbus “De Verbinding”').count()).toBe(1);
    expect(await app.goalRow('Café voor mantelzorgers').textContent()).toContain('12.500');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.tab(/^Doelen/).textContent()).toContain('24');
  });

  it('exports goals as CSV that Excel reads (BOM, semicolons)', async () => {
    await app.button(/^Exporteren$/).click();
    const file = await app.download(() => app.dialog().getByRole('button', { name: 'Doelen' }).click());
    expect(file.name).toMatch(/doelen\.csv$/);
    expect(file.text.charCodeAt(0)).toBe(0xfeff);
    expect(file.text.split(/\r?\n/)[0]).toContain(';');
    expect(file.text).toContain('Minder huishoudens in armoede');
  });
});
