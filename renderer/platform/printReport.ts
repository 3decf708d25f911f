import { REPORT_CSS } from '../../shared/report/render/reportCss';
import { PlatformError } from './PlatformError';

/**
 * The browser's way to a report PDF: the report opened in a window of its own and the print dialog on it ("Opslaan
 * als PDF" makes a tagged PDF in Chromium). The new window inherits the app's Content-Security-Policy, which
 * refuses inline `<style>`: the stylesheet is adopted through the CSSOM instead, which that policy does not govern.
 * Throws `report.popupBlocked` when the browser refuses the window.
 */
export function printReportWindow(win: Window, html: string, title: string): void {
  const popup = win.open('', '_blank');
  if (!popup) throw new PlatformError('report.popupBlocked', 'the browser did not open the report window');
  const doc = popup.document;
  doc.open();
  doc.write(html.replace(/<style>[\s\S]*?<\/style>/i, ''));
  doc.close();
  // The sheet must be made by the window that adopts it.
  const sheet = new (popup as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(REPORT_CSS);
  doc.adoptedStyleSheets = [sheet];
  // The print dialog proposes the title as the file name.
  doc.title = title;
  popup.focus();
  popup.print();
}
