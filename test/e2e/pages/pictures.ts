import type { Page } from 'playwright-core';

/**
 * Parses a saved SVG with the browser's strict XML parser: `error` holds the parser's message when the file is
 * not well-formed XML. `width` and `height` are the root's attributes (a standalone picture must carry them).
 */
export async function parseSvg(
  page: Page,
  text: string,
): Promise<{ error: string | null; root: string; width: number; height: number; text: string }> {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    const root = doc.documentElement;
    return {
      error: error ? (error.textContent ?? 'parsererror') : null,
      root: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: root.textContent ?? '',
    };
  }, text);
}

/** Decodes a saved PNG in the browser (it throws on a file that is no PNG) and gives its size in pixels. */
export async function decodePng(page: Page, bytes: Buffer): Promise<{ width: number; height: number }> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  }, bytes.toString('base64'));
}
