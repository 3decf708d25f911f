import path from 'node:path';
import type { AppContext } from '../appContext';
import { writeFileAtomic } from '../atomicWrite';
import { askSavePath } from '../dialogs';
import { LIMITS } from '../../../shared/io/limits';
import { megabytes } from '../../../shared/ipc/payloadSize';
import { IpcError, type Ipc } from '../ipc';
import { printReportHtml } from '../reportPrint';

const pdfFilters = [{ name: 'PDF', extensions: ['pdf'] }];

/**
 * The page shows the report (its print stylesheet hides the app chrome) and asks for a PDF: main asks where to
 * save first, so cancelling costs nothing, then prints the sender's page and saves it atomically.
 */
export function registerPdfHandlers(ipc: Ipc, ctx: AppContext): void {
  const ask = (suggestedName: string) => {
    const name = suggestedName.toLowerCase().endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`;
    return askSavePath(ctx.getWindow(), path.join(ctx.lastFolder, name), pdfFilters, ctx.platform);
  };
  const save = async (target: string, pdf: Buffer) => {
    // Made here, not sent by the page, so the contract cannot bound it: the same limit as any saved file.
    if (pdf.byteLength > LIMITS.savedFileBytes)
      throw new IpcError('pdf.tooLarge', `${pdf.byteLength} bytes, limit ${LIMITS.savedFileBytes}`, {
        size: megabytes(pdf.byteLength),
        limit: megabytes(LIMITS.savedFileBytes),
      });
    await writeFileAtomic(target, pdf);
    ctx.grants.grant(target);
    ctx.lastFolder = path.dirname(target);
    return { name: path.basename(target), path: target };
  };
  // A report (shared/report) the page made as HTML: printed in a hidden window of its own, not the page itself.
  ipc.handle('exportReportPdf', async ({ suggestedName, html }) => {
    const target = await ask(suggestedName);
    if (!target) return null;
    return save(target, await printReportHtml(html));
  });
  ipc.handle('exportPdf', async ({ suggestedName }, event) => {
    const target = await ask(suggestedName);
    if (!target) return null;
    const pdf = await event.sender.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    return save(target, pdf);
  });
}
