import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { zipOf } from '../../test/pdf/word-zip';
import { detectFileKind } from './file-kind';

const encoder = new TextEncoder();

function ftyp(major: string, compatible: string[]): Uint8Array {
  const brands = [major, '\0\0\0\0', ...compatible].join('');
  const size = 8 + brands.length;
  return new Uint8Array([0, 0, 0, size, ...encoder.encode('ftyp'), ...encoder.encode(brands), 0]);
}

describe('detectFileKind', () => {
  it('knows PDF, PNG and JPEG by their signatures', () => {
    expect(detectFileKind(encoder.encode('%PDF-1.7\n%%EOF'))).toMatchObject({
      ok: true,
      kind: 'pdf',
      mimeType: 'application/pdf',
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(detectFileKind(png)).toMatchObject({ ok: true, kind: 'png' });
    expect(detectFileKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({
      ok: true,
      kind: 'jpeg',
    });
  });

  it('accepts a real Word document', async () => {
    const document = new Document({ sections: [{ children: [new Paragraph('Ana Prueba')] }] });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    expect(detectFileKind(bytes)).toMatchObject({ ok: true, kind: 'docx' });
  });

  it('accepts a ZIP only when it holds a Word document’s parts', () => {
    expect(detectFileKind(zipOf(['[Content_Types].xml', 'word/document.xml']))).toMatchObject({
      ok: true,
      kind: 'docx',
    });
    expect(detectFileKind(zipOf(['payload.exe', 'readme.txt']))).toEqual({
      ok: false,
      reason: 'zip_not_docx',
    });
    // A spreadsheet is a ZIP with content types too, but no word/document.xml.
    expect(detectFileKind(zipOf(['[Content_Types].xml', 'xl/workbook.xml']))).toEqual({
      ok: false,
      reason: 'zip_not_docx',
    });
  });

  it('refuses a truncated ZIP whose directory is gone', () => {
    const whole = zipOf(['[Content_Types].xml', 'word/document.xml']);
    expect(detectFileKind(whole.subarray(0, whole.length - 30))).toEqual({
      ok: false,
      reason: 'zip_not_docx',
    });
  });

  it('refuses a ZIP whose directory points at something else', () => {
    const bytes = zipOf(['[Content_Types].xml', 'word/document.xml']);
    const view = new DataView(bytes.buffer);
    const directoryStart = view.getUint32(bytes.length - 6, true);
    bytes[directoryStart] = 0; // no longer a directory entry's signature
    expect(detectFileKind(bytes)).toEqual({ ok: false, reason: 'zip_not_docx' });
  });

  it('accepts HEIC by its ftyp brand and refuses other ISO-BMFF files', () => {
    expect(detectFileKind(ftyp('heic', ['mif1', 'heic']))).toMatchObject({
      ok: true,
      kind: 'heic',
      mimeType: 'image/heic',
    });
    expect(detectFileKind(ftyp('mif1', ['heic']))).toMatchObject({ ok: true, kind: 'heic' });
    expect(detectFileKind(ftyp('heix', []))).toMatchObject({ ok: true, kind: 'heic' });
    expect(detectFileKind(ftyp('avif', ['mif1', 'miaf']))).toEqual({
      ok: false,
      reason: 'image_not_heic',
    });
    expect(detectFileKind(ftyp('mif1', ['avif']))).toEqual({
      ok: false,
      reason: 'image_not_heic',
    });
    expect(detectFileKind(ftyp('isom', ['mp41']))).toEqual({
      ok: false,
      reason: 'image_not_heic',
    });
  });

  it('refuses plain text, an executable and an empty file, each with its reason', () => {
    expect(detectFileKind(encoder.encode('Notes from the visit\nline two'))).toEqual({
      ok: false,
      reason: 'text',
    });
    expect(detectFileKind(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toEqual({
      ok: false,
      reason: 'unknown_type',
    });
    expect(detectFileKind(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
  });

  it('never throws on short or hostile headers', () => {
    for (let length = 0; length < 40; length += 1) {
      const bytes = new Uint8Array(length).fill(0xff);
      bytes.set([0x50, 0x4b, 0x03, 0x04].slice(0, length));
      expect(() => detectFileKind(bytes)).not.toThrow();
    }
    const lyingFtyp = new Uint8Array([0xff, 0xff, 0xff, 0xff, ...encoder.encode('ftypheic')]);
    expect(() => detectFileKind(lyingFtyp)).not.toThrow();
  });
});
