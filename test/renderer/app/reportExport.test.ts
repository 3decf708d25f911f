// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { voorbeeldProject } from '../../../shared/example/voorbeeld';
import { buildReport, exportReport } from '../../../renderer/app/reportExport';
import { reportMapSvg } from '../../../renderer/app/reportPictures';
import { findAppCommand } from '../../../renderer/store/commands/appCommands';
import { createTranslator } from '../../../renderer/i18n/translate';
import { fileNameFor } from '../../../renderer/app/fileActions';
import { testStore } from '../support/testStore';
import { PlatformError } from '../../../renderer/platform/PlatformError';

async function withVoorbeeld() {
  const t = testStore();
  await t.store.getState().adoptProject(voorbeeldProject());
  return t;
}
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('the report in the app', () => {
  it('draws the map without the map view, the same picture for the same project', async () => {
    const { store } = await withVoorbeeld();
    const s = store.getState();
    const draft = s.project!.divisions[0]!;
    const svg = reportMapSvg(s, draft.id, null, createTranslator('nl'))!;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.tagName).toBe('svg');
    expect(doc.querySelector('title')!.textContent).toContain(s.project!.name);
    expect(svg).toContain(draft.name);
    expect(reportMapSvg(s, draft.id, null, createTranslator('nl'))).toBe(svg);
  });

  it('wraps the map legend’s words inside the picture (a long draft name no longer runs off its edge)', async () => {
    const { store } = await withVoorbeeld();
    const s = store.getState();
    const draft = s.project!.divisions[0]!;
    const doc = new DOMParser().parseFromString(
      reportMapSvg(s, draft.id, null, createTranslator('nl'))!,
      'image/svg+xml',
    );
    const width = Number(doc.documentElement.getAttribute('width'));
    const legend = [...doc.querySelectorAll('text')].filter((t) => t.querySelector('tspan'));
    expect(legend.length).toBeGreaterThan(5);
    expect(legend.some((t) => t.querySelectorAll('tspan').length > 1)).toBe(true);
    for (const t of legend)
      for (const line of t.querySelectorAll('tspan')) {
        const size = Number(t.getAttribute('font-size'));
        // Rendered glyphs of this font average under 0.56 of its size; a line must end before the picture does.
        expect(
          Number(line.getAttribute('x')) + line.textContent!.length * size * 0.56,
          line.textContent!,
        ).toBeLessThanOrEqual(width);
      }
  });

  it('builds the chosen draft’s report with the map in its slot, and a comparison', async () => {
    const { store } = await withVoorbeeld();
    const s = store.getState();
    const [a, b] = s.project!.divisions;
    const doc = buildReport(s, { kind: 'draft', draftId: a!.id, compareId: null })!;
    expect(doc.title).toContain(a!.name);
    const figures = doc.sections.find((x) => x.id === 'figuren')!.blocks;
    const map = figures.find((x) => x.kind === 'figure' && x.id === 'kaart');
    expect(map?.kind === 'figure' && map.svg?.startsWith('<svg')).toBe(true);
    const matrix = figures.find((x) => x.kind === 'figure' && x.id === 'matrix');
    // The matrix is the picture the matrix view saves, with this draft's heaviest pair in its title lines.
    expect(matrix?.kind === 'figure' && matrix.svg).toMatch(/<svg[^>]*role="img"/);
    expect(matrix?.kind === 'figure' && matrix.svg).toContain(a!.name);
    const cmp = buildReport(s, { kind: 'compare', draftId: a!.id, compareId: b!.id })!;
    expect(cmp.title).toContain(b!.name);
    expect(buildReport(s, { kind: 'compare', draftId: a!.id, compareId: null })).toBeNull();
  });

  // A colon is not allowed in a Windows file name: it is left out of the draft's name there.
  it('saves HTML, Markdown and Word through the platform and prints PDF from the report’s HTML', async () => {
    const { store, platform } = await withVoorbeeld();
    const project = store.getState().project!;
    const draft = project.divisions[2]!;
    for (const format of ['html', 'md', 'docx'] as const)
      await exportReport(store, { kind: 'draft', draftId: draft.id, compareId: null, format });
    expect(platform.saved.map((f) => f.name)).toEqual(
      ['html', 'md', 'docx'].map((ext) => fileNameFor(project, ` - rapport ${draft.name.replace(':', '')}.${ext}`)),
    );
    expect(platform.saved.map((f) => f.mime)).toEqual([
      'text/html',
      'text/markdown',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    expect(text(platform.saved[0]!.data)).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(text(platform.saved[1]!.data)).toMatch(/^# Samenhangsrapport/);
    expect(platform.saved[2]!.data.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    await exportReport(store, { kind: 'draft', draftId: draft.id, compareId: null, format: 'pdf' });
    expect(platform.reportPdfExports).toHaveLength(1);
    expect(platform.reportPdfExports[0]!.path).toMatch(/rapport .*\.pdf$/);
    expect(platform.reportPdfExports[0]!.html).toContain('<html lang="nl">');
    expect(platform.pdfExports).toEqual([]);
  });

  it('is a command with a dialog, in English too', async () => {
    const { store, platform } = await withVoorbeeld();
    const command = findAppCommand('file.exportReport')!;
    expect(command.enabled(store.getState())).toBe(true);
    await command.run(store);
    expect(store.getState().dialog).toBe('report');
    store.getState().setLocale('en');
    const project = store.getState().project!;
    await exportReport(store, {
      kind: 'compare',
      draftId: project.divisions[0]!.id,
      compareId: project.divisions[1]!.id,
      format: 'md',
    });
    expect(platform.saved[0]!.name).toBe(
      fileNameFor(project, ` - comparison ${project.divisions[0]!.name.replace(':', '')}.md`),
    );
    expect(text(platform.saved[0]!.data)).toMatch(/^# Comparison of drafts/);
  });

  it('says so when the browser blocks the report window, and when the file is too large', async () => {
    const { store, platform } = await withVoorbeeld();
    const draftId = store.getState().project!.divisions[0]!.id;
    platform.exportReportPdf = async () => {
      throw new PlatformError('report.popupBlocked', 'blocked');
    };
    await exportReport(store, { kind: 'draft', draftId, compareId: null, format: 'pdf' });
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'error', key: 'report.ui.popupBlocked' });
    platform.saveFile = async () => {
      throw new PlatformError('ipc.requestTooLarge', 'too large', { size: 200, limit: 128 });
    };
    await exportReport(store, { kind: 'draft', draftId, compareId: null, format: 'html' });
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'error', key: 'platform.ipc.requestTooLarge' });
  });
});
