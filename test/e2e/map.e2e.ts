import { afterEach, describe, expect, it } from 'vitest';
import { smallExample } from '../fixtures/smallExample';
import { AppPage } from './pages/AppPage';
import { MapPage } from './pages/MapPage';
import { decodePng, parseSvg } from './pages/pictures';

const example = smallExample();
const title = (id: string) => example.goals.find((g) => g.id === id)!.title;
const linksOf = (id: string) => example.links.filter((l) => l.source === id || l.target === id);

let app: AppPage | undefined;
async function launch(viewport = { width: 1366, height: 900 }): Promise<MapPage> {
  app = await AppPage.launchSmall(viewport);
  await expect.poll(() => app!.tab(/^Doelen \(24\)/).count()).toBe(1);
  const map = new MapPage(app);
  await map.open();
  return map;
}
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('goal map', () => {
  it('shows every goal (through its list twin) and lists the links of a selected goal with what the draft does', async () => {
    const map = await launch();
    expect((await map.twinGoals()).sort()).toEqual(example.goals.map((g) => g.title).sort());
    await map.selectInTwin(title('goal_armoede'));
    await expect.poll(() => map.panel().locator('h3').textContent()).toBe(title('goal_armoede'));
    expect(await map.panelLinks().count()).toBe(linksOf('goal_armoede').length);
    const text = (await map.panelLinks().allTextContents()).join('\n');
    for (const l of linksOf('goal_armoede')) {
      const other = l.source === 'goal_armoede' ? l.target : l.source;
      expect(text).toContain(title(other));
      if (l.rationale) expect(text).toContain(l.rationale);
    }
    expect(text).toMatch(/gesplitst door deze verdeling|binnen één portefeuille/);
    expect(app!.errors).toEqual([]);
  });

  it('walks the neighbours of the selected goal with the arrow keys, selects with Enter, clears with Esc', async () => {
    const map = await launch();
    await map.selectInTwin(title('goal_armoede'));
    await map.canvas().focus();
    await map.page.keyboard.press('ArrowRight');
    await expect.poll(() => map.announcement().textContent()).toMatch(/^Buur 1 van \d+: /);
    const said = (await map.announcement().textContent())!;
    const neighbour = /^Buur 1 van \d+: (.+?) — /.exec(said)![1]!;
    expect(linksOf('goal_armoede').some((l) => [title(l.source), title(l.target)].includes(neighbour))).toBe(true);
    await map.page.keyboard.press('Enter');
    await expect.poll(() => map.panel().locator('h3').textContent()).toBe(neighbour);
    await map.page.keyboard.press('Escape');
    await expect.poll(() => map.panel().locator('h3').textContent()).toBe('Zo werkt de kaart');
  });

  it('pins a dragged goal as one undo step (undo, redo), and keeps it pinned after a reload', async () => {
    const map = await launch();
    await map.selectInTwin(title('goal_werk'));
    await map.panel().getByRole('button', { name: 'Centreren' }).click();
    await map.dragFromCentre(120, 60);
    await expect.poll(() => map.unpinAll().count()).toBe(1);
    expect(await map.unpinAll().textContent()).toBe('1 vastgezet doel losmaken');
    await map.page.keyboard.press('Control+z');
    await expect.poll(() => map.unpinAll().count()).toBe(0);
    await map.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => map.unpinAll().count()).toBe(1);
    // Stored with the project: the pin is there after a reload.
    await app!.reload();
    await map.settled();
    await expect.poll(() => map.unpinAll().count()).toBe(1);
  });

  it('opens the link form prefilled when a link is drawn from one goal onto another', async () => {
    const map = await launch();
    await map.selectInTwin(title('goal_werk'));
    await map.panel().getByRole('button', { name: 'Verband vanaf dit doel…' }).click();
    const dialog = app!.dialog();
    await dialog.waitFor();
    expect(await dialog.getByLabel('Van doel').inputValue()).toBe('goal_werk');
    await dialog.getByLabel('Naar doel').selectOption('goal_groen');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => map.panelLinks().count()).toBe(linksOf('goal_werk').length + 1);
    await map.page.keyboard.press('Control+z');
    await expect.poll(() => map.panelLinks().count()).toBe(linksOf('goal_werk').length);
  });

  it('saves the map as SVG (well-formed XML, titled, every domain in the legend) and as PNG (the SVG at twice its size)', async () => {
    const map = await launch();
    const group = map.page.getByRole('group', { name: 'Kaart exporteren' });
    const svg = await app!.download(() => group.getByRole('button', { name: 'SVG' }).click());
    expect(svg.name).toMatch(/kaart\.svg$/);
    const parsed = await parseSvg(map.page, svg.text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.width).toBeGreaterThan(0);
    expect(parsed.text).toContain(example.name);
    // Goals are coloured by domain until the user picks another colouring: the legend names each domain.
    for (const d of example.domains) expect(parsed.text).toContain(d.name);
    const png = await app!.download(() => group.getByRole('button', { name: 'PNG' }).click());
    expect(png.name).toMatch(/kaart\.png$/);
    expect(await decodePng(map.page, png.bytes)).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });
    expect(app!.errors).toEqual([]);
  });

  it('has no WCAG 2.1 AA findings (so none serious or critical) and is screenshotted in Dutch and English at two sizes', async () => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const map = await launch(viewport);
      await map.dismissExample();
      for (const locale of ['nl', 'en']) {
        if (locale === 'en') await map.page.getByLabel('Taal', { exact: true }).selectOption('en');
        await map.open();
        await map.selectInTwin(title('goal_armoede'));
        await map.twin().locator('summary').click();
        await map.page.getByRole('button', { name: /^(Passend maken|Fit to screen)$/ }).click();
        await map.page.evaluate(() => window.scrollTo(0, 0));
        expect(await app!.axe(), locale).toEqual([]);
        await map.screenshot(`map-${locale}-${viewport.width}x${viewport.height}`);
      }
      // The compare draft: what moved and what the other draft splits differently, grouped by holder.
      await map.page.getByLabel('Compare with').selectOption({ index: 1 });
      await map.page.getByLabel('Layout').selectOption('holder');
      await map.settled();
      await map.screenshot(`map-en-compare-${viewport.width}x${viewport.height}`);
      expect(app!.errors).toEqual([]);
      await app!.close();
      app = undefined;
    }
  });
});
