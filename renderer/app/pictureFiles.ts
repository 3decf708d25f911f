import type { AppStore } from '../store/appStore';
import { fileNameFor } from './fileActions';

export type PictureKind = 'svg' | 'png';

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
 * Saves a picture through the platform (a save dialog in the desktop app, a download in the browser) as
 * `<project><name>.svg` or `.png`. The PNG is the SVG rasterised, so the two files show the same; the SVG must
 * therefore be standalone, with its width and height and its look in attributes.
 */
export async function savePicture(store: AppStore, svg: string, name: string, kind: PictureKind): Promise<void> {
  const s = store.getState();
  if (!s.project) return;
  const data = kind === 'svg' ? svg : await svgToPng(svg);
  const saved = await s.deps.platform.saveFile({
    suggestedName: fileNameFor(s.project, `${name}.${kind}`),
    data,
    mime: kind === 'svg' ? 'image/svg+xml' : 'image/png',
    saveAs: true,
    filters: [{ name: kind.toUpperCase(), extensions: [kind] }],
  });
  if (saved) s.notify({ kind: 'info', key: 'app.notice.fileSaved', params: { name: saved.name } });
}
