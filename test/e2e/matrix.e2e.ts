import { afterEach, describe, expect, it } from 'vitest';
import { smallExample } from '../fixtures/smallExample';
import { AppPage } from './pages/AppPage';
import { MatrixPage } from './pages/MatrixPage';
import { decodePng, parseSvg } from './pages/pictures';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function launch(viewport = { width: 1366, height: 900 }) {
  app = await AppPage.launchSmall(viewport);
  await expect.poll(() => app!.tab(/^Doelen \(24\)/).count()).toBe(1);
  return new MatrixPage(app);
}

const example = smallExample();
const title = (id: string) => example.goals.find((g) => g.id === id)!.title;

describe('matrix view', () => {
  it('shows each split link of the draft twice outside the diagonal blocks, as many as the Analyse tab counts', async () => {
    const m = await launch();
    for (const draft of ['div_klassiek', 'div_samenhang']) {
      await m.chooseDraft(draft);
      const split = await m.splitCountFromAnalysis();
      expect(split).toBeGreaterThan(0);
      await m.open();
      await expect.poll(() => m.outsideCells().count(), { message: draft }).toBe(2 * split);
      expect(await m.cells().count()).toBe(2 * 35);
      expect(await m.page.locator('.matrix-count').getAttribute('data-split')).toBe(String(split));
    }
    expect(app!.errors).toEqual([]);
  });

  it('shows the focused cell’s link with its rationale and both holders, and selects by keyboard', async () => {
    const m = await launch();
    await m.open();
    // The first row is the burgemeester's one goal; its first link is the one with Jeugdhulp.
    await m.tabStop().focus();
    await expect.poll(() => m.detail().textContent()).toContain(title('goal_veiligheid'));
    await m.page.keyboard.press('ArrowRight');
    const link = example.links.find((l) => l.source === 'goal_veiligheid' && l.target === 'goal_jeugdhulp')!;
    await expect.poll(() => m.detail().textContent()).toContain(link.rationale);
    const text = (await m.detail().textContent()) ?? '';
    expect(text).toContain('Burgemeester M. de Graaf');
    expect(text).toContain('Wethouder A. El Amrani');
    expect(text).toMatch(/Gesplitst/);
    expect(await m.focused().getAttribute('role')).toBe('gridcell');

    // Enter selects both goals of the cell; the matrix marks them, and so does every other view.
    await m.page.keyboard.press('Enter');
    await expect.poll(() => m.selectedRowHeaders().count()).toBe(2);
    await m.page.keyboard.press('Escape');
    await expect.poll(() => m.selectedRowHeaders().count()).toBe(0);
    // Left from the row's first link reaches the goal's header; a click on a header selects that goal.
    await m.page.keyboard.press('ArrowLeft');
    expect(await m.focused().getAttribute('role')).toBe('rowheader');
    await m.rowHeader(title('goal_werk')).click();
    await expect.poll(() => m.selectedRowHeaders().count()).toBe(1);
    expect(await m.rowHeader(title('goal_werk')).getAttribute('aria-selected')).toBe('true');
    expect(app!.errors).toEqual([]);
  });

  it('opens a pair of holders onto its split links, and saves the coordination matrix and the chord diagram as SVG and PNG', async () => {
    const m = await launch();
    await m.open();
    const button = m.pairButton('Wethouder A. El Amrani', 'Wethouder J. Bakker');
    const name = (await button.getAttribute('aria-label')) ?? '';
    const count = Number(/: (\d+) gesplitste/.exec(name)?.[1]);
    expect(count).toBeGreaterThan(0);
    await button.click();
    await expect.poll(() => m.pairLinks().count()).toBe(count);
    expect(await m.page.getByRole('img', { name: /Koordendiagram/ }).getAttribute('aria-describedby')).toBe(
      'matrix-pair-table',
    );

    for (const [label, file] of [
      ['Coördinatiematrix opslaan als', /coordinatiematrix/],
      ['Koordendiagram opslaan als', /afstemming/],
    ] as const) {
      const svg = await app!.download(() => m.page.getByRole('button', { name: `${label} SVG` }).click());
      expect(svg.name).toMatch(new RegExp(`${file.source}\\.svg$`));
      const parsed = await parseSvg(m.page, svg.text);
      expect(parsed.error, label).toBeNull();
      expect(parsed.root).toBe('svg');
      expect(parsed.text).toContain('Wethouder J. Bakker');
      const png = await app!.download(() => m.page.getByRole('button', { name: `${label} PNG` }).click());
      expect(png.name).toMatch(new RegExp(`${file.source}\\.png$`));
      // The PNG is the SVG drawn at twice its size: decoded by the browser, its pixels are the SVG's times two.
      const image = await decodePng(m.page, png.bytes);
      expect(image, label).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });
    }
    // The matrix picture gives this pair the figure the table shows.
    const matrixSvg = await app!.download(() =>
      m.page.getByRole('button', { name: 'Coördinatiematrix opslaan als SVG' }).click(),
    );
    expect(matrixSvg.text).toContain(`(${count})`);
    expect(app!.errors).toEqual([]);
  });

  it('has no WCAG 2.1 AA findings by axe (so none serious or critical), and is screenshotted in Dutch and English at two sizes', async () => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const m = await launch(viewport);
      for (const locale of ['nl', 'en']) {
        if (locale === 'en') await m.page.getByLabel('Taal', { exact: true }).selectOption('en');
        await m.open();
        expect(await app!.axe(), locale).toEqual([]);
        // Point at a split cell, so the screenshot shows what the panel explains.
        await m.outsideCells().first().hover();
        await m.screenshot(`matrix-${locale}-${viewport.width}x${viewport.height}`);
      }
      expect(app!.errors).toEqual([]);
      await app!.close();
      app = undefined;
    }
  });
});
