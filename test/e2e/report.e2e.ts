import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { pdfTags } from './pages/pdfTags';

let app: AppPage;
beforeEach(async () => {
  // Gemeente Voorbeeld, whose first draft (Klassiek) splits 330 of its 613 link weight (test/shared/example).
  app = await AppPage.launch();
  await expect.poll(() => app.tab(/^Doelen \(109\)/).count()).toBe(1);
});
afterEach(async () => {
  expect(app.errors).toEqual([]);
  await app.close();
});

const OUT = join('test-results', 'report');

/** Opens the report dialog and chooses a format by its label. */
async function chooseFormat(label: RegExp) {
  await app.button(/^(Rapport|Report)…$/).click();
  await app.dialog().getByRole('radio', { name: label }).check();
}

/**
 * What a report document says about its structure, read by the browser's own parser in a blank page (the app's
 * page would apply its CSP to the parsed document's inline stylesheet).
 */
async function structure(html: string) {
  const page: Page = await app.context.newPage();
  return page.evaluate((text) => {
    const d = new DOMParser().parseFromString(text, 'text/html');
    return {
      lang: d.documentElement.lang,
      h1: [...d.querySelectorAll('h1')].map((h) => h.textContent),
      h2: [...d.querySelectorAll('h2')].map((h) => h.textContent),
      th: d.querySelectorAll('th').length,
      thWithoutScope: d.querySelectorAll('th:not([scope])').length,
      tables: d.querySelectorAll('table').length,
      captions: d.querySelectorAll('table > caption').length,
      map: d.querySelector('#fig-kaart svg')?.getAttribute('role') ?? null,
      mapTitle: d.querySelector('#fig-kaart svg > title')?.textContent ?? null,
      matrix: d.querySelector('#fig-matrix svg')?.getAttribute('role') ?? null,
      matrixTitle: d.querySelector('#fig-matrix svg > title')?.textContent ?? null,
      text: d.body.textContent ?? '',
    };
  }, html);
}

describe('the report in the browser', () => {
  it('offers drafts, comparison and formats in an accessible dialog', async () => {
    await app.button(/^Rapport…$/).click();
    const dialog = app.dialog();
    await dialog.getByRole('heading', { name: 'Rapport maken' }).waitFor();
    for (const name of [
      'Eén verdeling',
      'Twee verdelingen vergeleken',
      'PDF',
      'HTML (webpagina)',
      'Markdown',
      'Word (.docx)',
    ])
      expect(await dialog.getByRole('radio', { name }).count()).toBe(1);
    await dialog.getByRole('radio', { name: 'Twee verdelingen vergeleken' }).check();
    await dialog.getByLabel('Naar verdeling').waitFor();
    expect(await app.axe()).toEqual([]);
  });

  it('downloads the HTML report of the chosen draft with its headings, tables, figures, map and matrix', async () => {
    await chooseFormat(/^HTML/);
    const file = await app.download(() => app.dialog().getByRole('button', { name: 'Rapport maken' }).click());
    expect(file.name).toMatch(/ - rapport .+\.html$/);
    const s = await structure(file.text);
    expect(s.lang).toBe('nl');
    expect(s.h1).toHaveLength(1);
    expect(s.h1[0]).toMatch(/^Samenhangsrapport: /);
    expect(s.h2).toEqual(
      expect.arrayContaining([
        'Inhoud',
        'Kerncijfers',
        'De verdeling zoals zij gepubliceerd zou worden',
        'Afstemmingsagenda per paar van houders',
        'Gedekt, ongedekt en bewust gesplitst',
        'Gesplitste Omgevingswet-verbanden',
        'Verbindende doelen',
        'Partijbalans',
        'Kaart en matrix',
        'Methode: wat elk cijfer betekent',
      ]),
    );
    expect(s.th).toBeGreaterThan(0);
    expect(s.thWithoutScope).toBe(0);
    expect(s.captions).toBe(s.tables);
    expect(s.map).toBe('img');
    expect(s.mapTitle).toMatch(/^Kaart van \d+ doelen/);
    expect(s.matrix).toBe('img');
    // The picture is named by its alternative text: the holders, the pairs and the heaviest one in words.
    expect(s.matrixTitle).toMatch(/^Tabel van 6 portefeuillehouders .* het zwaarste paar: .+, gewicht \d+/);
    expect(s.text).toMatch(/330 van 613/);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'rapport-nl.html'), file.text);
  });

  for (const locale of ['nl', 'en'] as const)
    it(`${locale}: opens the PDF report in a window of its own for printing, styled, and it prints to a tagged PDF`, async () => {
      if (locale === 'en') await app.page.getByLabel('Taal', { exact: true }).selectOption('en');
      // The print dialog itself is the browser's: only the call is recorded.
      await app.page.evaluate(() => {
        const open = window.open.bind(window);
        window.open = (...args) => {
          const w = open(...args);
          if (w) w.print = () => ((window as unknown as { printed: number }).printed = 1);
          return w;
        };
      });
      await chooseFormat(/^PDF$/);
      const [popup] = await Promise.all([
        app.context.waitForEvent('page'),
        app
          .dialog()
          .getByRole('button', { name: locale === 'nl' ? 'Rapport maken' : 'Make report' })
          .click(),
      ]);
      await expect.poll(() => app.page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
      const look = await popup.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: document.querySelector('h1')?.textContent,
        headerRows: getComputedStyle(document.querySelector('thead')!).display,
        methodBreak: getComputedStyle(document.getElementById('methode')!).breakBefore,
        title: document.title,
      }));
      expect(look.lang).toBe(locale);
      expect(look.h1).toMatch(locale === 'nl' ? /^Samenhangsrapport: / : /^Coherence report: /);
      expect(look.headerRows).toBe('table-header-group');
      expect(look.methodBreak).toBe('page');
      expect(look.title).toMatch(locale === 'nl' ? / - rapport / : / - report /);
      const pdf = await popup.pdf({ tagged: true, outline: true, preferCSSPageSize: true, printBackground: true });
      const tags = pdfTags(pdf);
      expect(tags.structTree).toBe(true);
      expect(tags.lang).toBe(locale);
      // Headings, table headers and the two pictures with their alternative text are in the tag tree.
      for (const tag of ['H1', 'H2', 'Table', 'TH', 'TD', 'Figure']) expect(tags.types, tag).toContain(tag);
      expect(tags.figuresWithAlt).toBeGreaterThanOrEqual(2);
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, `rapport-${locale}.pdf`), pdf);
    });

  it('speaks English in English', async () => {
    await app.page.getByLabel('Taal', { exact: true }).selectOption('en');
    await chooseFormat(/^Markdown$/);
    const file = await app.download(() => app.dialog().getByRole('button', { name: 'Make report' }).click());
    expect(file.name).toMatch(/ - report .+\.md$/);
    const headings = file.text.split('\n').filter((l) => /^#{1,2} /.test(l));
    expect(headings[0]).toMatch(/^# Coherence report: /);
    expect(headings).toEqual(expect.arrayContaining(['## Headline figures', '## Method: what every figure means']));
  });
});
