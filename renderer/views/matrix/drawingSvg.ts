/**
 * A drawing on screen as a standalone SVG document, for a file or a PNG. The drawing must carry its look in
 * attributes, not in the page's style sheet, so the file shows what the screen shows.
 */
export function drawingSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Screen-only state (focus, hover) does not belong in the file, nor a reference to text outside the drawing.
  copy.querySelectorAll('[data-screen-only]').forEach((el) => el.remove());
  copy.removeAttribute('aria-describedby');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}
