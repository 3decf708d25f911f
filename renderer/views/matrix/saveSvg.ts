import type { AppStore } from '../../store/appStore';
import { fileNameFor } from '../../app/fileActions';

/**
 * Writes a drawing as a standalone SVG file through the platform (a save dialog in the desktop app, a download in
 * the browser). The drawing must carry its look in attributes, not in the page's style sheet, so the file shows
 * what the screen shows.
 */
export async function saveSvg(store: AppStore, svg: SVGSVGElement, suffix: string): Promise<void> {
  const s = store.getState();
  if (!s.project) return;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Screen-only state (focus, hover) does not belong in the file.
  copy.querySelectorAll('[data-screen-only]').forEach((el) => el.remove());
  const data = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
  const saved = await s.deps.platform.saveFile({
    suggestedName: fileNameFor(s.project, suffix),
    data,
    mime: 'image/svg+xml',
    saveAs: true,
    filters: [{ name: 'SVG', extensions: ['svg'] }],
  });
  if (saved) s.notify({ kind: 'info', key: 'app.notice.fileSaved', params: { name: saved.name } });
}
