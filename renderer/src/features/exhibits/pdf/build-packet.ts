import fontkit from '@cantoo/fontkit';
import { degrees, PDFDocument, type PDFPage } from '@cantoo/pdf-lib';
import { INDEX_ROWS_PER_PAGE, planPacket, type PacketPlan } from '@core/exhibits/packet-plan';
import { PacketDocumentRefused, type PacketDocument, type PacketInput } from './packet-input';
import {
  drawCover,
  drawIndex,
  drawProofOfService,
  drawTab,
  drawTranslationCertificate,
  type Fonts,
} from './packet-pages';
import { FOOTER_SPACE, LETTER, MARGIN } from './text-layout';

interface LoadedDocument {
  source: PacketDocument;
  pdf: PDFDocument | null;
  pageCount: number;
}

export interface BuiltPart {
  number: number;
  bytes: Uint8Array;
  firstPage: number;
  lastPage: number;
  letters: string[];
  overLimit: boolean;
}

export interface BuiltPacket {
  plan: PacketPlan;
  parts: BuiltPart[];
}

async function loadDocument(document: PacketDocument): Promise<LoadedDocument> {
  const refuse = (reason: ConstructorParameters<typeof PacketDocumentRefused>[1]) =>
    new PacketDocumentRefused(document.documentId, reason);
  if (document.kind === 'docx') throw refuse('docx');
  if (document.kind === 'heic') throw refuse('heic');
  if (document.kind === 'text') throw refuse('text');
  if (document.kind !== 'pdf') return { source: document, pdf: null, pageCount: 1 };
  let pdf: PDFDocument;
  let pageCount: number;
  try {
    pdf = await PDFDocument.load(document.bytes, { updateMetadata: false });
    // A file with a PDF header but no page tree loads, then fails here.
    pageCount = pdf.getPageCount();
  } catch (error) {
    const encrypted =
      error instanceof Error &&
      (error.name === 'EncryptedPDFError' || /encrypt/i.test(error.message));
    throw refuse(encrypted ? 'pdf_encrypted' : 'pdf_unreadable');
  }
  if (pdf.isEncrypted) throw refuse('pdf_encrypted');
  if (pageCount === 0) throw refuse('pdf_unreadable');
  return { source: document, pdf, pageCount };
}

async function addImagePage(target: PDFDocument, document: PacketDocument) {
  const image =
    document.kind === 'png'
      ? await target.embedPng(document.bytes)
      : await target.embedJpg(document.bytes);
  const page = target.addPage([LETTER.width, LETTER.height]);
  const box = {
    width: LETTER.width - 2 * MARGIN,
    height: LETTER.height - 2 * MARGIN - FOOTER_SPACE,
  };
  const scale = Math.min(box.width / image.width, box.height / image.height, 1);
  const width = image.width * scale;
  const height = image.height * scale;
  page.drawImage(image, {
    x: (LETTER.width - width) / 2,
    y: MARGIN + FOOTER_SPACE + (box.height - height) / 2,
    width,
    height,
  });
}

/** The A-number and the filing's page number at the foot of every page, whatever its rotation. */
function stampFooter(
  page: PDFPage,
  fonts: Fonts,
  aNumber: string,
  pageNumber: number,
  total: number,
) {
  const rotation = ((page.getRotation().angle % 360) + 360) % 360;
  const { width, height } = page.getSize();
  const text = `${aNumber}    Page ${pageNumber} of ${total}`;
  const size = 9;
  const textWidth = fonts.regular.widthOfTextAtSize(text, size);
  // Positions are in the page's unrotated space; the viewer rotates it by `rotation`.
  const placements: Record<number, { x: number; y: number }> = {
    0: { x: (width - textWidth) / 2, y: 18 },
    90: { x: width - 18, y: (height - textWidth) / 2 },
    180: { x: (width + textWidth) / 2, y: height - 18 },
    270: { x: 18, y: (height + textWidth) / 2 },
  };
  const at = placements[rotation] ?? placements[0]!;
  page.drawText(text, { ...at, size, font: fonts.regular, rotate: degrees(rotation) });
}

export async function buildPacket(input: PacketInput): Promise<BuiltPacket> {
  const loaded: LoadedDocument[] = [];
  for (const document of input.documents) loaded.push(await loadDocument(document));
  const plan = planPacket(
    loaded.map(({ source, pageCount }) => ({
      documentId: source.documentId,
      pageCount,
      byteSize: source.bytes.byteLength,
      translated: source.translator !== null,
    })),
    { partByteLimit: input.partByteLimit },
  );
  const titles = new Map(input.documents.map((d) => [d.documentId, d.title]));
  const byId = new Map(loaded.map((d) => [d.source.documentId, d]));
  const parts: BuiltPart[] = [];
  let pageNumber = 0;
  for (const part of plan.parts) {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const fonts: Fonts = {
      regular: await pdf.embedFont(input.fonts.regular, { subset: true }),
      bold: await pdf.embedFont(input.fonts.bold, { subset: true }),
    };
    pdf.setTitle(input.cover.filingTitle);
    pdf.setCreator('Amparo');
    const multiPart = plan.parts.length > 1;
    drawCover(
      pdf,
      fonts,
      input.cover,
      multiPart
        ? {
            number: part.number,
            of: plan.parts.length,
            firstLetter: part.exhibits[0]?.letter ?? '',
            lastLetter: part.exhibits[part.exhibits.length - 1]?.letter ?? '',
            firstPage: part.firstPage,
            lastPage: part.lastPage,
          }
        : null,
    );
    if (part.number === 1) {
      const rows = plan.exhibits.map((exhibit) => ({
        exhibit,
        title: titles.get(exhibit.documentId) ?? '',
      }));
      drawIndex(pdf, fonts, rows, INDEX_ROWS_PER_PAGE, plan.indexPageCount);
    }
    for (const exhibit of part.exhibits) {
      const document = byId.get(exhibit.documentId)!;
      const title = titles.get(exhibit.documentId) ?? '';
      drawTab(pdf, fonts, exhibit.letter, title);
      if (document.pdf) {
        const pages = await pdf.copyPages(document.pdf, document.pdf.getPageIndices());
        for (const page of pages) pdf.addPage(page);
      } else {
        await addImagePage(pdf, document.source);
      }
      if (document.source.translator)
        drawTranslationCertificate(pdf, fonts, exhibit.letter, title, document.source.translator);
    }
    if (part.number === plan.parts.length)
      drawProofOfService(pdf, fonts, input.cover.filingTitle, input.service);
    for (const page of pdf.getPages()) {
      pageNumber += 1;
      stampFooter(page, fonts, input.cover.aNumber, pageNumber, plan.pageCount);
    }
    parts.push({
      number: part.number,
      bytes: await pdf.save(),
      firstPage: part.firstPage,
      lastPage: part.lastPage,
      letters: part.exhibits.map((e) => e.letter),
      overLimit: part.overLimit,
    });
  }
  if (pageNumber !== plan.pageCount) throw new Error('packet pages disagree with the plan');
  return { plan, parts };
}
