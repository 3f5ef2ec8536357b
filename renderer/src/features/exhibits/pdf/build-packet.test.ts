// @vitest-environment node
import { degrees, PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { packetFonts, pageTexts } from '../../../../../test/pdf/pdf-text';
import { buildPacket } from './build-packet';
import { PacketDocumentRefused, type PacketDocument, type PacketInput } from './packet-input';

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

async function pdfWithPages(count: number, options: { rotate?: number } = {}) {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < count; i += 1) {
    const page = pdf.addPage([612, 792]);
    if (options.rotate) page.setRotation(degrees(options.rotate));
  }
  return pdf.save();
}

function document(id: string, kind: PacketDocument['kind'], bytes: Uint8Array, translated = false) {
  return {
    documentId: id,
    title: `Document ${id}`,
    kind,
    bytes,
    translator: translated
      ? { name: 'Nguyễn Thị Lan', address: '100 Test St, Jackson, MS', language: 'Spanish' }
      : null,
  } satisfies PacketDocument;
}

function input(documents: PacketDocument[], partByteLimit: number | null = null): PacketInput {
  return {
    cover: {
      filingTitle: 'Evidence in support of a request for bond redetermination',
      respondentName: 'Peña Prueba, Ana',
      aNumber: 'A 000 000 001',
      detained: true,
      court: 'Oakdale, Louisiana',
      judge: 'Judge Prueba',
      nextHearing: 'January 5, 2027, 8:30 a.m.',
      attorney: {
        name: 'Volunteer Attorney',
        eoirId: 'ZZ000000',
        address: '1 Test Plaza, Jackson, MS',
        phone: '601-555-0100',
        email: 'attorney@example.org',
      },
    },
    documents,
    service: {
      servedOn: 'DHS/ICE Office of the Principal Legal Advisor',
      address: '1010 E Whatley Rd, Oakdale, LA',
      method: 'ECAS electronic service',
      date: 'December 6, 2026',
      signer: 'Volunteer Attorney',
    },
    partByteLimit,
    fonts: packetFonts(),
  };
}

describe('buildPacket', () => {
  it('makes one PDF whose pages, numbers, index and certificates agree', async () => {
    const png = Uint8Array.from(atob(PNG_1X1), (c) => c.charCodeAt(0));
    const packet = await buildPacket(
      input([
        document('birth', 'pdf', await pdfWithPages(2)),
        document('letter', 'pdf', await pdfWithPages(1), true),
        document('photo', 'png', png),
        document('scan', 'pdf', await pdfWithPages(1, { rotate: 90 })),
      ]),
    );
    expect(packet.parts).toHaveLength(1);
    const texts = await pageTexts(packet.parts[0]!.bytes);
    // cover 1, index 2, A 3-5, B 6-8 (certificate 8), C 9-10, D 11-12, proof of service 13
    expect(texts).toHaveLength(13);
    texts.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of 13`));
    texts.forEach((text) => expect(text).toContain('A 000 000 001'));
    expect(texts[0]).toContain('DETAINED');
    expect(texts[0]).toContain('Peña Prueba, Ana');
    expect(texts[1]).toContain('INDEX OF EXHIBITS');
    for (const [letter, range] of [
      ['A', '3-5'],
      ['B', '6-8'],
      ['C', '9-10'],
      ['D', '11-12'],
    ]) {
      expect(texts[1]).toMatch(new RegExp(`${letter} Document \\w+ ${range}`));
      const tabPage = Number(range!.split('-')[0]);
      expect(texts[tabPage - 1]).toContain(`EXHIBIT ${letter}`);
    }
    expect(texts[7]).toContain('CERTIFICATE OF TRANSLATION');
    expect(texts[7]).toContain('Nguyễn Thị Lan');
    expect(texts[7]).toContain('competent to translate from Spanish into English');
    expect(texts.filter((t) => t.includes('CERTIFICATE OF TRANSLATION'))).toHaveLength(1);
    expect(texts[12]).toContain('PROOF OF SERVICE');
  });

  it('splits under a size limit into self-describing parts numbered as one filing', async () => {
    const big = await pdfWithPages(3);
    const packet = await buildPacket(
      input(
        [document('a', 'pdf', big), document('b', 'pdf', big), document('c', 'pdf', big)],
        big.byteLength * 2 + 17_000,
      ),
    );
    expect(packet.parts.map((p) => p.letters)).toEqual([['A', 'B'], ['C']]);
    const first = await pageTexts(packet.parts[0]!.bytes);
    const second = await pageTexts(packet.parts[1]!.bytes);
    const total = packet.plan.pageCount;
    expect(first.length + second.length).toBe(total);
    expect(second[0]).toContain(
      `Part 2 of 2: exhibits C to C, pages ${first.length + 1} to ${total}`,
    );
    [...first, ...second].forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${total}`));
    expect(second[second.length - 1]).toContain('PROOF OF SERVICE');
    expect(first.join(' ')).not.toContain('PROOF OF SERVICE');
  });

  it('refuses Word documents, HEIC photos and encrypted PDFs, naming the document', async () => {
    const encrypted = await PDFDocument.create();
    encrypted.addPage();
    encrypted.encrypt({ userPassword: 'secret', ownerPassword: 'owner' });
    const cases: Array<[PacketDocument, string]> = [
      [document('w', 'docx', new Uint8Array([0x50, 0x4b, 3, 4])), 'docx'],
      [document('h', 'heic', new Uint8Array(16)), 'heic'],
      [document('e', 'pdf', await encrypted.save()), 'pdf_encrypted'],
      [document('x', 'pdf', new TextEncoder().encode('%PDF-1.7 broken')), 'pdf_unreadable'],
    ];
    for (const [bad, reason] of cases) {
      const attempt = buildPacket(input([bad]));
      await expect(attempt).rejects.toBeInstanceOf(PacketDocumentRefused);
      await expect(attempt).rejects.toMatchObject({ documentId: bad.documentId, reason });
    }
  });
});
