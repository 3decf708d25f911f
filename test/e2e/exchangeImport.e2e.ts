import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workbookXlsx } from '../../shared/exchange/xlsx';
import { AppPage } from './pages/AppPage';

let app: AppPage;
let goals: number;
beforeEach(async () => {
  app = await AppPage.launchSmall();
  await expect.poll(() => app.tab(/^Doelen \(\d+\)/).count()).toBe(1);
  goals = Number(/\((\d+)\)/.exec((await app.tab(/^Doelen/).textContent())!)![1]);
});
afterEach(async () => {
  expect(app.errors).toEqual([]);
  await app.close();
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** CSV importeren → Werkmap of netwerk, answered with the given workbook. */
async function importWorkbook(name: string, bytes: Uint8Array) {
  await app.button('CSV importeren').click();
  await app.chooseFile(() => app.dialog().getByRole('button', { name: 'Werkmap of netwerk' }).click(), {
    name,
    mimeType: XLSX,
    buffer: Buffer.from(bytes),
  });
}

describe('importing an Excel workbook in the browser', () => {
  it('shows what a workbook adds before storing it, then stores it as one undoable step', async () => {
    const bytes = await workbookXlsx([
      {
        sheet: 'Doelen',
        header: ['titel', 'domein', 'budget', 'onderwerp'],
        rows: [
          ['Buurtkamer in elke wijk', 'Sociaal', 120000, ''],
          ['Speeltuinen vernieuwen', 'Fysiek', 80000, ''],
        ],
      },
      {
        sheet: 'Verbanden',
        header: ['van', 'naar', 'soort', 'sterkte', 'toelichting'],
        rows: [['Buurtkamer in elke wijk', 'Speeltuinen vernieuwen', 'zelfde doelgroep', 2, 'Gezinnen in de wijk']],
      },
    ]);
    await importWorkbook('wijkplannen.xlsx', bytes);
    const dialog = app.page.getByRole('dialog', { name: '“wijkplannen.xlsx” importeren' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Doelen: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd');
    expect(await dialog.textContent()).toContain('Verbanden: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd');
    expect(await app.axe()).toEqual([]);
    // Checked, not stored: the tab still counts the goals there were.
    expect(await app.tab(/^Doelen/).textContent()).toContain(String(goals));
    await dialog.getByRole('button', { name: 'Importeren' }).click();
    await expect.poll(() => app.tab(/^Doelen/).textContent()).toContain(String(goals + 2));
    await expect.poll(() => app.goalRow('Speeltuinen vernieuwen').count()).toBe(1);
    await expect.poll(() => app.notices().textContent()).toContain('“wijkplannen.xlsx” is geïmporteerd.');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.tab(/^Doelen/).textContent()).toContain(String(goals));
    await app.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => app.tab(/^Doelen/).textContent()).toContain(String(goals + 2));
    await app.reload();
    await expect.poll(() => app.tab(/^Doelen/).textContent()).toContain(String(goals + 2));
  });

  it('refuses a workbook with a bad cell, naming sheet, row and column, and stores nothing', async () => {
    const bytes = await workbookXlsx([
      {
        sheet: 'Doelen',
        header: ['titel', 'domein', 'budget'],
        rows: [
          ['Goed doel', 'Sociaal', 1000],
          ['Slecht doel', 'Sociaal', 'veel geld'],
        ],
      },
    ]);
    await importWorkbook('fout.xlsx', bytes);
    const alert = app.notices().getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('fout.xlsx');
    expect(await alert.textContent()).toContain('Doelen, rij 3, kolom ‘budget’');
    expect(await app.dialog().count()).toBe(0);
    await app.reload();
    await expect.poll(() => app.tab(/^Doelen/).textContent()).toContain(String(goals));
  });

  it('the project’s own workbook comes back as nothing to import, its draft recognised', async () => {
    await app.button(/^Exporteren$/).click();
    const file = await app.download(() =>
      app.dialog().getByRole('button', { name: 'Alle tabellen (.xlsx)', exact: true }).click(),
    );
    await importWorkbook(file.name, file.bytes);
    const dialog = app.page.getByRole('dialog', { name: `“${file.name}” importeren` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`Doelen: 0 nieuw, 0 bijgewerkt, ${goals} ongewijzigd`);
    expect(await dialog.textContent()).toContain('staat al in het project');
    expect(await dialog.getByRole('button', { name: 'Importeren' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('a GraphML file, parsed by the page’s DOMParser, comes back as the goals it holds', async () => {
    await app.button(/^Exporteren$/).click();
    const file = await app.download(() =>
      app.dialog().getByRole('button', { name: 'Cytoscape en yEd (.graphml)', exact: true }).click(),
    );
    await app.button('CSV importeren').click();
    await app.chooseFile(() => app.dialog().getByRole('button', { name: 'Werkmap of netwerk' }).click(), {
      name: file.name,
      mimeType: 'application/xml',
      buffer: file.bytes,
    });
    const dialog = app.page.getByRole('dialog', { name: `“${file.name}” importeren` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`Doelen: 0 nieuw, 0 bijgewerkt, ${goals} ongewijzigd`);
    // What a network file says about the draft is worked out, not read: said in the dialog.
    expect(await dialog.textContent()).toContain('houder');
  });
});
