import type { PDFDocument, PDFFont, PDFPage } from '@cantoo/pdf-lib';
import type { ExhibitPlan } from '@core/exhibits/packet-plan';
import type { PacketCover, ProofOfService, Translator } from './packet-input';
import { LETTER, MARGIN, wrapText } from './text-layout';

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

const WIDTH = LETTER.width - 2 * MARGIN;

/** Draws lines from `y` down; returns the y below the last line. */
function lines(page: PDFPage, font: PDFFont, text: string, y: number, size = 11, x = MARGIN) {
  let cursor = y;
  for (const line of wrapText(font, text, size, WIDTH - (x - MARGIN))) {
    page.drawText(line, { x, y: cursor, size, font });
    cursor -= size * 1.4;
  }
  return cursor;
}

function centered(page: PDFPage, font: PDFFont, text: string, y: number, size: number) {
  for (const [index, line] of wrapText(font, text, size, WIDTH).entries()) {
    const width = font.widthOfTextAtSize(line, size);
    page.drawText(line, { x: (LETTER.width - width) / 2, y: y - index * size * 1.3, size, font });
  }
  return y - wrapText(font, text, size, WIDTH).length * size * 1.3;
}

export interface PartLabel {
  number: number;
  of: number;
  firstLetter: string;
  lastLetter: string;
  firstPage: number;
  lastPage: number;
}

/** The cover in the style of the EOIR Practice Manual's sample (attorney block, court, caption). */
export function drawCover(
  pdf: PDFDocument,
  fonts: Fonts,
  cover: PacketCover,
  part: PartLabel | null,
) {
  const page = pdf.addPage([LETTER.width, LETTER.height]);
  let y = LETTER.height - MARGIN;
  if (cover.detained) {
    const width = fonts.bold.widthOfTextAtSize('DETAINED', 14);
    page.drawText('DETAINED', { x: LETTER.width - MARGIN - width, y, size: 14, font: fonts.bold });
  }
  const attorney = cover.attorney;
  for (const line of [
    attorney.name,
    attorney.address,
    attorney.phone,
    attorney.email,
    attorney.eoirId ? `EOIR ID: ${attorney.eoirId}` : '',
  ].filter(Boolean)) {
    y = lines(page, fonts.regular, line, y, 10);
  }
  y -= 24;
  y = centered(page, fonts.bold, 'UNITED STATES DEPARTMENT OF JUSTICE', y, 12);
  y = centered(page, fonts.bold, 'EXECUTIVE OFFICE FOR IMMIGRATION REVIEW', y, 12);
  y = centered(page, fonts.bold, 'IMMIGRATION COURT', y, 12);
  y = centered(page, fonts.regular, cover.court, y, 12);
  y -= 24;
  y = lines(page, fonts.regular, 'In the Matter of:', y);
  y = lines(page, fonts.bold, cover.respondentName, y, 12, MARGIN + 18);
  y = lines(page, fonts.regular, 'Respondent. In removal proceedings.', y, 11, MARGIN + 18);
  y = lines(page, fonts.regular, `File No.: ${cover.aNumber}`, y);
  if (cover.judge) y = lines(page, fonts.regular, `Immigration Judge: ${cover.judge}`, y);
  if (cover.nextHearing) y = lines(page, fonts.regular, `Next hearing: ${cover.nextHearing}`, y);
  y -= 48;
  y = centered(page, fonts.bold, cover.filingTitle.toUpperCase(), y, 14);
  if (part) {
    y -= 12;
    centered(
      page,
      fonts.regular,
      `Part ${part.number} of ${part.of}: exhibits ${part.firstLetter} to ${part.lastLetter}, pages ${part.firstPage} to ${part.lastPage}`,
      y,
      11,
    );
  }
  return page;
}

export const INDEX_HEADING = 'INDEX OF EXHIBITS';

/** The index, one row per exhibit with its tab and the pages it runs over. */
export function drawIndex(
  pdf: PDFDocument,
  fonts: Fonts,
  rows: Array<{ exhibit: ExhibitPlan; title: string }>,
  rowsPerPage: number,
  pageCount: number,
) {
  for (let pageIndex = 0; pageIndex < pageCount; pageIndex += 1) {
    const page = pdf.addPage([LETTER.width, LETTER.height]);
    let y = centered(page, fonts.bold, INDEX_HEADING, LETTER.height - MARGIN, 14) - 12;
    page.drawText('Tab', { x: MARGIN, y, size: 10, font: fonts.bold });
    page.drawText('Description', { x: MARGIN + 48, y, size: 10, font: fonts.bold });
    page.drawText('Pages', { x: LETTER.width - MARGIN - 60, y, size: 10, font: fonts.bold });
    y -= 20;
    for (const { exhibit, title } of rows.slice(
      pageIndex * rowsPerPage,
      (pageIndex + 1) * rowsPerPage,
    )) {
      page.drawText(exhibit.letter, { x: MARGIN, y, size: 10, font: fonts.regular });
      const [firstLine] = wrapText(fonts.regular, title, 10, WIDTH - 48 - 80);
      page.drawText(firstLine ?? '', { x: MARGIN + 48, y, size: 10, font: fonts.regular });
      const range = `${exhibit.firstPage}-${exhibit.lastPage}`;
      page.drawText(range, { x: LETTER.width - MARGIN - 60, y, size: 10, font: fonts.regular });
      y -= 24;
    }
  }
}

export function drawTab(pdf: PDFDocument, fonts: Fonts, letter: string, title: string) {
  const page = pdf.addPage([LETTER.width, LETTER.height]);
  const y = centered(page, fonts.bold, `EXHIBIT ${letter}`, LETTER.height / 2 + 40, 28);
  centered(page, fonts.regular, title, y - 12, 12);
}

/** Certificate of translation (8 CFR 1003.33): the translator's competence and accuracy. */
export function drawTranslationCertificate(
  pdf: PDFDocument,
  fonts: Fonts,
  letter: string,
  title: string,
  translator: Translator,
) {
  const page = pdf.addPage([LETTER.width, LETTER.height]);
  let y = centered(page, fonts.bold, 'CERTIFICATE OF TRANSLATION', LETTER.height - MARGIN, 14) - 18;
  y = lines(page, fonts.regular, `Exhibit ${letter}: ${title}`, y);
  y -= 12;
  y = lines(
    page,
    fonts.regular,
    `I, ${translator.name}, whose address is ${translator.address}, certify that I am competent to translate from ${translator.language} into English, and that the English translation of the document in this exhibit is true and accurate to the best of my abilities.`,
    y,
  );
  y -= 36;
  y = lines(page, fonts.regular, 'Signature: ______________________________', y);
  lines(page, fonts.regular, 'Date: ______________________', y - 12);
}

export function drawProofOfService(
  pdf: PDFDocument,
  fonts: Fonts,
  filingTitle: string,
  service: ProofOfService,
) {
  const page = pdf.addPage([LETTER.width, LETTER.height]);
  let y = centered(page, fonts.bold, 'PROOF OF SERVICE', LETTER.height - MARGIN, 14) - 18;
  y = lines(
    page,
    fonts.regular,
    `On ${service.date}, I, ${service.signer}, served a copy of this ${filingTitle} and any attached pages on ${service.servedOn}, ${service.address}, by ${service.method}.`,
    y,
  );
  y -= 36;
  lines(page, fonts.regular, 'Signature: ______________________________', y);
}
