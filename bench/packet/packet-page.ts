/**
 * Page side of the exhibit packet benchmark (issue 22): a 200-page packet of mixed PDFs and
 * photos built by the app's builder in the browser, beside a baseline that merges the same
 * documents with plain pdf-lib (copy the pages, put each photo on a page, save) and nothing else.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import type { PacketSetup } from '@core/exhibits/packet-setup';
import { buildPacket } from '../../renderer/src/features/exhibits/pdf/build-packet';
import type { PacketDocument } from '../../renderer/src/features/exhibits/pdf/packet-input';
import { packetFonts } from '../../renderer/src/features/exhibits/packet-fonts';

export interface PacketBenchArgs {
  pdfs: number;
  pagesPerPdf: number;
  photos: number;
  translated: number;
}

export interface PacketBenchResult {
  pageCount: number;
  /** Pages of the documents themselves: what the baseline merges. */
  documentPages: number;
  inputMegabytes: number;
  outputMegabytes: number;
  fontLoadMs: number;
  packetMs: number;
  baselineMs: number;
}

async function samplePdf(pages: number, seed: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) {
    const page = pdf.addPage([612, 792]);
    for (let line = 0; line < 40; line += 1)
      page.drawText(`Record ${seed}, page ${i + 1}, line ${line + 1}: synthetic evidence text.`, {
        x: 50,
        y: 740 - line * 17,
        size: 10,
      });
  }
  return pdf.save();
}

async function samplePhoto(seed: number): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = 1600;
  canvas.height = 1200;
  const context = canvas.getContext('2d')!;
  for (let i = 0; i < 400; i += 1) {
    context.fillStyle = `hsl(${(seed * 37 + i * 13) % 360} 50% ${30 + (i % 40)}%)`;
    context.fillRect((i * 97) % 1600, (i * 61) % 1200, 120, 90);
  }
  const blob = await new Promise<Blob>((done) =>
    canvas.toBlob((b) => done(b!), 'image/jpeg', 0.85),
  );
  return new Uint8Array(await blob.arrayBuffer());
}

const cover: PacketSetup['cover'] = {
  filingTitle: "Respondent's Evidence in Support of a Request for Bond Redetermination",
  respondentName: 'Nguyễn Prueba, Ana',
  aNumber: 'A 000 000 001',
  detained: true,
  court: 'Oakdale, Louisiana',
  judge: 'Judge Prueba',
  nextHearing: 'January 5, 2027, 8:30 a.m. Central',
  attorney: {
    name: 'Vera Abogada',
    eoirId: 'ZZ000000',
    address: '1 Test Plaza, Jackson, MS',
    phone: '601-555-0100',
    email: 'attorney@example.org',
  },
};

const service: PacketSetup['service'] = {
  servedOn: 'DHS/ICE Office of the Principal Legal Advisor',
  address: '1010 E Whatley Rd, Oakdale, LA',
  method: 'ECAS electronic service',
  date: 'December 6, 2026',
  signer: 'Vera Abogada',
};

async function baseline(documents: readonly PacketDocument[]): Promise<number> {
  const started = performance.now();
  const merged = await PDFDocument.create();
  for (const document of documents) {
    if (document.kind === 'pdf') {
      const source = await PDFDocument.load(document.bytes);
      for (const page of await merged.copyPages(source, source.getPageIndices()))
        merged.addPage(page);
    } else {
      const image = await merged.embedJpg(document.bytes);
      merged.addPage([612, 792]).drawImage(image, { x: 72, y: 108, width: 468, height: 351 });
    }
  }
  await merged.save();
  return performance.now() - started;
}

export async function packet(args: PacketBenchArgs): Promise<PacketBenchResult> {
  const documents: PacketDocument[] = [];
  for (let i = 0; i < args.pdfs; i += 1) {
    documents.push({
      documentId: `pdf-${i}`,
      title: `Record ${i + 1}`,
      kind: 'pdf',
      bytes: await samplePdf(args.pagesPerPdf, i),
      translator:
        i < args.translated
          ? { name: 'Nguyễn Thị Lan', address: '100 Test St, Jackson, MS', language: 'Spanish' }
          : null,
    });
  }
  for (let i = 0; i < args.photos; i += 1) {
    documents.push({
      documentId: `photo-${i}`,
      title: `Photo ${i + 1}`,
      kind: 'jpeg',
      bytes: await samplePhoto(i),
      translator: null,
    });
  }
  const fontStarted = performance.now();
  const fonts = await packetFonts();
  const fontLoadMs = performance.now() - fontStarted;
  // Two rounds, interleaved, the second one timed: both warm, neither favoured by going second.
  let baselineMs = 0;
  let packetMs = 0;
  let built: Awaited<ReturnType<typeof buildPacket>> | undefined;
  for (let round = 0; round < 2; round += 1) {
    baselineMs = await baseline(documents);
    const started = performance.now();
    built = await buildPacket({ cover, documents, service, partByteLimit: null, fonts });
    packetMs = performance.now() - started;
  }
  if (!built) throw new Error('no packet built');
  const bytes = (list: Iterable<Uint8Array>) => [...list].reduce((n, b) => n + b.byteLength, 0);
  return {
    pageCount: built.plan.pageCount,
    documentPages: args.pdfs * args.pagesPerPdf + args.photos,
    inputMegabytes: bytes(documents.map((d) => d.bytes)) / 2 ** 20,
    outputMegabytes: bytes(built.parts.map((p) => p.bytes)) / 2 ** 20,
    fontLoadMs,
    packetMs,
    baselineMs,
  };
}
