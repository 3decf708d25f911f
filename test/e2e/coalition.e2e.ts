import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { AppPage } from './pages/AppPage';
import { writeProjectFile } from '../../shared/io/projectFile';
import { addArrangement, addDeliberateSplit, updateParty } from '../../shared/model/operations';
import type { OpResult, Project } from '../../shared/model';
import { coherenceReport } from '../../shared/analysis/coherenceReport';
import { partyBalance } from '../../shared/coalition/partyBalance';
import { formatFixed, formatNumber, formatPercent } from '../../renderer/i18n/format';
import { subjectsExample, SUBJECTS_DRAFT_ID } from '../fixtures/subjects/subjectsExample';

const DIR = 'test-results/screenshots/coalition';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const PROJECT = { ...subjectsExample(), id: 'project_coalitie', name: 'Voorbeeld coalitie' };
const DRAFT = PROJECT.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;

const taken = (r: OpResult): Project => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.project;
};

/** What the view must show, computed by the shared code from the same project after the same edits. */
const WITH_SEATS = taken(updateParty(PROJECT, 'party_vvd', { seats: 10 }));
const BALANCE = partyBalance(WITH_SEATS, DRAFT.id)!;
const ARRANGEMENT = {
  name: 'Coördinatie armoede',
  kind: 'coordinating' as const,
  leadId: 'pf_sociaal',
  holderIds: ['pf_fysiek', 'pf_financien'],
  subjectIds: ['subj_armoede-en-schulden'],
};
const COVERS = coherenceReport(taken(addArrangement(WITH_SEATS, DRAFT.id, ARRANGEMENT)), DRAFT.id).coverage
  .arrangements[0]!;

const SPLIT = { a: 'subj_wonen', b: 'subj_zorg-en-ondersteuning', reason: 'Wonen en zorg bij twee partijen' };
const SPLIT_FIGURES = coherenceReport(taken(addDeliberateSplit(PROJECT, DRAFT.id, SPLIT)), DRAFT.id).coverage
  .deliberateSplits[0]!;

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Both sizes; with `at`, scrolled so that element is near the top third of the picture. */
/** The fixture as a project file, opened through the page, its subjects draft chosen, Coalitie shown. */
async function openProject(a: AppPage, project: Project): Promise<Locator> {
  const page = a.page;
  await expect.poll(() => a.tab(/^Doelen \(24\)/).count()).toBe(1);
  await page.getByRole('button', { name: 'Samenhang' }).click();
  await a.chooseFile(() => a.button('Projectbestand openen…').click(), {
    name: 'coalitie.samenhang.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeProjectFile(project, { savedAt: project.updatedAt, appVersion: 'e2e' })),
  });
  await expect.poll(() => a.tab(/^Onderwerpen \(14\)/).count()).toBe(1);
  await a.notices().getByRole('button', { name: 'Melding sluiten' }).click();
  await page.locator('.draft-picker select').first().selectOption({ label: DRAFT.name });
  await a.openTab(/^Coalitie/);
  const view = page.locator('#pv-panel-coalition');
  await expect.poll(() => view.innerText()).toContain(`verdeling ‘${DRAFT.name}’`);
  return view;
}

async function shoot(a: AppPage, name: string, at?: Locator): Promise<void> {
  for (const size of SIZES) {
    await a.page.setViewportSize(size);
    const y = at ? await at.evaluate((el) => el.getBoundingClientRect().top + window.scrollY - innerHeight / 4) : 0;
    await a.page.evaluate(async (top) => {
      window.scrollTo(0, top);
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, y);
    await a.page.screenshot({ path: `${DIR}/${name}-${size.width}x${size.height}.png` });
  }
  await a.page.setViewportSize(SIZES[0]);
}

describe('Coalitie: parties and seats, party balance, arrangements and keep rules', () => {
  it('sets seats and shows shares and the Gallagher index; adds an arrangement and a keep-apart rule; undoes each', async () => {
    mkdirSync(DIR, { recursive: true });
    app = await AppPage.launchSmall(SIZES[0]);
    const page = app.page;
    const view = await openProject(app, PROJECT);

    const section = (name: RegExp) => view.getByRole('region', { name });
    const parties = section(/^Partijen en zetels/);
    const balance = page.getByRole('table', { name: /^Partijbalans/ });
    const rowOf = (scope: Locator, name: string) =>
      scope.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
    expect(await rowOf(parties, 'VVD').innerText()).toMatch(/7\s+33,3%/);
    expect(await app.axe(['serious', 'critical'])).toEqual([]);

    // Seats: VVD from 7 to 10 (of 24): its seat share, its shares and the Gallagher index follow.
    await app.button('VVD bewerken').click();
    await app.dialog().getByLabel('Zetels').fill('tien');
    await app.dialog().getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => app!.dialog().innerText()).toContain('‘tien’ is geen aantal zetels');
    await app.dialog().getByLabel('Zetels').fill('10');
    await app.dialog().getByRole('button', { name: 'Opslaan' }).click();
    await app.dialog().waitFor({ state: 'hidden' });
    await expect.poll(() => rowOf(parties, 'VVD').innerText()).toMatch(/10\s+41,7%/);
    const vvd = BALANCE.parties.find((p) => p.partyId === 'party_vvd')!;
    const vvdRow = rowOf(balance, 'VVD');
    expect(await vvdRow.locator('td').nth(0).innerText()).toMatch(/^10\s+41,7%$/);
    // Cells: seats, then holders, FTE, subjects, goals, budget.
    expect(await vvdRow.locator('td').nth(4).innerText()).toContain(formatPercent(vvd.shares.goals!, 'nl'));
    const gallagher = rowOf(balance, 'Gallagher-index');
    expect(await gallagher.locator('td').nth(4).innerText()).toBe(formatFixed(BALANCE.gallagher.goals!, 'nl', 1));
    expect(await gallagher.locator('td').nth(5).innerText()).toBe(formatFixed(BALANCE.gallagher.budget!, 'nl', 1));
    expect(await view.innerText()).toMatch(/0 is precies evenredig/);
    // The burgemeester has no party: listed apart, outside the shares.
    expect(await view.innerText()).toMatch(
      /Buiten de coalitiepartijen[\s\S]*Burgemeester M\. de Graaf \(geen partij\)/,
    );
    await shoot(app, 'balance-nl', balance);

    // An arrangement: coördinerend wethouder for armoede en schulden, with fysiek and financiën taking part.
    const arrangements = section(/^Afspraken/);
    expect(await arrangements.innerText()).toContain('dekt gesplitste verbanden tussen de houders die meedoen');
    await app.button('Afspraak toevoegen').click();
    const form = app.dialog();
    await form.getByLabel('Afspraak', { exact: true }).fill(ARRANGEMENT.name);
    await form.getByLabel('Soort').selectOption({ label: 'Coördinerend wethouder' });
    await form.getByLabel('Trekker').selectOption({ label: 'Wethouder A. El Amrani' });
    await form.getByRole('checkbox', { name: 'Wethouder J. Bakker' }).check();
    await form.getByRole('checkbox', { name: 'Wethouder S. Visser' }).check();
    await form.getByRole('searchbox', { name: 'Zoek in Gaat over' }).fill('armoede');
    await form.getByRole('checkbox', { name: 'Armoede en schulden', exact: true }).check();
    expect(await form.innerText()).toContain('1 gekozen: Armoede en schulden');
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    await shoot(app, 'arrangement-form-nl');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    const arrangementRow = rowOf(arrangements, ARRANGEMENT.name);
    const covers = `${COVERS.count} gesplitste verbanden, gewicht ${formatNumber(COVERS.weight, 'nl', 1)}`;
    expect(COVERS.count).toBeGreaterThan(1);
    await expect.poll(() => arrangementRow.innerText()).toContain(covers);
    expect(await arrangementRow.innerText()).toMatch(
      /Coördinerend wethouder\s+Wethouder A\. El Amrani\s+Wethouder J\. Bakker, Wethouder S\. Visser\s+Onderwerpen: Armoede en schulden/,
    );

    // A keep-apart rule: jeugd and financiën each with a different holder.
    const keep = section(/^Bij elkaar houden/);
    await app.button('Regel toevoegen').click();
    await form.getByRole('radio', { name: 'Uit elkaar houden' }).check();
    await form.getByRole('checkbox', { name: 'Jeugd en jeugdhulp', exact: true }).check();
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.innerText()).toContain('Kies ten minste twee onderwerpen of doelen');
    await form.getByRole('checkbox', { name: 'Financiën', exact: true }).check();
    await form.getByLabel('Reden (niet verplicht)').fill('Jeugd en geld bij verschillende partijen');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    const keepRow = rowOf(keep, 'Uit elkaar houden');
    await expect.poll(() => keepRow.innerText()).toMatch(/Jeugd en jeugdhulp, Financiën\s+Jeugd en geld.*\s+Nageleefd/);
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    await shoot(app, 'arrangements-nl', arrangements);

    // Undo each, newest first: the rule, the arrangement, the seats.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(() => keepRow.count()).toBe(0);
    expect(await keep.innerText()).toContain('voorstellen en het optimaliseren houden zich daaraan');
    await page.keyboard.press('Control+z');
    await expect.poll(() => arrangementRow.count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => rowOf(parties, 'VVD').innerText()).toMatch(/7\s+33,3%/);

    // The same view in English.
    await page.getByLabel('Taal', { exact: true }).selectOption('en');
    await expect.poll(() => view.innerText()).toContain('Gallagher index');
    expect(await view.innerText()).toMatch(/0 is exactly proportional/);
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    await shoot(app, 'coalition-en');
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('points out a party field naming no listed party; records a deliberate split; names a contradicting rule', async () => {
    mkdirSync(DIR, { recursive: true });
    app = await AppPage.launchSmall(SIZES[0]);
    const page = app.page;
    const project = {
      ...PROJECT,
      portfolios: PROJECT.portfolios.map((h) => (h.id === 'pf_fysiek' ? { ...h, party: 'D66' } : h)),
    };
    const view = await openProject(app, project);
    const section = (name: RegExp) => view.getByRole('region', { name });
    const rowOf = (scope: Locator, name: string) =>
      scope.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

    // Bakker's party D66 is not listed: pointed out, and listed from the hint with its seats.
    const parties = section(/^Partijen en zetels/);
    expect(await parties.innerText()).toMatch(/‘D66’: Wethouder J\. Bakker\./);
    expect(await rowOf(parties, 'VVD').innerText()).toContain('geen houder');
    expect(await view.innerText()).toMatch(/Buiten de coalitiepartijen[\s\S]*Wethouder J\. Bakker \(D66\)/);
    await app.button('D66 toevoegen').click();
    expect(await app.dialog().getByLabel('Partij', { exact: true }).inputValue()).toBe('D66');
    await app.dialog().getByLabel('Zetels').fill('3');
    await app.dialog().getByRole('button', { name: 'Opslaan' }).click();
    await app.dialog().waitFor({ state: 'hidden' });
    await expect.poll(() => rowOf(parties, 'D66').innerText()).toMatch(/3\s+12,5%\s+Wethouder J\. Bakker/);
    expect(await parties.innerText()).not.toContain('niet in de lijst');

    // A deliberate split between wonen (fysiek leads) and zorg (sociaal): still split, with the links it accounts for.
    const deliberate = section(/^Bewuste splitsingen/);
    await app.button('Bewuste splitsing toevoegen').click();
    const form = app.dialog();
    await form.getByLabel('Eerste onderwerp of doel').selectOption({ label: 'Wonen' });
    await form.getByLabel('Tweede onderwerp of doel').selectOption({ label: 'Zorg en ondersteuning (Wmo)' });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.innerText()).toMatch(/Reden: /);
    await form.getByLabel('Reden', { exact: true }).fill(SPLIT.reason);
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    const splitRow = rowOf(deliberate, '‘Wonen’ en ‘Zorg');
    expect(SPLIT_FIGURES.apart).toBe(true);
    await expect
      .poll(() => splitRow.innerText())
      .toContain(
        `${SPLIT.reason}\tGesplitst: ${SPLIT_FIGURES.count} verbanden, gewicht ${formatNumber(SPLIT_FIGURES.weight, 'nl', 1)}`,
      );
    // The reason is edited in place of the pair.
    await app.button('Reden van ‘Wonen’ en ‘Zorg en ondersteuning (Wmo)’ wijzigen').click();
    await form.getByLabel('Reden', { exact: true }).fill('Spreiden over twee partijen');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(() => splitRow.innerText()).toContain('Spreiden over twee partijen');

    // Keeping them together contradicts the split: the rule is broken as the draft stands, and the conflict is named.
    const keep = section(/^Bij elkaar houden/);
    await app.button('Regel toevoegen').click();
    await form.getByRole('checkbox', { name: 'Wonen', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Zorg en ondersteuning (Wmo)', exact: true }).check();
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    await expect
      .poll(() => rowOf(keep, 'Bij elkaar houden').innerText())
      .toMatch(/Niet nageleefd: Zorg en ondersteuning \(Wmo\) bij een andere houder dan de rest/);
    const conflicts = keep.getByRole('region', { name: /tegenstrijdigheid/ });
    expect(await conflicts.innerText()).toMatch(/bij elkaar houden en uit elkaar houden tegelijk/);
    expect(await conflicts.innerText()).toMatch(
      /Regels: Bij elkaar houden: Wonen, Zorg en ondersteuning \(Wmo\); bewuste splitsing: Wonen, Zorg/,
    );
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    await shoot(app, 'rules-nl', deliberate);
    expect(app.errors).toEqual([]);
  }, 180_000);
});
