// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { voorbeeldProject } from '../../../shared/example/voorbeeld';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import { draftReport } from '../../../shared/report/draftReport';
import { walkSections, type ReportDocument } from '../../../shared/report/document';
import { inlineSvg, reportHtml } from '../../../shared/report/render/html';
import { mdText, reportMarkdown } from '../../../shared/report/render/markdown';
import { reportDocx } from '../../../shared/report/render/docx';
import { reportSettings } from './reportKit';
import { zipEntries } from './zipEntries';

const project = voorbeeldProject();
// A name that every format must show as written, not as markup.
project.goals[0] = { ...project.goals[0]!, title: 'Armoede <script>x</script> | *vet* & _schuin_' };
const graph = buildCompactGraph(project);
const draft = project.divisions[2]!;
const MAP_SVG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><title>Kaart</title><rect width="400" height="200" fill="#fff"/></svg>';
const doc: ReportDocument = draftReport(project, draft.id, {
  ...reportSettings('nl'),
  graph,
  pictures: { map: MAP_SVG },
});
const docEn: ReportDocument = draftReport(project, draft.id, { ...reportSettings('en'), graph });
// 1×1 transparent PNG.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

describe('reportHtml', () => {
  const html = reportHtml(doc);
  const parse = (text: string) => new DOMParser().parseFromString(text, 'text/html');
  const d = parse(html);

  it('is a standalone document in the report’s language with one h1 and headings that never skip a level', () => {
    expect(d.documentElement.lang).toBe('nl');
    expect(parse(reportHtml(docEn)).documentElement.lang).toBe('en');
    expect(d.querySelectorAll('h1')).toHaveLength(1);
    expect(d.querySelector('h1')!.textContent).toBe(doc.title);
    expect(d.title).toBe(doc.title);
    expect(d.querySelector('style')!.textContent).toContain('table-header-group');
    expect(d.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain(
      "default-src 'none'",
    );
    let previous = 1;
    for (const h of d.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const level = Number(h.tagName[1]);
      expect(level).toBeLessThanOrEqual(previous + 1);
      previous = level;
    }
    // Every section of the model is a <section> named by its heading.
    for (const { section } of walkSections(doc)) {
      const el = d.getElementById(section.id)!;
      expect(el.tagName).toBe('SECTION');
      expect(d.getElementById(el.getAttribute('aria-labelledby')!)!.textContent).toBe(section.title);
    }
    expect(d.querySelector('section.page-break h2')!.textContent).toBe('Methode: wat elk cijfer betekent');
  });

  it('gives every table a caption, a header row of th scope="col" and row headers where the model has them', () => {
    const tables = [...d.querySelectorAll('table')];
    expect(tables.length).toBe(
      walkSections(doc).reduce((n, s) => n + s.section.blocks.filter((b) => b.kind === 'table').length, 0),
    );
    for (const table of tables) {
      expect(table.querySelector('caption')!.textContent!.length).toBeGreaterThan(0);
      const head = table.querySelectorAll('thead th');
      expect(head.length).toBeGreaterThan(0);
      for (const th of head) expect(th.getAttribute('scope')).toBe('col');
      for (const th of table.querySelectorAll('tbody th')) expect(th.getAttribute('scope')).toBe('row');
      const columns = head.length;
      for (const tr of table.querySelectorAll('tbody tr')) expect(tr.children).toHaveLength(columns);
    }
    const headline = tables[0]!;
    expect(headline.querySelectorAll('tbody th[scope="row"]').length).toBe(
      headline.querySelectorAll('tbody tr').length,
    );
  });

  it('inlines the map as an image named by its alt text, and keeps the matrix slot as text', () => {
    const map = d.getElementById('fig-kaart')!;
    const svg = map.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const title = d.getElementById(svg.getAttribute('aria-labelledby')!)!;
    expect(title.tagName.toLowerCase()).toBe('title');
    expect(svg.firstElementChild).toBe(title);
    const alt = walkSections(doc)
      .flatMap((s) => s.section.blocks)
      .find((b) => b.kind === 'figure' && b.id === 'kaart');
    expect(title.textContent).toBe(alt?.kind === 'figure' ? alt.alt : '');
    expect(map.querySelector('figcaption')!.textContent).toContain(draft.name);
    const matrix = d.getElementById('fig-matrix')!;
    expect(matrix.querySelector('svg')).toBeNull();
    expect(matrix.querySelector('p.figure-text')!.textContent).toContain('Tabel van 6 portefeuillehouders');
  });

  it('shows names as text, never as markup', () => {
    expect(d.querySelectorAll('script')).toHaveLength(0);
    expect(d.body.textContent).toContain('Armoede <script>x</script> | *vet* & _schuin_');
  });

  it('refuses a picture that could run anything', () => {
    expect(inlineSvg('<svg><script>alert(1)</script></svg>', 't', 'alt')).toBeNull();
    expect(inlineSvg('<svg onload="alert(1)"></svg>', 't', 'alt')).toBeNull();
    expect(inlineSvg('<div>not a drawing</div>', 't', 'alt')).toBeNull();
    expect(inlineSvg('<svg role="presentation" width="1"><rect/></svg>', 't', 'a < b')).toBe(
      '<svg width="1" role="img" aria-labelledby="t"><title id="t">a &lt; b</title><rect/></svg>',
    );
  });

  it('leaves the style element out for a page that adopts the stylesheet itself', () => {
    expect(reportHtml(doc, { inlineStyle: false })).not.toContain('<style>');
  });
});

describe('reportMarkdown', () => {
  const md = reportMarkdown(doc);
  const lines = md.split('\n');
  /** Cells of a table line, split at pipes that are not escaped. */
  const cells = (line: string) => line.slice(1, -1).split(/(?<!\\)\|/);

  it('has the title as the one level-1 heading and a heading per section at its depth', () => {
    expect(lines.filter((l) => /^# /.test(l))).toEqual([`# ${mdText(doc.title)}`]);
    const headings = lines.filter((l) => /^#{2,6} /.test(l));
    expect(headings).toHaveLength(walkSections(doc).length);
    walkSections(doc).forEach(({ section, level }, i) =>
      expect(headings[i]).toBe(`${'#'.repeat(level)} ${mdText(section.title)}`),
    );
  });

  it('writes well-formed GFM tables: header, rule, rows of equal width', () => {
    let tables = 0;
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.startsWith('| ') || lines[i - 1]!.startsWith('|')) continue;
      tables++;
      const width = cells(lines[i]!).length;
      expect(lines[i + 1]).toMatch(/^\| (---:?)( \| ---:?)* \|$/);
      expect(cells(lines[i + 1]!)).toHaveLength(width);
      expect(lines[i - 2]).toMatch(/^\*\*.+\*\*$/);
      for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j++) {
        expect(lines[j]).toMatch(/\|$/);
        expect(cells(lines[j]!), lines[j]).toHaveLength(width);
      }
    }
    expect(tables).toBe(
      walkSections(doc).reduce((n, s) => n + s.section.blocks.filter((b) => b.kind === 'table').length, 0),
    );
  });

  it('escapes names so that they read as written', () => {
    expect(md).toContain('Armoede \\<script\\>x\\</script\\> \\| \\*vet\\* & \\_schuin\\_');
    expect(md).not.toContain('<script>');
  });
});

describe('reportDocx', () => {
  it('is a Word file with real headings, repeated table header rows, the language and the text', async () => {
    const files = zipEntries(await reportDocx(doc));
    const xml = files.get('word/document.xml')!.toString('utf8');
    for (const style of ['Heading1', 'Heading2', 'Heading3']) expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(1);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('Kerncijfers');
    expect(xml).toContain('Armoede &lt;script&gt;x&lt;/script&gt;');
    // The method page starts a new page.
    expect(xml).toMatch(/<w:pageBreakBefore\/>[^]*?Methode: wat elk cijfer betekent/);
    const styles = files.get('word/styles.xml')!.toString('utf8');
    expect(styles).toMatch(/<w:lang w:val="nl-NL"/);
    expect(styles).toContain('w:styleId="Heading1"');
    expect(files.get('docProps/core.xml')!.toString('utf8')).toContain(doc.title.replace(/&/g, '&amp;'));
    // Without rasterised pictures, a figure is its alt text.
    expect(xml).toContain('Tabel van 6 portefeuillehouders');
    expect(xml).not.toContain('<w:drawing>');
  });

  it('embeds a rasterised picture with its alt text', async () => {
    const files = zipEntries(
      await reportDocx(docEn, {
        pictures: { kaart: { png: PNG, width: 1200, height: 600, svg: new TextEncoder().encode(MAP_SVG) } },
      }),
    );
    const xml = files.get('word/document.xml')!.toString('utf8');
    const alt = walkSections(docEn)
      .flatMap((s) => s.section.blocks)
      .find((b) => b.kind === 'figure' && b.id === 'kaart');
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Map of /);
    expect(xml).toContain((alt?.kind === 'figure' ? alt.alt : '').slice(0, 40));
    expect([...files.keys()].some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    expect([...files.keys()].some((name) => /^word\/media\/.+\.svg$/.test(name))).toBe(true);
    expect(files.get('word/styles.xml')!.toString('utf8')).toMatch(/<w:lang w:val="en-GB"/);
  });
});
