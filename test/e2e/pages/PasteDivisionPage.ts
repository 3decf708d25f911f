import type { AppPage } from './AppPage';

const NL_EN = (nl: string, en: string) => new RegExp(`^(${nl}|${en})$`);

/** Page model of the "Verdeling plakken" dialog, reached from the Verdelingen tab or from CSV importeren. */
export class PasteDivisionPage {
  constructor(readonly app: AppPage) {}

  get page() {
    return this.app.page;
  }

  dialog() {
    return this.page.getByRole('dialog', { name: NL_EN('Verdeling plakken', 'Paste a division') });
  }

  async openFromDivisions(): Promise<void> {
    await this.app.openTab(/^(Verdelingen|Divisions)/);
    await this.app.button(NL_EN('Verdeling plakken', 'Paste a division')).click();
    await this.dialog().waitFor();
  }

  /** Types the text into the box (as a paste) and waits for the preview to count what it read. */
  async paste(text: string): Promise<void> {
    await this.dialog().getByLabel(NL_EN('Gepubliceerde verdeling', 'Published division')).fill(text);
    await this.page.waitForFunction(() => !document.querySelector('.paste-preview[aria-busy="true"]'));
  }

  /** The live count above the preview ("Houders: 4 · onderwerpen: 11 · …"). */
  count() {
    return this.dialog().locator('.paste-count').innerText();
  }

  /** The published texts listed to decide on, as written. */
  toDecide(): Promise<string[]> {
    return this.dialog()
      .locator('.paste-decide-item')
      .evaluateAll((items) => items.map((el) => el.getAttribute('data-published') ?? ''));
  }

  item(published: string) {
    return this.dialog().locator(`.paste-decide-item[data-published="${published}"]`);
  }

  /** What the preview says a text becomes (the sentence under it). */
  status(published: string) {
    return this.item(published).locator('.paste-status').innerText();
  }

  async createAsNew(published: string): Promise<void> {
    await this.item(published)
      .getByRole('button', { name: NL_EN('Maak aan als nieuw onderwerp', 'Create as new subject') })
      .click();
  }

  async pick(published: string, subject: string): Promise<void> {
    await this.item(published).getByRole('combobox').selectOption({ label: subject });
  }

  /** The holders in the preview with their line of role, party and FTE. */
  holders(): Promise<string[]> {
    return this.dialog()
      .locator('.paste-holder h5')
      .evaluateAll((hs) => hs.map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()));
  }

  nameField() {
    return this.dialog().getByLabel(NL_EN('Naam van de nieuwe verdeling', 'Name of the new draft'));
  }

  confirmButton() {
    return this.dialog().getByRole('button', { name: NL_EN('Verdeling overnemen', 'Take in division') });
  }

  async confirm(): Promise<void> {
    await this.confirmButton().click();
    await this.dialog().waitFor({ state: 'hidden' });
  }

  /** The header's draft picker. Its accessible name holds the chosen option too (the label wraps it): found by place. */
  private draftSelect() {
    return this.page.locator('.draft-picker select').first();
  }

  /** The chosen draft's name. */
  chosenDraft() {
    return this.draftSelect().evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  }

  /** Every draft the header offers. */
  async drafts(): Promise<string[]> {
    await this.draftSelect().waitFor();
    return this.draftSelect().locator('option').allInnerTexts();
  }

  /** Fonts loaded and two frames drawn, then the whole window. */
  async screenshot(path: string): Promise<void> {
    await this.page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    await this.page.screenshot({ path });
  }
}
