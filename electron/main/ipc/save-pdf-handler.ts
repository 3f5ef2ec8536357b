import type { WebContents } from 'electron';
import { AppError } from '@core/errors/app-error';
import type { MenuState } from '@core/ipc/menu-schemas';
import { translate, type Language } from '../i18n/desktop-strings';
import { isPrintViewUrl } from '../security/app-origin';
import { saveWithDialog } from '../services/save-dialog';
import type { IpcHandler } from './handle';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Chromium's header and footer templates; `pageNumber`/`totalPages` spans are filled in by it. */
export function pdfTemplates(language: Language): { header: string; footer: string } {
  const style = 'font-size:8px;width:100%;text-align:center;font-family:sans-serif;color:#333';
  const footer = escapeHtml(translate(language, 'pdf.footer', { page: '\u0000', pages: '\u0001' }))
    .replace('\u0000', '<span class="pageNumber"></span>')
    .replace('\u0001', '<span class="totalPages"></span>');
  return {
    header: `<div style="${style}">${escapeHtml(translate(language, 'pdf.header'))}</div>`,
    footer: `<div style="${style}">${footer}</div>`,
  };
}

/** The file name comes from the case reference and the date only: `MCJ-2026-0042-interview-2026-11-27.pdf`. */
export function pdfFileName(caseReference: string, document: string, date: string): string {
  return `${caseReference}-${document}-${date}.pdf`;
}

async function printPage(sender: WebContents, language: Language): Promise<Uint8Array> {
  const { header, footer } = pdfTemplates(language);
  return sender.printToPDF({
    pageSize: 'Letter',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: header,
    footerTemplate: footer,
    generateTaggedPDF: true,
  });
}

/**
 * `print:save-pdf`: prints the sender's own page, which must be one of the print views, to PDF
 * and saves it where the attorney chooses. The renderer has already warned that the PDF is not
 * encrypted.
 */
export function createSavePdfHandler(deps: {
  menuState: () => MenuState;
}): IpcHandler<'print:save-pdf'> {
  return async ({ document, caseReference, date }, { sender }) => {
    if (!isPrintViewUrl(sender.getURL())) throw new AppError('bad_request', 'not_a_print_view');
    const language = deps.menuState().language;
    const bytes = await printPage(sender, language);
    const saved = await saveWithDialog({
      sender,
      suggestedName: pdfFileName(caseReference, document, date),
      bytes,
      title: translate(language, 'pdf.saveTitle'),
      filterName: translate(language, 'pdf.filterName'),
    });
    return { saved };
  };
}
