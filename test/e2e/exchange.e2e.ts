import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

/** Opens the export dialog and downloads what one of its buttons writes. */
async function exportFile(button: string) {
  await app.button(/^Exporteren$/).click();
  return app.download(() => app.dialog().getByRole('button', { name: button, exact: true }).click());
}

describe('exchange exports in the browser', () => {
  it('offers every export in one accessible dialog', async () => {
    await app.button(/^Exporteren$/).click();
    const names = await app.dialog().getByRole('button').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Doelen', 'Verdeling', 'Alle tabellen (.xlsx)', 'Gephi (.gexf)']));
    expect(await app.axe()).toEqual([]);
  });

  it('downloads the workbook, written in the page, that reads back sheet by sheet', async () => {
    const file = await exportFile('Alle tabellen (.xlsx)');
    expect(file.name).toMatch(/ - tabellen .+\.xlsx$/);
    const sheets = await readXlsxFile(file.bytes);
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Doelen',
      'Onderwerpen',
      'Verbanden',
      'Verdeling',
      'Afstemmingsagenda',
    ]);
    expect(sheets[0]!.data).toHaveLength(1 + goals);
    expect(sheets[3]!.data[0]!.slice(0, 5)).toEqual(['houder', 'rol', 'partij', 'fte', 'onderwerp']);
    expect(sheets[4]!.data.length).toBeGreaterThan(1);
  });

  it('downloads GEXF, GraphML and a Kumu blueprint of the chosen draft', async () => {
    const gexf = parseGexf(Graph, (await exportFile('Gephi (.gexf)')).text);
    expect(gexf.order).toBeGreaterThanOrEqual(goals);
    expect(gexf.someNode((_, a) => typeof a.holder === 'string' && a.holder !== '')).toBe(true);
    const graphml = parseGraphml(Graph, (await exportFile('Cytoscape en yEd (.graphml)')).text);
    expect([graphml.order, graphml.size]).toEqual([gexf.order, gexf.size]);
    const kumu = JSON.parse((await exportFile('Kumu-blauwdruk (.json)')).text);
    expect(kumu.elements).toHaveLength(gexf.order);
    expect(kumu.connections).toHaveLength(gexf.size);
  });
});
