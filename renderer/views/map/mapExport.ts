import type { AppStore } from '../../store/appStore';
import { fileNameFor } from '../../app/fileActions';
import { sceneSvg, type SvgTexts } from './mapSvg';
import type { MapEngine } from './engine';

/** An SVG drawn onto a canvas at `scale` and encoded as PNG (sharp on a projector and in print). */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas for the PNG export');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the PNG export produced no image');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Saves the map as it is on screen through the platform (a save dialog in the desktop app, a download in the
 * browser), as PNG or SVG; both carry the title and the legend. The PNG is the SVG rasterised, so the two match.
 */
export async function exportMap(store: AppStore, engine: MapEngine, kind: 'png' | 'svg', texts: SvgTexts) {
  const s = store.getState();
  const scene = engine.scene();
  if (!s.project || !scene) return;
  const svg = sceneSvg(scene, texts);
  const data = kind === 'svg' ? svg : await svgToPng(svg);
  const saved = await s.deps.platform.saveFile({
    suggestedName: fileNameFor(s.project, `${s.locale === 'nl' ? ' - kaart' : ' - map'}.${kind}`),
    data,
    mime: kind === 'svg' ? 'image/svg+xml' : 'image/png',
    saveAs: true,
    filters: [{ name: kind.toUpperCase(), extensions: [kind] }],
  });
  if (saved) s.notify({ kind: 'info', key: 'app.notice.fileSaved', params: { name: saved.name } });
}
